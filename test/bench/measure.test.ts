/**
 * The bench's memory measure (scripts/bench/measure.ts) sums the resident
 * memory of a command and its child processes. A child forked and not yet
 * running its own program maps its parent's memory: it must not count twice.
 * Perl forks without starting another program, so the moment lasts a second.
 * It also counts their processor time by kind of thread (scripts/bench/cpu.ts).
 * Below N = 10,000 the bench takes each figure as the median of three rounds.
 */
import { describe, expect, it } from 'vitest';
import { CPU_GROUPS, cpuGroup, type CpuSeconds } from '../../scripts/bench/cpu.ts';
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

describe('bench processor time', () => {
  it('names the threads of Node, its thread pool, V8, Rolldown and Pagefind', () => {
    expect(cpuGroup('MainThread', 'MainThread')).toBe('main');
    expect(cpuGroup('MainThread', 'libuv-worker')).toBe('threadPool');
    expect(cpuGroup('MainThread', 'V8Worker')).toBe('v8Helpers');
    expect(cpuGroup('MainThread', 'rolldown-worker')).toBe('bundler');
    expect(cpuGroup('MainThread', 'WorkerThread')).toBe('workerThreads');
    expect(cpuGroup('pagefind_extend', 'tokio-rt-worker')).toBe('pagefind');
    expect(cpuGroup('pagefind_extend', 'pagefind_extend')).toBe('pagefind');
    expect(cpuGroup('sh', 'sh')).toBe('other');
  });

  it("counts a command's main thread, its worker thread and a child process, each in its group", async () => {
    const busy = (ms: number) => `const end = Date.now() + ${ms}; while (Date.now() < end);`;
    const script = [
      "const { Worker } = require('node:worker_threads');",
      "const { spawnSync } = require('node:child_process');",
      `const worker = new Worker(${JSON.stringify(busy(700))}, { eval: true });`,
      busy(700),
      `spawnSync('perl', ['-e', 'use Time::HiRes qw(time); my $end = time + 0.8; 1 while time < $end;']);`,
    ].join('\n');
    const m = await measure(process.execPath, ['-e', script], { cwd: process.cwd() });
    // Each is busy 0.7 to 0.8 s of wall time; beside other tests on two cores it may get half of that. A thread counted in the wrong group gets none.
    expect(m.ok).toBe(true);
    expect(m.cpu.main).toBeGreaterThan(0.2);
    expect(m.cpu.workerThreads).toBeGreaterThan(0.2);
    expect(m.cpu.other).toBeGreaterThan(0.2);
    expect(m.cpu.total).toBeCloseTo(CPU_GROUPS.reduce((sum, g) => sum + m.cpu[g], 0), 5);
    expect(m.cpu.total).toBeLessThan(m.seconds * 2 + 0.5);
  });
});

describe('bench rounds', () => {
  const cpu = (total: number): CpuSeconds => ({ ...(Object.fromEntries(CPU_GROUPS.map((g) => [g, 0])) as CpuSeconds), main: total, total });
  const run = (seconds: number, peakMiB: number, ok = true) => ({ seconds, peakMiB, cpu: cpu(seconds * 1.5), ok });

  it('takes the median time and the median peak, each alone', () => {
    const m = medianOf([run(12, 700), run(9, 900), run(10, 800)]);
    expect(m.seconds).toBe(10);
    expect(m.peakMiB).toBe(800);
    expect(m.ok).toBe(true);
    expect(m.rounds).toEqual([run(12, 700), run(9, 900), run(10, 800)]);
    // The processor time is the median round's, whole, like its phases.
    expect(m.cpu).toEqual(cpu(15));
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
