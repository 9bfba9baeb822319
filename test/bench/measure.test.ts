/**
 * The bench's memory measure (scripts/bench/measure.ts) sums the resident
 * memory of a command and its child processes. A child forked and not yet
 * running its own program maps its parent's memory: it must not count twice.
 * Perl forks without starting another program, so the moment lasts a second.
 * Below N = 10,000 the bench takes each figure as the median of three rounds.
 */
import { describe, expect, it } from 'vitest';
import { measure, medianOf, medianRound } from '../../scripts/bench/measure.ts';

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

describe('bench rounds', () => {
  const run = (seconds: number, peakMiB: number, ok = true) => ({ seconds, peakMiB, ok });

  it('takes the median time and the median peak, each alone', () => {
    const m = medianOf([run(12, 700), run(9, 900), run(10, 800)]);
    expect(m.seconds).toBe(10);
    expect(m.peakMiB).toBe(800);
    expect(m.ok).toBe(true);
    expect(m.rounds).toEqual([run(12, 700), run(9, 900), run(10, 800)]);
  });

  it('fails when any round failed, and refuses no rounds at all', () => {
    expect(medianOf([run(1, 1), run(2, 2, false), run(3, 3)]).ok).toBe(false);
    expect(() => medianOf([])).toThrow(/No round/);
  });

  it('picks the round with the median time, whole', () => {
    const rounds = [{ seconds: 30, phases: 'c' }, { seconds: 10, phases: 'a' }, { seconds: 20, phases: 'b' }];
    expect(medianRound(rounds).phases).toBe('b');
    expect(medianRound(rounds.slice(0, 2)).phases).toBe('c');
  });
});
