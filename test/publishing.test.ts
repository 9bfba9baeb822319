/**
 * What the built site publishes for hosts, readers and crawlers (issue 8),
 * read from dist/: the Atom feed, sitemap.xml, robots.txt, social metadata
 * and cards, every page's meta CSP, and the _headers file, checked path by
 * path against the pages it serves.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CACHE_SHORT,
  conflictingHeaders,
  headerBlocksMeta,
  headersForPath,
  parseCsp,
  parseHeadersFile,
} from '../src/lib/publishing/securityHeaders.ts';
import { metaCspOf } from '../src/lib/publishing/pageFacts.ts';
import { DIST } from './helpers/deployment.ts';
import { BASE, distPages, fileForPath, readPage, SITE_ORIGIN, urlOf, walk } from './helpers/distPages.ts';
import { pngSize } from './helpers/png.ts';

const pages = distPages();
const realPages = pages.filter((p) => !p.redirectTo);
/** Claim pages in English (the feed's), and in every language (cards, og:type). */
const claimPages = realPages.filter((p) => /^claims\/[^/]+\/index\.html$/.test(p.rel));
const claimPagesInAnyLanguage = realPages.filter((p) => /^(zh-hant\/)?claims\/[^/]+\/index\.html$/.test(p.rel));
const chartPermalinks = realPages.filter((p) => /^charts\/[^/]+\/index\.html$/.test(p.rel));
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'category', 'url', 'link'].includes(name) });
const read = (rel: string) => readFileSync(join(DIST, rel), 'utf8');
/** An absolute URL on this site → its path, or undefined when it is elsewhere. */
const sitePath = (url: string) => (url.startsWith(SITE_ORIGIN + BASE) ? url.slice(SITE_ORIGIN.length) : undefined);

it('has claim pages and chart permalinks to check', () => {
  expect(claimPages.length).toBeGreaterThan(3);
  expect(chartPermalinks.length).toBeGreaterThan(0);
});

describe('feed.xml', () => {
  const xml = read('feed.xml');
  const feed = parser.parse(xml).feed;

  it('is well-formed Atom', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${SITE_ORIGIN}${BASE}feed.xml`);
  });

  it('lists every claim once, newest first, with its verdict in the title and as a category', () => {
    const links: string[] = feed.entry.map((e: { link: Array<Record<string, string>> }) => e.link[0]!['@href']);
    expect(links.map(sitePath).sort()).toEqual(claimPages.map((p) => p.url).sort());
    const updated: string[] = feed.entry.map((e: { updated: string }) => e.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    for (const entry of feed.entry) {
      const verdict = entry.category[0];
      expect(entry.title.startsWith(`${verdict['@label']}: `), entry.title).toBe(true);
      const $ = load(readFileSync(fileForPath(sitePath(entry.link[0]['@href'])!)!, 'utf8'));
      expect($('h1').first().text().trim()).toBe(entry.title.slice(verdict['@label'].length + 2));
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  const xml = read('sitemap.xml');

  it('lists every page but redirect pages and the 404 page, each resolving to a file', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs: string[] = parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
    const expected = realPages.filter((p) => p.rel !== '404.html').map((p) => `${SITE_ORIGIN}${p.url}`);
    expect([...locs].sort()).toEqual(expected.sort());
    for (const loc of locs) expect(fileForPath(sitePath(loc)!), loc).toBeDefined();
  });

  it('gives claims their last-modified date', () => {
    const urls: Array<{ loc: string; lastmod?: string }> = parser.parse(xml).urlset.url;
    for (const p of claimPagesInAnyLanguage) expect(urls.find((u) => u.loc === `${SITE_ORIGIN}${p.url}`)?.lastmod, p.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('robots.txt points at the sitemap by its full URL', () => {
    expect(read('robots.txt')).toContain(`\nSitemap: ${SITE_ORIGIN}${BASE}sitemap.xml\n`);
  });
});

describe('social metadata and cards', () => {
  it.each(realPages.map((p) => [p.url, p] as const))('%s has Open Graph and Twitter tags, a feed link and a real card', (url, page) => {
    const $ = load(readPage(page));
    const meta = (key: string) => $(`head > meta[property="${key}"], head > meta[name="${key}"]`).attr('content');
    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')).toBeTruthy();
    expect(meta('og:url')).toBe($('link[rel="canonical"]').attr('href'));
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('og:image:alt')).toBeTruthy();
    const isClaim = claimPagesInAnyLanguage.includes(page);
    const language = page.rel.startsWith('zh-hant/') ? 'zh-hant/' : '';
    expect(meta('og:type')).toBe(isClaim ? 'article' : 'website');
    const image = meta('og:image')!;
    expect(image).toBe(`${SITE_ORIGIN}${BASE}cards/${language}${isClaim ? `claims/${url.split('/').at(-2)}.png` : 'site.png'}`);
    const png = readFileSync(fileForPath(sitePath(image)!)!);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect($('head > link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe(`${SITE_ORIGIN}${BASE}${language}feed.xml`);
  });
});

describe('Content-Security-Policy meta tag', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s has a strict CSP that hashes each inline script and style it has', (_url, page) => {
    const html = readPage(page);
    const policy = metaCspOf(html);
    expect(policy).toBeDefined();
    const csp = parseCsp(policy!);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('script-src')?.filter((t) => !t.startsWith("'sha"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')?.filter((t) => !t.startsWith("'sha"))).toEqual(["'self'"]);
    // The meta tag must come before anything it governs.
    expect(html.search(/<meta http-equiv="content-security-policy"/i)).toBeLessThan(html.search(/<(link rel="stylesheet"|style|script(?![^>]*application\/ld\+json))[\s>]/i) >>> 0);
    const $ = load(html);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    $('script:not([src])').each((_, el) => {
      const type = $(el).attr('type');
      if (type === 'application/ld+json') return; // a data block: never executed, so CSP does not apply
      expect(csp.get('script-src'), `inline script ${$(el).html()?.slice(0, 60)}`).toContain(hash($(el).html() ?? ''));
    });
    $('style').each((_, el) => {
      expect(csp.get('style-src'), `inline style ${$(el).html()?.slice(0, 60)}`).toContain(hash($(el).html() ?? ''));
    });
    // Attributes a strict CSP blocks: inline event handlers and style="".
    const blocked = ($('*').toArray() as unknown as Array<{ tagName: string; attribs: Record<string, string> }>).flatMap((el) => Object.keys(el.attribs).filter((a) => /^on/i.test(a) || a === 'style').map((a) => `<${el.tagName} ${a}>`));
    expect(blocked).toEqual([]);
  });
});

describe('_headers', () => {
  const rules = parseHeadersFile(read('_headers'));
  const files = walk(DIST).filter((f) => !/^_(headers|redirects)$/.test(f) && !/(^|\/)\./.test(f));
  const header = (path: string, name: string) => headersForPath(rules, path).find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

  it('never sets one header from two rules on any file the site serves', () => {
    const conflicts = files.map((f) => [f, conflictingHeaders(rules, urlOf(f))] as const).filter(([, c]) => c.length);
    expect(conflicts).toEqual([]);
    expect(rules.every((r) => r.path.startsWith(BASE))).toBe(true);
  });

  it('gives every response the security headers', () => {
    for (const f of files) {
      const path = urlOf(f);
      expect(header(path, 'X-Content-Type-Options'), path).toBe('nosniff');
      expect(header(path, 'Referrer-Policy'), path).toBe('strict-origin-when-cross-origin');
      expect(header(path, 'Permissions-Policy'), path).toMatch(/camera=\(\)/);
      expect(header(path, 'Strict-Transport-Security'), path).toMatch(/^max-age=\d{8}/);
    }
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s: the header CSP allows all its meta CSP allows, and framing is right', (url, page) => {
    const policy = header(url, 'Content-Security-Policy');
    expect(policy).toBeDefined();
    const csp = parseCsp(policy!);
    expect(headerBlocksMeta(parseCsp(metaCspOf(readPage(page))!), csp)).toEqual([]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const embeddable = chartPermalinks.includes(page);
    expect(csp.get('frame-ancestors')).toEqual([embeddable ? '*' : "'none'"]);
    expect(header(url, 'X-Frame-Options')).toBe(embeddable ? undefined : 'DENY');
    expect(header(url, 'Cache-Control')).toBe(CACHE_REVALIDATE);
  });

  it('caches hashed assets for a year, Pagefind briefly, and revalidates feeds and cards', () => {
    const astro = files.filter((f) => f.startsWith('_astro/'));
    expect(astro.length).toBeGreaterThan(0);
    for (const f of astro) expect(header(urlOf(f), 'Cache-Control'), f).toBe(CACHE_IMMUTABLE);
    const pagefind = files.filter((f) => f.startsWith('pagefind/'));
    expect(pagefind).toContain('pagefind/pagefind.js');
    for (const f of pagefind) expect(header(urlOf(f), 'Cache-Control'), f).toBe(CACHE_SHORT);
    // Pagefind's worker takes its CSP from its own response: it needs WebAssembly.
    expect(header(urlOf('pagefind/pagefind-worker.js'), 'Content-Security-Policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    for (const f of ['feed.xml', 'sitemap.xml', 'robots.txt', 'cards/site.png']) {
      expect(existsSync(join(DIST, f)), f).toBe(true);
      expect(header(urlOf(f), 'Cache-Control'), f).toBe(CACHE_REVALIDATE);
    }
  });
});
