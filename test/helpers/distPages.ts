import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST, TEST_BASE, TEST_SITE } from './deployment.ts';

/**
 * Every HTML page of the built site, discovered by walking dist/, so pages
 * added later (claims, charts, search, …) are covered by every generic test
 * without anyone having to list them.
 */

/** The base path of the build under test (see deployment.ts). */
export const BASE = TEST_BASE;
/** The origin the build under test uses for canonical and other absolute URLs. */
export const SITE_ORIGIN = TEST_SITE;

export interface DistPage {
  /** Absolute path of the file on disk. */
  file: string;
  /** Path inside dist/, with forward slashes, e.g. 'sources/hkfp-2017-12-07/index.html'. */
  rel: string;
  /** URL path the page is served at, base included, e.g. '/sources/hkfp-2017-12-07/'. */
  url: string;
  /**
   * For an HTML redirect page (a renamed claim's old address), the URL its
   * <meta http-equiv="refresh"> sends readers to; undefined for real pages.
   */
  redirectTo?: string;
}

const REFRESH = /<meta\s[^>]*http-equiv=["']?refresh["']?[^>]*>/i;

/** The target of a page's meta refresh, if it has one. */
export function refreshTarget(html: string): string | undefined {
  const tag = REFRESH.exec(html)?.[0];
  const content = tag && /content=(["'])(.*?)\1/i.exec(tag)?.[2];
  return content ? /url\s*=\s*(.+)$/i.exec(content)?.[1]?.trim() : undefined;
}

/** All files under a directory, as paths relative to it with forward slashes, sorted. */
export function walk(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, root));
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

/** 'index.html' → '/', 'a/b/index.html' → '/a/b/', '404.html' → '/404.html' (base prefixed). */
export function urlOf(rel: string, base = BASE): string {
  const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return base + path;
}

export function distPages(dist = DIST): DistPage[] {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: build the site first (npm test builds it).`);
  const pages = walk(dist)
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => {
      const file = join(dist, rel);
      return { file, rel, url: urlOf(rel), redirectTo: refreshTarget(readFileSync(file, 'utf8')) };
    });
  if (!pages.length) throw new Error(`No HTML pages in ${dist}.`);
  return pages;
}

export const readPage = (page: DistPage) => readFileSync(page.file, 'utf8');

/**
 * The pages a subpath build's browser suites visit, in each language: a page
 * of each layout (a list, a claim with a chart, a source, search) and the 404.
 */
const SAMPLED_PAGES = ['index.html', 'claims/hkfp-803-arrested/index.html', 'sources/hksar-2017-12-07/index.html', 'search/index.html', '404.html'];

/**
 * The pages a browser suite visits: every page at the site root; under a
 * base path, where what can go wrong is an address that ignores the base,
 * the sample above in each language (the same components render every page,
 * and the root build's suites visit them all; builtHtml and publishing.base
 * still check every page of the subpath build).
 */
export function pagesForBrowser(dist = DIST, base = BASE): DistPage[] {
  const pages = distPages(dist);
  return base === '/' ? pages : pages.filter((p) => SAMPLED_PAGES.includes(p.rel.replace(/^zh-hant\//, '')));
}

/**
 * Maps a URL path on this site (base included, no query or fragment) to the
 * file in dist/ that serves it, or undefined when there is none. A directory
 * path must end in '/' (the site uses trailingSlash: 'always').
 */
export function fileForPath(path: string, dist = DIST, base = BASE): string | undefined {
  if (!path.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(path.slice(base.length));
  } catch {
    return undefined;
  }
  if (rel.split('/').includes('..')) return undefined;
  const file = rel === '' || rel.endsWith('/') ? join(dist, rel, 'index.html') : join(dist, rel);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** True for paths under the top-level section `section` (e.g. 'claims') below the base, index excluded. */
export const isUnder = (url: string, section: string, base = BASE) =>
  url.startsWith(`${base}${section}/`) && url !== `${base}${section}/`;
