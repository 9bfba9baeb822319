import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { timed } from '../lib/buildPhases.ts';
import { htmlForIndex } from '../lib/searchIndexHtml.ts';

/** Pagefind's ready-made UIs: the site has its own, so they are not published. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pages sent to Pagefind before waiting for the oldest to be indexed. */
const PAGES_IN_FLIGHT = 32;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Bytes of every file under `dir`. */
export async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const file of await filesUnder(dir)) total += (await stat(file)).size;
  return total;
}

/** '/sources/x/index.html' → '/sources/x/' (the site uses directory URLs). */
const urlOf = (rel: string) => `/${rel.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/**
 * Builds the Pagefind search index (issue 5) from the finished site, so
 * `npm run build` alone produces a searchable dist/. Every page with
 * data-pagefind-body, and every chart page, is indexed through Pagefind's
 * Node API, with the search-only number forms added to the copy Pagefind
 * reads (src/lib/searchIndexHtml.ts). Result URLs are stored without the base
 * path; the search page adds it (Pagefind's `baseUrl` option), so one index
 * works under any base.
 *
 * In `astro dev` the index of the last build is served at <base>pagefind/,
 * so search works in development once the site has been built.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let outDir = '';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        outDir = fileURLToPath(config.outDir);
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

      'astro:build:done': ({ dir, logger }) =>
        timed('search', async () => {
          const site = fileURLToPath(dir);
          const bundle = join(site, 'pagefind');
          const started = performance.now();
          // One index per language, by each page's <html lang> (Pagefind's multilingual
          // indexing): the Chinese search page searches the Chinese pages, with
          // Pagefind's Chinese word segmentation.
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const problems: string[] = [];
          // Pagefind indexes in its own process while the next pages are read
          // and prepared here; pages are sent in path order, a bounded number
          // at a time, so the index is the same on every build.
          const inFlight: Array<Promise<void>> = [];
          let pages = 0;
          for (const file of (await filesUnder(site)).filter((f) => f.endsWith('.html')).sort()) {
            const rel = relative(site, file);
            if (rel.startsWith(`pagefind${sep}`)) continue;
            const url = urlOf(rel);
            const content = htmlForIndex(await readFile(file, 'utf8'), url);
            if (content === null) continue;
            inFlight.push(index.addHTMLFile({ url, content }).then((added) => void problems.push(...added.errors.map((e) => `${rel}: ${e}`))));
            if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
            pages++;
          }
          await Promise.all(inFlight);
          await rm(bundle, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: bundle });
          problems.push(...written.errors);
          await close();
          if (problems.length) throw new Error(`Pagefind failed:\n${problems.join('\n')}`);
          if (!pages) throw new Error('No page has data-pagefind-body: the search index would be empty.');
          for (const name of UNUSED_BUNDLE_FILES) await rm(join(bundle, name), { force: true });
          const bytes = await bytesUnder(bundle);
          logger.info(
            `Indexed ${pages} pages in ${Math.round(performance.now() - started)} ms: ` +
              `${relative(process.cwd(), bundle) || bundle}/ is ${bytes.toLocaleString('en-GB')} bytes.`,
          );
        }),
    },
  };
}
