/**
 * A file's stamp: its size, inode, modification and change time, which
 * change whenever its bytes are written. The change time cannot be set back
 * by any program, so a cache that recorded a file's stamp can tell, without
 * reading it, that the file is as it left it (git's index works the same way).
 *
 * A file last changed in the current tick of the file system's clock (a few
 * milliseconds on Linux, up to 2 s on some file systems) has no settled
 * stamp yet: a write later in the same tick could leave its times as they were.
 */
import type { BigIntStats } from 'node:fs';
import { lstat, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type FileClock = Pick<BigIntStats, 'mtimeNs' | 'ctimeNs'>;

export function fileStamp(stats: BigIntStats): string {
  return `${stats.size}:${stats.ino}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** The file system clock of `dir` now: the times of a file written there. */
export async function fileClock(dir: string): Promise<FileClock> {
  const probe = join(dir, `.clock-${process.pid}`);
  await writeFile(probe, '');
  const { mtimeNs, ctimeNs } = await lstat(probe, { bigint: true });
  await rm(probe);
  return { mtimeNs, ctimeNs };
}

/** A file's stamp with the times that tell whether it has settled. */
export interface TakenStamp extends FileClock {
  stamp: string;
}

export const takeStamp = (stats: BigIntStats): TakenStamp => ({ stamp: fileStamp(stats), mtimeNs: stats.mtimeNs, ctimeNs: stats.ctimeNs });

/** The stamp, if the file had last changed before the current tick of `clock`; otherwise null. */
export function settled(taken: TakenStamp | undefined, clock: FileClock): string | null {
  return taken && taken.ctimeNs < clock.ctimeNs && taken.mtimeNs < clock.mtimeNs ? taken.stamp : null;
}

/** The stamp of a regular file changed before the current tick of `clock`; otherwise null. */
export function settledStamp(stats: BigIntStats | undefined, clock: FileClock): string | null {
  return stats?.isFile() ? settled(takeStamp(stats), clock) : null;
}
