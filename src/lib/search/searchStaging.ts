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
 *
 * The manifest also keeps what the host files need of every page
 * (src/lib/publishing/pageFacts.ts), taken when the page was last read, so
 * sitemap.xml and `_headers` are written without reading the pages again.
 */
import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import { lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import pLimit from 'p-limit';
import Tinypool from 'tinypool';
import { fileClock, fileStamp, settled, settledStamp } from '../fileStamp.ts';
import { filesUnder } from '../filesUnder.ts';
import { packageVersion } from '../packageVersion.ts';
import { pageFactsSchema, type PageFacts } from '../publishing/pageFactsSchema.ts';
import { jsonOrUndefined } from '../build/jsonRecord.ts';
import { WORKER_LIMITS } from '../build/workerLimits.ts';
import stageBatch, { sha256Of, type PageToStage, type StagedCopy } from './stagePage.ts';

/**
 * The files whose code decides what a staged copy holds and what is recorded
 * of it (stagePage, htmlForIndex, the file stamps), relative to this folder,
 * and the packages it parses with. test/search/searchStaging.test.ts fails if
 * a file stagePage imports is missing here.
 */
export const STAGING_CODE = ['./stagePage.ts', './searchIndexHtml.ts', './searchText.ts', '../../i18n/locales.ts', '../fileStamp.ts', '../publishing/pageFacts.ts', '../publishing/pageFactsSchema.ts'];
export const STAGING_PACKAGES = ['htmlparser2', 'entities'];

/** Digest of the staging code: a staged page is reused only under the same one. */
export async function stagingCodeDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of STAGING_CODE) hash.update(`${file}\0`).update(await readFile(new URL(file, import.meta.url))).update('\0');
  for (const name of STAGING_PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest('hex');
}

/** A stamp (src/lib/fileStamp.ts), null when the file's was not settled; a manifest written before stamps were kept has none, and its files are read once to check them. */
const stamp = z.string().nullable().optional();

/** PageFacts (src/lib/publishing/pageFacts.ts) with the CSP as its place in the manifest's `policies`. */
const storedFacts = pageFactsSchema.extend({ csp: z.number().int().nonnegative().nullable() });
type StoredFacts = z.infer<typeof storedFacts>;

const manifestSchema = z
  .object({
    code: z.string(),
    /** Each distinct meta CSP of the pages, once: pages name theirs by its place here. */
    policies: z.array(z.string()),
    /**
     * Each built page (path under the site) → SHA-256 of its published bytes
     * and, when it is indexed, of its staged copy (null when it is not), with
     * the settled stamps of both: a file with the same stamp is not read again.
     */
    pages: z.record(z.string(), z.object({ sha256: z.string(), staged: z.string().nullable(), pageStamp: stamp, copyStamp: stamp, facts: storedFacts })),
  })
  .refine((m) => Object.values(m.pages).every(({ facts }) => facts.csp === null || facts.csp < m.policies.length));

type Manifest = z.infer<typeof manifestSchema>;

/** The manifest if it is whole and was written by the same staging code; otherwise null, and why. */
export function readManifest(text: string | null, code: string): { manifest: Manifest | null; problem?: string } {
  if (text === null) return { manifest: null };
  const data = jsonOrUndefined(text);
  const written = (data as { code?: unknown } | null | undefined)?.code;
  if (typeof written !== 'string') return { manifest: null, problem: 'is damaged' };
  if (written !== code) return { manifest: null, problem: 'was written by other staging code' };
  const parsed = manifestSchema.safeParse(data);
  return parsed.success ? { manifest: parsed.data } : { manifest: null, problem: 'is damaged' };
}

/** A path under the site with `/` between its parts, whatever the platform's separator. */
const posix = (rel: string) => rel.split(sep).join('/');

/** '/sources/x/index.html' → '/sources/x/' (the site uses directory URLs). */
const urlOf = (rel: string) => `/${posix(rel)}`.replace(/(^|\/)index\.html$/, '$1');

/** Pages whose stamps and copies are checked at once, so the reads overlap. */
const CHECKED_AT_ONCE = 8;

/**
 * From this many pages to prepare on, they are prepared in worker threads,
 * one per core, in batches (Tinypool): a cold build prepares every page, and
 * the build's own thread has nothing else to do meanwhile. Fewer are
 * prepared in the build's thread, where starting the workers would cost more
 * than it saves.
 */
const PREPARED_IN_THREADS_FROM = 200;
const BATCH = 32;

/** Stages `pages` in worker threads, in batches, returning each page's result in order. */
async function stageInThreads(pages: readonly PageToStage[]): Promise<StagedCopy[]> {
  const threads = availableParallelism();
  const pool = new Tinypool({ filename: new URL('./stagePage.ts', import.meta.url).href, minThreads: threads, maxThreads: threads, resourceLimits: WORKER_LIMITS });
  try {
    const batches: PageToStage[][] = [];
    for (let i = 0; i < pages.length; i += BATCH) batches.push(pages.slice(i, i + BATCH));
    return (await Promise.all(batches.map((batch) => pool.run(batch) as Promise<StagedCopy[]>))).flat();
  } finally {
    await pool.destroy();
  }
}

export interface Staged {
  /** Pages in the folder, which Pagefind should index. */
  indexed: number;
  /** The indexed pages whose copies were written in this build, by their paths under the folder (with `/`), in path order. */
  restaged: string[];
  /** Whether the folder was reused, and holds the same pages as before this build: none added, none gone (./indexAhead.ts). */
  sameIndexedPages: boolean;
  /** Pages prepared in this build (the rest were already staged). */
  prepared: number;
  /** Why every page was staged afresh, when the folder could not be reused. */
  problem?: string;
  /** Staged copies that no longer matched their digest, and were prepared again. */
  damaged: string[];
  /** What the host files need of every built page, by its path under the site (with `/`), in path order. */
  facts: Map<string, PageFacts>;
}

/**
 * Brings `staging` in step with the pages of the built site at `site`.
 * `threadsFrom` is the number of pages to prepare from which worker threads
 * prepare them (tests lower it to exercise both ways).
 */
export async function stagePages(site: string, staging: string, { threadsFrom = PREPARED_IN_THREADS_FROM } = {}): Promise<Staged> {
  const manifestFile = `${staging}.json`;
  const code = await stagingCodeDigest();
  const { manifest, problem } = readManifest(await readFile(manifestFile, 'utf8').catch(() => null), code);
  await rm(manifestFile, { force: true });
  if (!manifest) await rm(staging, { recursive: true, force: true });
  const previous = manifest?.pages ?? {};

  const pages = (await filesUnder(site)).map((file) => relative(site, file)).filter((rel) => rel.endsWith('.html') && !rel.startsWith(`pagefind${sep}`));
  const next: Manifest = { code, policies: [], pages: {} };
  const policyPlace = new Map<string, number>();
  const stored = ({ csp, ...facts }: PageFacts): StoredFacts => {
    if (csp !== null && !policyPlace.has(csp)) policyPlace.set(csp, next.policies.push(csp) - 1);
    return { ...facts, csp: csp === null ? null : policyPlace.get(csp)! };
  };
  /** Each page's facts by its path with `/`: kept from the manifest, or read as the page is prepared. */
  const facts = new Map<string, PageFacts>();
  const damaged: string[] = [];
  await mkdir(staging, { recursive: true });
  const [siteClock, stagingClock] = await Promise.all([fileClock(site), fileClock(staging)]);
  const statsOf = (file: string) => lstat(file, { bigint: true }).catch((): BigIntStats | undefined => undefined);
  // First each page that is staged already, unchanged, is kept; the rest are prepared after.
  const toPrepare: Array<{ rel: string; pageStamp: string | null; task: PageToStage }> = [];
  const limit = pLimit(CHECKED_AT_ONCE);
  await Promise.all(
    pages.map((rel) =>
      limit(async () => {
        const file = join(site, rel);
        const copy = join(staging, rel);
        const before = previous[rel];
        const pageStamp = settledStamp(await statsOf(file), siteClock);
        if (before) {
          // A page with the stamp it had when it was last staged is not read again.
          const sha256 = before.pageStamp && before.pageStamp === pageStamp ? before.sha256 : await readFile(file).then(sha256Of);
          if (before.sha256 === sha256) {
            // Reused only if the copy is still the one staged (never a truncated or altered file).
            const copyStats = before.staged === null ? undefined : await statsOf(copy);
            const intact =
              before.staged === null ||
              (!!before.copyStamp && !!copyStats && before.copyStamp === fileStamp(copyStats)) ||
              (await readFile(copy).then(sha256Of, () => null)) === before.staged;
            if (intact) {
              const copyStamp = before.staged === null ? null : settledStamp(copyStats, stagingClock);
              const kept: PageFacts = { ...before.facts, csp: before.facts.csp === null ? null : manifest!.policies[before.facts.csp]! };
              facts.set(posix(rel), kept);
              next.pages[rel] = { ...before, pageStamp, copyStamp, facts: stored(kept) };
              return;
            }
            damaged.push(rel);
          }
        }
        toPrepare.push({ rel, pageStamp, task: { file, rel: posix(rel), copy, url: urlOf(rel), hadCopy: !!before?.staged } });
      }),
    ),
  );
  const tasks = toPrepare.map(({ task }) => task);
  const results = tasks.length >= threadsFrom ? await stageInThreads(tasks) : stageBatch(tasks);
  // A copy's stamp is trusted by the next build if the file system's clock has
  // moved on since it was written; a copy written in the current tick is read once to check it.
  const clock = await fileClock(staging);
  toPrepare.forEach(({ rel, pageStamp }, i) => {
    const { written, facts: read, ...copy } = results[i]!;
    facts.set(posix(rel), read);
    next.pages[rel] = { ...copy, pageStamp, copyStamp: settled(written, clock), facts: stored(read) };
  });
  // Pages no longer built leave the folder too.
  await Promise.all(Object.entries(previous).filter(([rel, p]) => p.staged && !next.pages[rel]).map(([rel]) => rm(join(staging, rel), { force: true })));
  await writeFile(manifestFile, JSON.stringify(next));
  const indexedNow = Object.keys(next.pages).filter((rel) => next.pages[rel]!.staged !== null);
  const indexedBefore = Object.keys(previous).filter((rel) => previous[rel]!.staged !== null);
  const sameIndexedPages = !!manifest && indexedBefore.length === indexedNow.length && indexedBefore.every((rel) => !!next.pages[rel]?.staged);
  const restaged = toPrepare.filter((_, i) => results[i]!.staged !== null).map(({ rel }) => posix(rel)).sort();
  const inPathOrder = new Map([...facts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { indexed: indexedNow.length, restaged, sameIndexedPages, prepared: toPrepare.length, damaged: damaged.sort(), facts: inPathOrder, ...(problem ? { problem } : {}) };
}
