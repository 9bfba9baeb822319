/**
 * The bench's memory measure (scripts/bench/measure.ts) sums the resident
 * memory of a command and its child processes. A child forked and not yet
 * running its own program maps its parent's memory: it must not count twice.
 * Perl forks without starting another program, so the moment lasts a second.
 */
import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/bench/measure.ts';

const HELD = 300_000_000;
// Perl builds the string from a temporary one, so it briefly holds it twice.
const hold = `my $x = "a" x ${HELD};`;
const MiB = 2 ** 20;

describe('bench memory measure', () => {
  it('counts a process that holds memory', async () => {
    const m = await measure('perl', ['-e', `${hold} sleep 1;`], { cwd: process.cwd() });
    expect(m.ok).toBe(true);
    expect(m.peakMiB).toBeGreaterThan(HELD / MiB);
  });

  it('counts a forked child that shares its parent\'s memory once', async () => {
    const alone = await measure('perl', ['-e', `${hold} sleep 1;`], { cwd: process.cwd() });
    const forked = await measure('perl', ['-e', `${hold} if (my $pid = fork) { waitpid($pid, 0) } else { sleep 1; exit 0 }`], { cwd: process.cwd() });
    expect(forked.ok).toBe(true);
    expect(forked.peakMiB).toBeLessThan(alone.peakMiB * 1.2);
  });
});
