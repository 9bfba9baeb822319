import { median } from 'd3';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cpuTally, type CpuSeconds } from './cpu.ts';

export interface Measurement {
  seconds: number;
  /** Peak of the summed resident memory of the command and all its child processes. */
  peakMiB: number;
  /** Processor time of the command's threads and child processes, by kind of thread (./cpu.ts). */
  cpu: CpuSeconds;
  ok: boolean;
}

const commandLine = (pid: number): string | undefined => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
};

/** A process of a tree: its parent (none for the root) and its resident memory (bytes). */
interface TreeProcess {
  pid: number;
  parent: number | undefined;
  rss: number;
}

/** A process and its descendants, read from /proc. */
function processTree(root: number): TreeProcess[] {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: TreeProcess[] = [{ pid: root, parent: undefined, rss: rss.get(root) ?? 0 }];
  const stack = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    for (const pid of children.get(parent) ?? []) {
      tree.push({ pid, parent, rss: rss.get(pid) ?? 0 });
      stack.push(pid);
    }
  }
  return tree;
}

/**
 * Resident memory (bytes) of a process tree. A child whose command line is
 * its parent's has been forked and not yet started its own program: it maps
 * its parent's memory, which is counted once, with the parent.
 */
const treeRss = (tree: readonly TreeProcess[]): number =>
  tree.reduce((total, { pid, parent, rss }) => (parent === undefined || commandLine(pid) !== commandLine(parent) ? total + rss : total), 0);

/** Runs a command to completion, sampling its process tree's memory and processor time every 100 ms. */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'inherit'] });
    let peak = 0;
    const cpu = cpuTally();
    const timer = setInterval(() => {
      const tree = processTree(child.pid!);
      peak = Math.max(peak, treeRss(tree));
      cpu.sample(tree.map((p) => p.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 2 ** 20, cpu: cpu.seconds(), ok: code === 0 });
    });
  });
}

/** Measurements of one command in several rounds, taken together: the median time and the median peak (each taken alone), the processor time of the round whose time is the median, every round's figures, and `ok` only when every round passed. */
export interface Rounds extends Measurement {
  rounds: Measurement[];
}

export function medianOf(rounds: readonly Measurement[]): Rounds {
  if (!rounds.length) throw new Error('No round was measured.');
  return {
    seconds: median(rounds, (r) => r.seconds)!,
    peakMiB: median(rounds, (r) => r.peakMiB)!,
    cpu: medianRound(rounds).cpu,
    ok: rounds.every((r) => r.ok),
    rounds: rounds.map(({ seconds, peakMiB, cpu, ok }) => ({ seconds, peakMiB, cpu, ok })),
  };
}

/** The round whose time is the median, for an odd number of rounds (the slower middle one for an even number). */
export function medianRound<T extends { seconds: number }>(rounds: readonly T[]): T {
  if (!rounds.length) throw new Error('No round was measured.');
  return [...rounds].sort((a, b) => a.seconds - b.seconds)[Math.floor(rounds.length / 2)]!;
}

/** Total bytes of the files under a directory. */
export function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(dir, entry));
    if (stats.isFile()) total += stats.size;
  }
  return total;
}
