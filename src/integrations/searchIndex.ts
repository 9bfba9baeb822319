import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close } from 'pagefind';
import { filesUnder } from '../lib/filesUnder.ts';
import { timed } from '../lib/build/buildPhases.ts';
import type { PageFacts } from '../lib/publishing/pageFacts.ts';
import { finishAhead, indexFolder, readAhead, type IndexAhead } from '../lib/search/indexAhead.ts';
import { stagePages } from '../lib/search/searchStaging.ts';

/** Pagefind's ready-made UIs: the site has its own, so they are not published. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

/** Bytes of every file under `dir`. */
export async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const file of await filesUnder(dir)) total += (await stat(file)).size;
  return total;
}

let pageFacts: Map<string, PageFacts> | null = null;

/**
 * What the host files need of every HTML page of this build, by its path
 * under the site, as the search staging read them (src/lib/search/searchStaging.ts).
 */
export function builtPageFacts(): ReadonlyMap<string, PageFacts> {
  if (!pageFacts) throw new Error('The search index has not been built in this build: list searchIndex() before hostHeaders() in astro.config.mjs.');
  return pageFacts;
}

/**
 * Builds the Pagefind search index (issue 5) from the finished site, so
 * `npm run build` alone produces a searchable dist/. Every page with
 * data-pagefind-body, and every chart page, is indexed, with the search-only
 * number forms added to the copy Pagefind reads (src/lib/search/searchIndexHtml.ts),
 * which is staged in the build cache and kept between builds, so only the
 * pages that changed are prepared again (src/lib/search/searchStaging.ts).
 * Result URLs are stored without the base path; the search page adds it
 * (Pagefind's `baseUrl` option), so one index works under any base.
 *
 * In `astro dev` the index of the last build is served at <base>pagefind/,
 * so search works in development once the site has been built.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
  let cacheDir = '';
  /** Pagefind reading the last build's staged pages while Astro builds (src/lib/search/indexAhead.ts). */
  let ahead: Promise<IndexAhead | null> = Promise.resolve(null);
  // One staging folder per output folder, so builds into different folders (another base path) do not undo each other's.
  const stagingFor = (site: string) => join(cacheDir, 'search-pages', createHash('sha256').update(site).digest('hex').slice(0, 16));
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },

      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        const prefix = `${base}pagefind/`;
        if (!existsSync(join(bundle, 'pagefind.js'))) {
          logger.warn(`No search index in ${relative(process.cwd(), bundle) || bundle}: search works in dev after \`npm run build\`.`);
        }
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (!path.startsWith(prefix)) return next();
          let file: string;
          try {
            file = normalize(join(bundle, decodeURIComponent(path.slice(prefix.length))));
          } catch {
            return next();
          }
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            return res.end('Search index not built: run `npm run build`.');
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          createReadStream(file).pipe(res);
        });
      },

      'astro:build:start': () => {
        pageFacts = null;
        // A read that fails only means the index is read afresh at the end.
        ahead = readAhead(stagingFor(outDir)).catch(() => null);
      },

      'astro:build:done': ({ dir, logger }) =>
        timed('search', async () => {
          const site = fileURLToPath(dir);
          const bundle = join(site, 'pagefind');
          const started = performance.now();
          // Pagefind reads the pages itself, in parallel, from a staging copy of
          // what it should index (the pages as htmlForIndex gives them), kept
          // between builds (src/lib/search/searchStaging.ts): through its Node
          // API one page at a time, the same pages took four times as long.
          const staging = stagingFor(site);
          await mkdir(dirname(staging), { recursive: true });
          // The read ahead ends before the folder changes.
          const early = await ahead;
          ahead = Promise.resolve(null);
          const staged = await stagePages(site, staging);
          if (staged.problem) logger.warn(`The search staging folder's manifest ${staged.problem}: staging every page afresh.`);
          if (staged.damaged.length) logger.warn(`${staged.damaged.length} staged page(s) did not match their digest (${staged.damaged[0]}…): staged afresh.`);
          pageFacts = staged.facts;
          // One index per language, by each page's <html lang> (Pagefind's multilingual
          // indexing): the Chinese search page searches the Chinese pages, with
          // Pagefind's Chinese word segmentation. The index read ahead, given
          // the pages staged again (src/lib/search/indexAhead.ts); or the whole folder read now.
          const caughtUp = await finishAhead(early, staging, staged);
          const { index, pages, errors } = caughtUp ?? (await indexFolder(staging));
          await rm(bundle, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: bundle });
          await close();
          const problems = [...errors, ...written.errors];
          if (problems.length) throw new Error(`Pagefind failed:\n${problems.join('\n')}`);
          if (!staged.indexed || !pages) throw new Error('No page has data-pagefind-body: the search index would be empty.');
          if (pages !== staged.indexed) throw new Error(`Pagefind indexed ${pages} of the ${staged.indexed} pages given to it.`);
          for (const name of UNUSED_BUNDLE_FILES) await rm(join(bundle, name), { force: true });
          const bytes = await bytesUnder(bundle);
          logger.info(
            `Indexed ${staged.indexed} pages (${staged.prepared} prepared afresh${caughtUp ? `; the index read while Astro built, given the ${staged.restaged.length} staged again` : ''}) ` +
              `in ${Math.round(performance.now() - started)} ms: ` +
              `${relative(process.cwd(), bundle) || bundle}/ is ${bytes.toLocaleString('en-GB')} bytes.`,
          );
        }),
    },
  };
}
