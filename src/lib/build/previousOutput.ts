/**
 * What a build keeps of the previous build's output (src/integrations/previousOutput.ts).
 *
 * Astro's incremental build skips a page whose cacheKey and code are
 * unchanged, and copies it from its cache only when the output folder does
 * not already hold it. So the page files the last build wrote stay in place
 * when they are exactly as it left them, and everything else in the folder
 * goes before Astro writes anything: a clean build's output, less the pages
 * and cards that would be copied back unchanged. Once Astro has written the
 * pages, a kept file that no route wrote this time is removed, and the page
 * files are recorded for the next build.
 *
 * "Exactly as it left them" is checked by each file's stamp (../fileStamp.ts:
 * size, inode, modification and change time), so a page edited or damaged in
 * place is not kept; a file without a settled stamp is not recorded. The
 * record is removed as a build starts and written once its pages are, so a
 * build that stopped between leaves none, and the next one keeps nothing.
 * There is one record for the whole build cache, naming the folder it is
 * for: Astro's incremental cache is shared by every output folder, so a
 * build into another folder makes the pages of this one unknown.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { fileClock, fileStamp, settledStamp, type FileClock } from '../fileStamp.ts';
import { recordOf } from './jsonRecord.ts';

export const RECORD_VERSION = 1;

const outputRecord = z.object({
  version: z.literal(RECORD_VERSION),
  /** The output folder, as an absolute path. */
  outDir: z.string(),
  /** Each page file the last build wrote (path under outDir, with /) → its stamp. */
  files: z.record(z.string(), z.string()),
});

export type OutputRecord = z.infer<typeof outputRecord>;

/** The record if it is whole and for `outDir`; otherwise null, and what was wrong with it if it was damaged. */
export function readOutputRecord(text: string | null, outDir: string): { record: OutputRecord | null; problem?: string } {
  if (text === null) return { record: null };
  const record = recordOf(text, outputRecord);
  if (!record) return { record: null, problem: 'is damaged' };
  // The last build wrote elsewhere: nothing here is known, and nothing is wrong.
  if (record.outDir !== outDir) return { record: null };
  return { record };
}

export interface OutputEntry {
  /** Path under the output folder, with /. */
  path: string;
  /** The file's stamp; null for a folder or anything that is not a regular file. */
  stamp: string | null;
}

/**
 * Sorts what an output folder holds: the files to keep (recorded, with the
 * same stamp) and the entries to remove, each folder without a kept file
 * removed whole rather than file by file. `entries` lists every file and
 * folder, a folder before what it holds.
 */
export function sortPreviousOutput(entries: readonly OutputEntry[], record: OutputRecord | null): { keep: string[]; remove: string[] } {
  const keep = entries.filter((e) => e.stamp !== null && record?.files[e.path] === e.stamp).map((e) => e.path);
  const holdsKept = foldersOf(keep);
  const kept = new Set(keep);
  // Only the topmost entry of what goes: what lies in a removed folder goes with it.
  const gone = new Set<string>();
  const remove: string[] = [];
  for (const { path } of entries) {
    if (kept.has(path) || holdsKept.has(path)) continue;
    if (!gone.has(path.slice(0, Math.max(0, path.lastIndexOf('/'))))) remove.push(path);
    gone.add(path);
  }
  return { keep, remove };
}

/**
 * The files and folders in the output folder, a folder before what it holds,
 * leaving out a top-level .git, which Astro keeps. Only what the record may
 * keep is looked into: a folder that holds no recorded file is listed, not
 * walked, and only a recorded file is given its stamp.
 */
function listOutput(outDir: string, record: OutputRecord | null): OutputEntry[] {
  const recorded = new Set(Object.keys(record?.files ?? {}));
  const recordedFolders = foldersOf(recorded);
  const entries: OutputEntry[] = [];
  const visit = (dir: string, path: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!path && entry.name === '.git') continue;
      const rel = path ? `${path}/${entry.name}` : entry.name;
      const full = join(dir, entry.name);
      const stats = recorded.has(rel) ? lstatSync(full, { bigint: true }) : null;
      entries.push({ path: rel, stamp: stats?.isFile() ? fileStamp(stats) : null });
      if (entry.isDirectory() && recordedFolders.has(rel)) visit(full, rel);
    }
  };
  visit(outDir, '');
  return entries;
}

/** Every folder that holds one of `paths`, at any depth. */
function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) folders.add(path.slice(0, i));
  return folders;
}

const TRASH_PREFIX = 'previous-output-';

/** Where the record is kept: one for the whole build cache (see above). */
export const recordFile = (cacheDir: string): string => join(cacheDir, 'previous-output.json');

/**
 * Run as a build starts: removes the record, then everything in `outDir`
 * but the page files it lists unchanged. What goes is moved into a folder
 * of `cacheDir` (one rename per entry) and deleted there while the build
 * runs, with what stopped builds left there. Returns the files kept, the
 * deletion, and why the record could not be used, if it was there.
 */
export async function clearPreviousOutput(outDir: string, cacheDir: string): Promise<{ kept: string[]; removal: Promise<unknown>; problem?: string }> {
  await mkdir(cacheDir, { recursive: true });
  const text = await readFile(recordFile(cacheDir), 'utf8').catch(() => null);
  await rm(recordFile(cacheDir), { force: true });
  const { record, problem } = readOutputRecord(text, outDir);
  const trash = (await readdir(cacheDir)).filter((name) => name.startsWith(TRASH_PREFIX)).map((name) => join(cacheDir, name));
  let kept: string[] = [];
  const entries = await listOutputIfAny(outDir, record);
  if (entries.length) {
    const folder = await mkdtemp(join(cacheDir, TRASH_PREFIX));
    trash.push(folder);
    const sorted = sortPreviousOutput(entries, record);
    kept = sorted.keep;
    if (!kept.length && !existsSync(join(outDir, '.git'))) {
      // Nothing kept: the whole folder goes in one rename.
      await rename(outDir, join(folder, 'output'));
    } else {
      let n = 0;
      for (const path of sorted.remove) await rename(join(outDir, path), join(folder, String(n++)));
    }
  }
  return { kept, removal: Promise.all(trash.map((folder) => rm(folder, { recursive: true, force: true }))), problem };
}

async function listOutputIfAny(outDir: string, record: OutputRecord | null): Promise<OutputEntry[]> {
  try {
    return listOutput(outDir, record);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Run once Astro has written the pages: removes each kept file that no route
 * wrote this time, with the folders that leaves empty. Returns how many.
 */
export async function removeOrphans(outDir: string, written: readonly string[], kept: readonly string[]): Promise<number> {
  const writtenNow = new Set(written);
  const orphans = kept.filter((path) => !writtenNow.has(path));
  for (const path of orphans) {
    await rm(join(outDir, path), { force: true });
    for (let dir = dirname(join(outDir, path)); dir.startsWith(outDir + sep); dir = dirname(dir)) {
      if ((await readdir(dir)).length) break;
      await rmdir(dir);
    }
  }
  return orphans.length;
}

/**
 * Records the page files `written` (paths under outDir, with /) for the next
 * build. A file last changed in the current tick of the file system's clock
 * (`now`) is left out: a write later in the same tick (which lasts a few
 * milliseconds on Linux, and up to 2 s on some file systems) would leave its
 * stamp as it was.
 */
export async function writeOutputRecord(outDir: string, cacheDir: string, written: readonly string[], now?: FileClock): Promise<void> {
  const clock = now ?? (await fileClock(outDir));
  const files: Record<string, string> = {};
  for (const path of written) {
    const stamp = settledStamp(lstatSync(join(outDir, path), { bigint: true, throwIfNoEntry: false }), clock);
    if (stamp) files[path] = stamp;
  }
  const record: OutputRecord = { version: RECORD_VERSION, outDir, files };
  const partial = `${recordFile(cacheDir)}.partial`;
  await writeFile(partial, JSON.stringify(record));
  await rename(partial, recordFile(cacheDir));
}

/** Removes everything in `outDir` but a top-level .git: the way out when the build cache cannot take the previous output. */
export async function emptyOutput(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const name of names) if (name !== '.git') await rm(join(outDir, name), { recursive: true, force: true });
}

/** A page's output file as a path under `outDir`, with /. */
export function outputPath(outDir: string, file: string): string {
  return relative(outDir, file).split(sep).join('/');
}
