/** Build phase timings (src/lib/publishing/buildPhases.ts). */
import { describe, expect, it } from 'vitest';
import { addPhase, measuredPhases, phaseTable, timed } from '../src/lib/publishing/buildPhases.ts';

describe('phaseTable', () => {
  it('splits the build into phases that add up to the whole, with cards taken out of rendering', () => {
    const rows = phaseTable({ buildStart: 3000, bundled: 5000, generated: 9000, done: 12000 }, { check: 1000, cards: 1500, search: 2000, hostFiles: 500 });
    expect(Object.fromEntries(rows.map((r) => [r.phase, r.seconds]))).toEqual({
      check: 1, setup: 2, bundle: 2, render: 2.5, cards: 1.5, search: 2, hostFiles: 0.5, other: 0.5,
    });
    expect(rows.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1);
  });
});

describe('timed', () => {
  it('adds the time of synchronous and asynchronous work to its phase', async () => {
    const before = measuredPhases().probe ?? 0;
    expect(timed('probe', () => 42)).toBe(42);
    await expect(timed('probe', () => new Promise((resolve) => setTimeout(() => resolve('done'), 20)))).resolves.toBe('done');
    addPhase('probe', 1000);
    expect(measuredPhases().probe! - before).toBeGreaterThanOrEqual(1015);
  });
});
