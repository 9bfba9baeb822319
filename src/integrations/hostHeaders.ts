import type { AstroIntegration } from 'astro';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timed } from '../lib/build/buildPhases.ts';
import { formatHeadersFile, headerRules, parseCsp, serializeCsp, unionCsp } from '../lib/publishing/securityHeaders.ts';
import { isSitemapFile, pathOfHtml, sitemapFiles, type SitemapEntry } from '../lib/publishing/sitemap.ts';
import { builtPageFacts } from './searchIndex.ts';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();

/** Chart permalinks, /charts/<id>/ and the files beside them, are meant to be embedded. */
export const isEmbeddable = (rel: string) => /^charts\/[^/]+\//.test(rel);

/**
 * Writes what a static host needs besides the pages (issue 8), from the
 * finished site, so every page built is covered. What it needs of each page
 * (src/lib/publishing/pageFacts.ts) the search step has read already
 * (src/integrations/searchIndex.ts, listed before this one):
 * - `sitemap.xml`: every page but redirect pages and the 404 page, with
 *   claims' last-modified dates (from their article:modified_time meta); past
 *   50,000 pages, an index of numbered sitemap files (src/lib/publishing/sitemap.ts);
 * - `_headers` (Netlify, Cloudflare Pages): security headers and caching.
 *
 * The `_headers` CSP is the union of all the pages' meta CSPs (every hash of
 * every page in one list) plus frame-ancestors, which only works as a header.
 * Browsers enforce the header and the page's own meta both, so a page still
 * runs only its own hashed scripts; one policy for all pages avoids a rule
 * per page. The build fails if a page has no meta CSP.
 */
export function hostHeaders(): AstroIntegration {
  let base = '/';
  let site = '';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? 'http://localhost:4321';
      },
      'astro:build:done': ({ dir, logger }) =>
        timed('hostFiles', () => {
          const out = fileURLToPath(dir);
          const files = filesUnder(out).filter((f) => f !== '_headers' && !isSitemapFile(f));
          const pages = builtPageFacts();
          const html = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
          if (html.length !== pages.size || html.some((rel) => !pages.has(rel))) {
            throw new Error(`The output holds ${html.length} HTML pages, but the search step read ${pages.size}: a page was added or removed after the search index was built.`);
          }
          // Pages built from one layout carry the same meta CSP: each distinct one is parsed once.
          const policies = new Set<string>();
          const missing: string[] = [];
          const entries: SitemapEntry[] = [];
          const home = new URL(base, site);
          for (const [rel, page] of pages) {
            if (page.csp) policies.add(page.csp);
            else missing.push(rel);
            if (page.listed) entries.push({ loc: new URL(pathOfHtml(rel), home).href, lastmod: page.lastmod, alternates: page.alternates });
          }
          if (missing.length) throw new Error(`Pages without a Content-Security-Policy meta tag (security.csp in astro.config.mjs): ${missing.join(', ')}`);
          const sitemaps = sitemapFiles(entries, home);
          for (const { name, xml } of sitemaps) writeFileSync(join(out, name), xml);

          const csp = serializeCsp(unionCsp([...policies].map(parseCsp)));
          const rules = headerRules({ base, files: [...files, ...sitemaps.map((f) => f.name)], csp, embeddable: isEmbeddable });
          const preamble = [
            'Written by src/integrations/hostHeaders.ts at build time: edit src/lib/publishing/securityHeaders.ts, not this file.',
            'Netlify and Cloudflare Pages read it. No two rules set the same header on one path, since hosts',
            'differ on combining them. The CSP is every page\'s meta CSP (the same policy, with the hashes of',
            'every page) plus frame-ancestors; browsers enforce it and the page\'s own meta CSP both.',
          ];
          writeFileSync(join(out, '_headers'), formatHeadersFile(rules, preamble));
          logger.info(`Wrote sitemap.xml (${entries.length} pages${sitemaps.length > 1 ? `, an index of ${sitemaps.length - 1} files` : ''}) and _headers (${rules.length} rules).`);
        }),
    },
  };
}
