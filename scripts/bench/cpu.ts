/**
 * Processor time of a build by kind of thread, read from /proc while the
 * bench's measure (./measure.ts) samples it: on two cores a cold build is
 * bound by the processor, so the wall time alone does not say what to make
 * cheaper. Linux names each thread (/proc/<pid>/task/<tid>/comm); Node, its
 * thread pool, V8, Rolldown and Pagefind each name theirs.
 */
import { readdirSync, readFileSync } from 'node:fs';

export const CPU_GROUPS = ['main', 'threadPool', 'v8Helpers', 'bundler', 'workerThreads', 'pagefind', 'other'] as const;
export type CpuGroup = (typeof CPU_GROUPS)[number];
/** Seconds of processor time (user and system) by group, and in all. */
export type CpuSeconds = Record<CpuGroup | 'total', number>;

/** What each group is, for the bench's table. */
export const CPU_GROUP_LABELS: Record<CpuGroup, string> = {
  main: 'main thread',
  threadPool: 'thread pool (file system, native addons such as the card renderer)',
  v8Helpers: 'V8 helpers (garbage collection, compiling)',
  bundler: 'bundler (Rolldown)',
  workerThreads: 'worker threads',
  pagefind: 'Pagefind',
  other: 'other',
};

/** The group of a thread, by its process's name and its own (each as Linux shows it, at most 15 characters). */
export function cpuGroup(processName: string, threadName: string): CpuGroup {
  if (processName.startsWith('pagefind')) return 'pagefind';
  if (threadName === 'MainThread') return 'main';
  if (threadName === 'libuv-worker') return 'threadPool';
  if (threadName.startsWith('V8 ') || threadName === 'V8Worker') return 'v8Helpers';
  if (threadName.startsWith('rolldown')) return 'bundler';
  if (threadName === 'WorkerThread') return 'workerThreads';
  return 'other';
}

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

const threadName = (stat: string) => stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
/** User and system ticks of a /proc stat line. */
const ticks = (stat: string) => {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

/**
 * Keeps the last processor time seen of every thread of the sampled
 * processes. A thread's time after the last sample before it ended (at most
 * one interval) is not counted.
 */
export function cpuTally(): { sample(pids: readonly number[]): void; seconds(): CpuSeconds } {
  const seen = new Map<string, { group: CpuGroup; ticks: number }>();
  return {
    sample(pids) {
      for (const pid of pids) {
        let processName: string;
        let tids: string[];
        try {
          processName = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
          tids = readdirSync(`/proc/${pid}/task`);
        } catch {
          continue; // The process ended while we looked.
        }
        for (const tid of tids) {
          try {
            const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
            seen.set(`${pid}/${tid}`, { group: cpuGroup(processName, threadName(stat)), ticks: ticks(stat) });
          } catch {
            // The thread ended while we looked.
          }
        }
      }
    },
    seconds() {
      const out = Object.fromEntries([...CPU_GROUPS, 'total'].map((g) => [g, 0])) as CpuSeconds;
      for (const { group, ticks: t } of seen.values()) {
        out[group] += t / TICKS_PER_SECOND;
        out.total += t / TICKS_PER_SECOND;
      }
      return out;
    },
  };
}
