/** Build phase timings (src/lib/build/buildPhases.ts). */
import { describe, expect, it } from 'vitest';
import { addPhase, measuredPhases, phaseTable, timed } from '../../src/lib/build/buildPhases.ts';

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

describe('timed, overlapping', () => {
  it('counts the wall-clock time of calls that overlap once, not once per call', async () => {
    const before = measuredPhases().overlap ?? 0;
    const started = performance.now();
    const wait = (ms: number) => timed('overlap', () => new Promise((resolve) => setTimeout(resolve, ms)));
    await Promise.all(Array.from({ length: 8 }, () => wait(50)));
    const wall = performance.now() - started;
    const added = measuredPhases().overlap! - before;
    expect(added).toBeGreaterThanOrEqual(49);
    expect(added).toBeLessThanOrEqual(wall + 1);
  });

  it('ends a call that throws, so later calls are still counted', () => {
    const before = measuredPhases().throwing ?? 0;
    expect(() => timed('throwing', () => { throw new Error('no'); })).toThrow('no');
    timed('throwing', () => { const until = performance.now() + 5; while (performance.now() < until); });
    expect(measuredPhases().throwing! - before).toBeGreaterThanOrEqual(5);
  });
});
