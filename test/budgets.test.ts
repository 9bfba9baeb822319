/**
 * Byte budgets for every HTML page in dist/ (issue 6), as deterministic
 * tests: sizes are gzip at level 9 (node:zlib gzipSync, `level: 9`) of the
 * built files, so the same build always gives the same numbers.
 *
 *  - HTML plus its linked stylesheets ≤ 14 KB (14 × 1024 bytes) gzipped, so a
 *    page renders from the first round trips; a genuinely data-heavy page may
 *    be given its own, larger budget in DATA_HEAVY_PAGES, with the reason.
 *  - No <script> except on the pages in PAGES_ALLOWED_JS (scriptPolicy.ts).
 *  - At most 20 KB of JavaScript gzipped on any page: inline scripts, script
 *    files and every module they import, except Pagefind's own files under
 *    /pagefind/, which only the search page loads.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { distPages, fileForPath, readPage, SITE_ORIGIN, type DistPage } from './helpers/distPages.ts';
import { matchesPage, PAGES_ALLOWED_JS } from './helpers/scriptPolicy.ts';

const KB = 1024;
/** HTML + CSS budget for a page, in gzipped bytes. */
const PAGE_BUDGET = 14 * KB;
/** JavaScript budget for any page, in gzipped bytes, Pagefind's files excluded. */
const JS_BUDGET = 20 * KB;
/**
 * Pages that are genuinely data-heavy, with their own HTML + CSS budget and
 * why. Same pattern syntax as PAGES_ALLOWED_JS, which matches both languages:
 * these patterns name the Chinese pages by their full path.
 */
const DATA_HEAVY_PAGES: readonly { pattern: string; budget: number; why: string }[] = [
  { pattern: '=zh-hant/claims/*', budget: 16 * KB, why: 'a Chinese fact check gives every quotation twice: the source\'s English words and the site\'s translation, in 3-byte UTF-8' },
  { pattern: '=zh-hant/background/', budget: 16 * KB, why: 'the background page in Chinese gives every quotation in English and in translation' },
];

const gzipped = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** The dist/ file a URL on this site refers to, or throws naming the page. */
function fileFor(ref: string, page: DistPage): string {
  const url = new URL(ref, SITE_ORIGIN + page.url);
  const file = url.origin === SITE_ORIGIN ? fileForPath(url.pathname) : undefined;
  if (!file) throw new Error(`${page.url}: "${ref}" is not a file of this site in dist/`);
  return file;
}

/** The URL paths a JavaScript module imports, statically or dynamically. */
function importsOf(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g),
    ...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.filter((s) => s.startsWith('/') || s.startsWith('./') || s.startsWith('../'));
}

interface PageBytes {
  page: DistPage;
  html: number;
  css: { file: string; bytes: number }[];
  /** Every <script> other than data blocks (JSON-LD), as a short description. */
  scripts: string[];
  js: { file: string; bytes: number }[];
}

const isPagefind = (url: string) => new URL(url, SITE_ORIGIN).pathname.includes('/pagefind/');

function measure(page: DistPage): PageBytes {
  const html = readPage(page);
  const $ = load(html);
  const css = $('link[rel~="stylesheet"][href]')
    .map((_, el) => $(el).attr('href')!)
    .get()
    .map((href) => {
      const file = fileFor(href, page);
      return { file: href, bytes: gzipped(readFileSync(file)) };
    });

  const scripts: string[] = [];
  const js: { file: string; bytes: number }[] = [];
  const seen = new Set<string>();
  const addModule = (ref: string, from: string) => {
    const url = new URL(ref, SITE_ORIGIN + from);
    if (isPagefind(url.href) || seen.has(url.pathname)) return;
    seen.add(url.pathname);
    const code = readFileSync(fileFor(url.pathname, page), 'utf8');
    js.push({ file: url.pathname, bytes: gzipped(code) });
    for (const imported of importsOf(code)) addModule(imported, url.pathname);
  };
  $('script').each((i, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    if (type === 'application/ld+json' || type === 'application/json') return; // data, not code
    const src = $(el).attr('src');
    scripts.push(src ? `<script src="${src}">` : `inline <script> #${i + 1}`);
    if (src) addModule(src, page.url);
    else {
      const code = $(el).text();
      js.push({ file: `inline <script> #${i + 1}`, bytes: gzipped(code) });
      for (const imported of importsOf(code)) addModule(imported, page.url);
    }
  });
  $('link[rel~="modulepreload"][href]').each((_, el) => {
    scripts.push(`<link rel="modulepreload" href="${$(el).attr('href')}">`);
    addModule($(el).attr('href')!, page.url);
  });
  $('*').each((_, el) => {
    const handler = Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).find((a) => /^on/i.test(a));
    if (handler) scripts.push(`${handler}= handler on <${(el as { tagName: string }).tagName}>`);
  });
  return { page, html: gzipped(html), css, scripts, js };
}

const measured = distPages().map(measure);
const sum = (items: { bytes: number }[]) => items.reduce((n, i) => n + i.bytes, 0);

function budgetFor(page: DistPage): { budget: number; why?: string } {
  const heavy = DATA_HEAVY_PAGES.find((h) => matchesPage([h.pattern], page.url));
  return heavy ? { budget: heavy.budget, why: heavy.why } : { budget: PAGE_BUDGET };
}

describe(`HTML + linked CSS ≤ ${PAGE_BUDGET / KB} KB gzipped (level 9)`, () => {
  it.each(
    measured.map((m) => {
      const total = m.html + sum(m.css);
      const { budget } = budgetFor(m.page);
      return [m.page.url, `${total} B`, `${budget} B`, m] as const;
    }),
  )('%s: %s of %s', (_url, _total, _budget, m) => {
    const total = m.html + sum(m.css);
    const { budget, why } = budgetFor(m.page);
    const parts = [`HTML ${m.html} B`, ...m.css.map((c) => `${c.file} ${c.bytes} B`)].join(' + ');
    expect(total, `${m.page.url} is ${total} bytes gzipped (${parts}), over its budget of ${budget} bytes${why ? ` (${why})` : ''}`).toBeLessThanOrEqual(budget);
  });
});

describe('JavaScript only where a page needs it', () => {
  it.each(measured.map((m) => [m.page.url, m] as const))('%s', (url, m) => {
    if (matchesPage(PAGES_ALLOWED_JS, url)) return;
    expect(m.scripts, `${url} is not in PAGES_ALLOWED_JS (test/helpers/scriptPolicy.ts) but has script`).toEqual([]);
  });
});

describe(`JavaScript ≤ ${JS_BUDGET / KB} KB gzipped per page (level 9, Pagefind's /pagefind/ files excluded)`, () => {
  it.each(measured.map((m) => [m.page.url, `${sum(m.js)} B`, m] as const))('%s: %s', (url, _total, m) => {
    const total = sum(m.js);
    const parts = m.js.map((j) => `${j.file} ${j.bytes} B`).join(' + ');
    expect(total, `${url} loads ${total} bytes of JavaScript gzipped (${parts}), over ${JS_BUDGET}`).toBeLessThanOrEqual(JS_BUDGET);
  });
});
