/**
 * Publishing under a subpath (issue 8): runs in the "subpath" project
 * (vitest.config.ts), on the site built with SITE=https://example.org and
 * BASE=/factcheck/. Every internal link and asset, feed entry, sitemap entry,
 * og:image, canonical URL and _headers rule must be under /factcheck/ and
 * resolve; served at /factcheck/ with its _headers as a static host would,
 * a missing address gets the styled 404 page and search results lead to real
 * pages. (The browser suites that load every page run in the same project.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../src/lib/publishing/securityHeaders.ts';
import { launchChromium } from './helpers/browser.ts';
import { DIST, TEST_BASE, TEST_SITE } from './helpers/deployment.ts';
import { fileForPath, refreshTarget, urlOf, walk } from './helpers/distPages.ts';
import { serveStatic, type StaticHost } from './helpers/staticHost.ts';

const BASE = TEST_BASE;
const SITE = TEST_SITE;
const HOME = `${SITE}${BASE}`;
const outDir = DIST;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'url'].includes(name) });

let files: string[];
let pages: Array<{ rel: string; url: string; html: string }>;

beforeAll(() => {
  // Outside the subpath project this file would test nothing new.
  if (BASE === '/') throw new Error('publishing.base.test.ts runs in the "subpath" project: npx vitest run --project subpath');
  files = walk(outDir);
  pages = files.filter((f) => f.endsWith('.html')).map((rel) => ({ rel, url: urlOf(rel, BASE), html: readFileSync(join(outDir, rel), 'utf8') }));
});

/** Whether a site path (query and fragment allowed) is served by a file of the build. */
const resolves = (path: string) => !!fileForPath(new URL(path, SITE).pathname, outDir, BASE);

/**
 * Problems with one URL found in a page at `from`: an address on this site
 * (root-relative, page-relative or absolute) must be under the base and
 * resolve; other sites' addresses are not ours.
 */
function urlProblem(raw: string, from: string): string | undefined {
  if (!raw || raw.startsWith('#') || /^(mailto|data|tel):/i.test(raw)) return undefined;
  const url = new URL(raw, `${SITE}${from}`);
  if (url.origin !== SITE) return /^https?:$/.test(url.protocol) ? undefined : `${raw}: not http(s)`;
  if (!url.pathname.startsWith(BASE)) return `${raw}: not under ${BASE}`;
  return resolves(url.pathname) ? undefined : `${raw}: no such file`;
}

describe('the subpath build, read from disk', () => {
  it('has every link, asset, form, canonical, og:url and og:image under the base, resolving', () => {
    const problems: string[] = [];
    const ATTRS = ['href', 'src', 'action', 'xlink:href', 'data-bundle', 'data-base', 'poster'];
    for (const page of pages) {
      const $ = load(page.html);
      $('*').each((_, node) => {
        const tag = (node as unknown as { tagName: string }).tagName;
        for (const attr of ATTRS) {
          const value = $(node).attr(attr);
          if (value === undefined) continue;
          const problem = urlProblem(value, page.url);
          if (problem) problems.push(`${page.rel} <${tag} ${attr}>: ${problem}`);
        }
        const srcset = $(node).attr('srcset');
        for (const candidate of srcset?.split(',').map((s) => s.trim().split(/\s+/)[0]!) ?? []) {
          const problem = urlProblem(candidate, page.url);
          if (problem) problems.push(`${page.rel} srcset: ${problem}`);
        }
      });
      for (const key of ['og:url', 'og:image']) {
        const value = $(`meta[property="${key}"]`).attr('content');
        if (!value?.startsWith(HOME)) problems.push(`${page.rel} ${key} ${value}: not absolute under ${HOME}`);
        else if (urlProblem(value, page.url)) problems.push(`${page.rel} ${key}: ${urlProblem(value, page.url)}`);
      }
      const canonical = $('link[rel="canonical"]').attr('href');
      if (!canonical?.startsWith(HOME)) problems.push(`${page.rel} canonical ${canonical}: not under ${HOME}`);
      const refresh = refreshTarget(page.html);
      if (refresh && urlProblem(refresh, page.url)) problems.push(`${page.rel} refresh: ${urlProblem(refresh, page.url)}`);
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(10);
  });

  it('gives each claim its own card under the base', () => {
    const claims = pages.filter((p) => /^claims\/[^/]+\/index\.html$/.test(p.rel) && !refreshTarget(p.html));
    expect(claims.length).toBeGreaterThan(3);
    for (const p of claims) {
      const slug = p.rel.split('/')[1];
      expect(load(p.html)('meta[property="og:image"]').attr('content')).toBe(`${HOME}cards/claims/${slug}.png`);
    }
  });

  it('has stylesheets whose own URLs stay under the base', () => {
    const problems: string[] = [];
    for (const css of files.filter((f) => f.endsWith('.css'))) {
      for (const [, url] of readFileSync(join(outDir, css), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (url!.startsWith('/') && !url!.startsWith(BASE)) problems.push(`${css}: ${url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has a feed whose every address is under the base and resolves', () => {
    const feed = parser.parse(readFileSync(join(outDir, 'feed.xml'), 'utf8')).feed;
    expect(feed.id).toBe(`${HOME}feed.xml`);
    expect(feed.link.map((l: Record<string, string>) => l['@href'])).toEqual([`${HOME}feed.xml`, HOME]);
    expect(feed.entry.length).toBeGreaterThan(3);
    for (const entry of feed.entry) {
      const href: string = entry.link[0]['@href'];
      expect(href.startsWith(`${HOME}claims/`), href).toBe(true);
      expect(entry.id).toBe(href);
      expect(resolves(href), href).toBe(true);
    }
  });

  it('has a sitemap of every page under the base, and robots.txt pointing at it', () => {
    const locs: string[] = parser.parse(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).urlset.url.map((u: { loc: string }) => u.loc);
    const expected = pages.filter((p) => p.rel !== '404.html' && !refreshTarget(p.html)).map((p) => `${SITE}${p.url}`);
    expect([...locs].sort()).toEqual(expected.sort());
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${HOME}sitemap.xml`);
  });

  it('has _headers rules only under the base', () => {
    const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.filter((r) => !r.path.startsWith(BASE)).map((r) => r.path)).toEqual([]);
    expect(rules.map((r) => r.path)).toEqual(expect.arrayContaining([`${BASE}*`, `${BASE}_astro/*`, `${BASE}pagefind/*`, BASE]));
  });
});

describe('the subpath build, served with its _headers', () => {
  let host: StaticHost;
  let browser: Browser;
  beforeAll(async () => {
    host = await serveStatic(outDir, { base: BASE });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('serves the 404 page for a missing address, with working styles', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && r.url() !== `${host.origin}${BASE}no-such-page/`) failed.push(r.url());
    });
    const response = await page.goto(`${host.origin}${BASE}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(failed.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
    await page.close();
  });

  it('searches under the base, and every result leads to a page', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.origin}${BASE}search/?q=police`);
    await page.waitForFunction(() => !!document.getElementById('search-status')?.textContent && !document.getElementById('search-results')?.hasAttribute('aria-busy'));
    const links = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      expect(href.startsWith(BASE), href).toBe(true);
      expect(resolves(href), href).toBe(true);
    }
    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL((url) => url.pathname !== `${BASE}search/`);
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});
