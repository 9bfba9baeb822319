/**
 * The folder Pagefind indexes (src/integrations/searchIndex.ts): each indexed
 * page of the built site as htmlForIndex gives it (./searchIndexHtml.ts),
 * kept in the build cache between builds. A page whose published bytes are
 * the ones it was last staged from, by the same staging code, is not prepared
 * again; after a one-claim edit nearly every page is such a page.
 *
 * The folder holds exactly the pages its manifest lists as indexed. The
 * manifest is removed before the folder changes and written again once it
 * is in step, so a build stopped in between leaves no manifest, and the next
 * build stages every page afresh into an emptied folder.
 */
import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { copyFile, lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import { fileClock, fileStamp, settledStamp } from '../fileStamp.ts';
import { filesUnder } from '../filesUnder.ts';
import { packageVersion } from '../packageVersion.ts';
import { htmlForIndex } from './searchIndexHtml.ts';

/**
 * The files whose code decides what htmlForIndex gives, relative to this
 * folder, and the packages it parses with. test/search/searchStaging.test.ts
 * fails if a file htmlForIndex imports is missing here.
 */
export const STAGING_CODE = ['./searchIndexHtml.ts', './searchText.ts', '../../i18n/locales.ts'];
export const STAGING_PACKAGES = ['htmlparser2', 'entities'];

/** Digest of the staging code: a staged page is reused only under the same one. */
export async function stagingCodeDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of STAGING_CODE) hash.update(`${file}\0`).update(await readFile(new URL(file, import.meta.url))).update('\0');
  for (const name of STAGING_PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest('hex');
}

interface Manifest {
  code: string;
  /**
   * Each built page (path under the site) → SHA-256 of its published bytes
   * and, when it is indexed, of its staged copy (null when it is not), with
   * the settled stamps of both (src/lib/fileStamp.ts; null when not settled):
   * a file with the same stamp is not read again.
   */
  pages: Record<string, StagedPage>;
}

interface StagedPage {
  sha256: string;
  staged: string | null;
  pageStamp?: string | null;
  copyStamp?: string | null;
}

const digestOrNull = (value: unknown) => value === null || typeof value === 'string';
/** A manifest written before stamps were kept has none: its files are read once to check them. */
const stampOrNone = (value: unknown) => value === undefined || digestOrNull(value);

/** The manifest if it is whole and was written by the same staging code; otherwise null, and why. */
export function readManifest(text: string | null, code: string): { manifest: Manifest | null; problem?: string } {
  if (text === null) return { manifest: null };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { manifest: null, problem: 'is damaged' };
  }
  const m = data as Partial<Manifest> | null;
  const wellFormed =
    !!m && typeof m.code === 'string' && !!m.pages && typeof m.pages === 'object' &&
    Object.values(m.pages).every((p) => !!p && typeof p.sha256 === 'string' && digestOrNull(p.staged) && stampOrNone(p.pageStamp) && stampOrNone(p.copyStamp));
  if (!wellFormed) return { manifest: null, problem: 'is damaged' };
  if (m.code !== code) return { manifest: null, problem: 'was written by other staging code' };
  return { manifest: m as Manifest };
}

/** '/sources/x/index.html' → '/sources/x/' (the site uses directory URLs). */
const urlOf = (rel: string) => `/${rel.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** Pages prepared at once, so reading and writing files overlaps preparing pages. */
const STAGED_AT_ONCE = 8;

export interface Staged {
  /** Pages in the folder, which Pagefind should index. */
  indexed: number;
  /** Pages prepared in this build (the rest were already staged). */
  prepared: number;
  /** Why every page was staged afresh, when the folder could not be reused. */
  problem?: string;
  /** Staged copies that no longer matched their digest, and were prepared again. */
  damaged: string[];
}

const sha256Of = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Brings `staging` in step with the pages of the built site at `site`. */
export async function stagePages(site: string, staging: string): Promise<Staged> {
  const manifestFile = `${staging}.json`;
  const code = await stagingCodeDigest();
  const { manifest, problem } = readManifest(await readFile(manifestFile, 'utf8').catch(() => null), code);
  await rm(manifestFile, { force: true });
  if (!manifest) await rm(staging, { recursive: true, force: true });
  const previous = manifest?.pages ?? {};

  const pages = (await filesUnder(site)).map((file) => relative(site, file)).filter((rel) => rel.endsWith('.html') && !rel.startsWith(`pagefind${sep}`));
  const next: Manifest = { code, pages: {} };
  let prepared = 0;
  const damaged: string[] = [];
  await mkdir(staging, { recursive: true });
  const [siteClock, stagingClock] = await Promise.all([fileClock(site), fileClock(staging)]);
  const statsOf = (file: string) => lstat(file, { bigint: true }).catch((): BigIntStats | undefined => undefined);
  const limit = pLimit(STAGED_AT_ONCE);
  await Promise.all(
    pages.map((rel) =>
      limit(async () => {
        const file = join(site, rel);
        const copy = join(staging, rel);
        const before = previous[rel];
        const pageStats = await statsOf(file);
        const pageStamp = settledStamp(pageStats, siteClock);
        // A page with the stamp it had when it was last staged is not read again.
        let html = before?.pageStamp && before.pageStamp === pageStamp ? undefined : await readFile(file);
        const sha256 = html ? sha256Of(html) : before!.sha256;
        if (before?.sha256 === sha256) {
          // Reused only if the copy is still the one staged (never a truncated or altered file).
          const copyStats = before.staged === null ? undefined : await statsOf(copy);
          const intact =
            before.staged === null ||
            (!!before.copyStamp && !!copyStats && before.copyStamp === fileStamp(copyStats)) ||
            (await readFile(copy).then(sha256Of, () => null)) === before.staged;
          if (intact) {
            next.pages[rel] = { ...before, pageStamp, copyStamp: before.staged === null ? null : settledStamp(copyStats, stagingClock) };
            return;
          }
          damaged.push(rel);
        }
        prepared++;
        html ??= await readFile(file);
        const text = html.toString('utf8');
        const content = htmlForIndex(text, urlOf(rel));
        let staged: string | null = null;
        if (content === null) {
          if (before?.staged) await rm(copy, { force: true });
        } else if (content === text) {
          await mkdir(dirname(copy), { recursive: true });
          await copyFile(file, copy);
          staged = sha256;
        } else {
          await mkdir(dirname(copy), { recursive: true });
          await writeFile(copy, content);
          staged = sha256Of(content);
        }
        // A copy written now is not settled: the next build reads it once to check it.
        next.pages[rel] = { sha256, staged, pageStamp, copyStamp: null };
      }),
    ),
  );
  // Pages no longer built leave the folder too.
  await Promise.all(Object.entries(previous).filter(([rel, p]) => p.staged && !next.pages[rel]).map(([rel]) => rm(join(staging, rel), { force: true })));
  await writeFile(manifestFile, JSON.stringify(next));
  const indexed = Object.values(next.pages).filter((p) => p.staged !== null).length;
  return { indexed, prepared, damaged, ...(problem ? { problem } : {}) };
}
