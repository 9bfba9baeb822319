/**
 * Search in a real browser (issue 5), against the built dist/ served as
 * `npm start` serves it: names and numbers however written find the right
 * claims and paragraphs, filters narrow, paragraph results land on #pN, the
 * query lives in the URL, hostile input injects nothing, the page says what
 * to do without JavaScript, and how many bytes one search costs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PreviewServer } from 'astro';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClaims } from '../src/lib/check/claims.ts';
import { loadSources } from '../src/lib/check/sources.ts';
import { verdictLabel } from '../src/lib/claims/verdicts.ts';
import { DIST, ROOT } from './helpers/deployment.ts';
import { launchChromium } from './helpers/browser.ts';
import { serveDist } from './helpers/serveDist.ts';
import { openSearch, readResults, runSearch, type Result } from './helpers/searchPage.ts';

let server: PreviewServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Problems any page reported: uncaught errors, console errors, HTTP errors, dialogs. */
const problems: string[] = [];
const { claims: content } = loadClaims(ROOT, loadSources(ROOT).sources);
/** The verdict of the claim that the query "803" finds first, as its page names it. */
const verdict803 = verdictLabel(content.get('hkfp-803-arrested')!.data.verdict, 'en');

function watch(p: Page) {
  p.on('pageerror', (e) => problems.push(`uncaught ${e.message}`));
  p.on('console', (m) => {
    // Chromium asks every origin for /favicon.ico; the site has none.
    if (m.type() === 'error' && !/favicon\.ico/.test(m.location().url)) problems.push(`console: ${m.text()} ${m.location().url}`);
  });
  p.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  p.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
}

beforeAll(async () => {
  ({ server, origin } = await serveDist());
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  watch(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const search = (query: string, extra = '') => runSearch(page, origin, query, extra);
const top = (results: Result[], n = 3) => results.slice(0, n);
const urls = (results: Result[]) => results.map((r) => r.url);
const paragraphUrls = (results: Result[]) => results.flatMap((r) => r.paragraphs.map((p) => p.url));

describe('finds names and numbers however they are written', () => {
  it('"837" → the press release ¶9 and the arithmetic check', async () => {
    const results = await search('837');
    expect(urls(top(results))).toContain('/claims/press-release-arithmetic/');
    expect(paragraphUrls(results)).toContain('/sources/hksar-2017-12-07/#p9');
    expect(problems).toEqual([]);
  });

  it('"803" → the HKFP claim first, and HKFP ¶6', async () => {
    const results = await search('803');
    expect(results[0]?.url).toBe('/claims/hkfp-803-arrested/');
    expect(paragraphUrls(top(results))).toContain('/sources/hkfp-2017-12-07/#p6');
  });

  it.each(['67,000', '67 000', '67\u00a0000', '67000'])('"%s" → the CGTN claim, and every paragraph that writes 67,000 or 67 000', async (query) => {
    const results = await search(query);
    expect(urls(top(results))).toContain('/claims/cgtn-67000-caught/');
    const paragraphs = paragraphUrls(results);
    // CGTN and HKFP write "67,000"; the press release writes "67 000" (no-break space).
    for (const p of ['/sources/cgtn-smuggling-briefing/#p4', '/sources/hkfp-2017-12-07/#p4', '/sources/hksar-2017-12-07/#p7']) expect(paragraphs).toContain(p);
    // The press release's "67 000" is highlighted, and the search-only forms are never shown.
    const hksar = results.find((r) => r.url === '/sources/hksar-2017-12-07/')!;
    expect(hksar.paragraphs.find((p) => p.url.endsWith('#p7'))!.marks.join(' ')).toMatch(/67\s000/);
    expect(results.flatMap((r) => [r.title, r.excerpt, ...r.paragraphs.map((p) => p.text)]).join(' ')).not.toMatch(/⁂|\b67000\b/);
  });

  it('"67,600" and "67 600" → China Daily', async () => {
    for (const query of ['67,600', '67 600']) {
      const results = await search(query);
      expect(paragraphUrls(top(results))).toContain('/sources/china-daily-2017-12-08/#p4');
    }
  });

  it.each(['3,470', '3470', '3 470'])('"%s" → the Mainland figures claim and China Daily ¶6', async (query) => {
    const results = await search(query);
    expect(urls(top(results))).toContain('/claims/mainland-cases-gangs-persons/');
    expect(paragraphUrls(results)).toContain('/sources/china-daily-2017-12-08/#p6');
  });

  it('"Yin Chengjun" → source paragraphs that name him, first', async () => {
    const results = await search('Yin Chengjun');
    const first = top(results).flatMap((r) => r.paragraphs);
    expect(first.length).toBeGreaterThan(0);
    expect(first[0]!.text).toMatch(/Yin Chengjun/);
    for (const p of ['/sources/cgtn-smuggling-briefing/#p9', '/sources/china-daily-2017-12-08/#p10', '/sources/hkfp-2017-12-07/#p13']) {
      expect(paragraphUrls(results)).toContain(p);
    }
  });

  it('"NECII" → the press release, which defines it, and claims', async () => {
    const results = await search('NECII');
    expect(urls(top(results))).toContain('/sources/hksar-2017-12-07/');
    expect(paragraphUrls(results)).toContain('/sources/hksar-2017-12-07/#p4');
    expect(results.some((r) => r.type === 'Fact check')).toBe(true);
  });

  it('claim results show the verdict badge, outlet and the date checked; source results the date published', async () => {
    const results = await search('803');
    expect(results[0]!.meta).toMatch(new RegExp(`^Fact check · ${verdict803} · Hong Kong Free Press · checked \\d{1,2} \\w+ \\d{4}$`));
    expect(results[0]!.badge).toBe(verdict803);
    const release = (await search('837', '&type=source')).find((r) => r.url === '/sources/hksar-2017-12-07/');
    expect(release?.meta).toMatch(/^Source archive · .+ · published 7 December 2017$/);
  });
});

describe('filters', () => {
  it('narrow results by type, verdict, outlet and topic, from the URL', async () => {
    const all = await search('67,000');
    const claims = await search('67,000', '&type=claim');
    const sources = await search('67,000', '&type=source');
    expect(claims.length).toBeGreaterThan(0);
    expect(sources.length).toBeGreaterThan(0);
    expect(claims.every((r) => r.type === 'Fact check')).toBe(true);
    expect(sources.every((r) => r.type === 'Source archive')).toBe(true);
    const notCharts = all.filter((r) => r.type !== 'Chart');
    expect(claims.length + sources.length).toBe(notCharts.length);
    const both = await search('67,000', '&type=claim&type=source');
    expect(urls(both).sort()).toEqual(urls(notCharts).sort());

    const cgtn = await search('67,000', `&outlet=CGTN`);
    expect(cgtn.length).toBeGreaterThan(0);
    expect(cgtn.length).toBeLessThan(all.length);
    expect(cgtn.every((r) => r.meta.includes('CGTN'))).toBe(true);

    // Every 803 result with that verdict, and nothing else.
    const withVerdict = await search('803', `&verdict=${verdict803}`);
    expect(urls(withVerdict)).toContain('/claims/hkfp-803-arrested/');
    expect(urls(withVerdict).sort()).toEqual(urls((await search('803')).filter((r) => r.badge === verdict803)).sort());

    // A topic alone lists exactly the claims with that tag.
    const dated = [...content.values()].filter((c) => c.data.tags.includes('dates')).map((c) => `/claims/${c.slug}/`);
    expect(dated.length).toBeGreaterThan(1);
    expect(urls(await search('', '&tag=dates')).sort()).toEqual(dated.sort());
    expect(await page.locator('#search-status').textContent()).toContain('topic Dates');
  });

  it('from the controls, updating the URL; filters alone list pages', async () => {
    await openSearch(page, origin, '/search/?q=NECII');
    const before = (await readResults(page)).length;
    await page.getByRole('checkbox', { name: 'Fact checks' }).check();
    await page.waitForURL(/type=claim/);
    await page.waitForFunction(() => !document.getElementById('search-results')!.hasAttribute('aria-busy'));
    await expect.poll(async () => (await readResults(page)).every((r) => r.type === 'Fact check')).toBe(true);
    const claimsOnly = await readResults(page);
    expect(claimsOnly.length).toBeLessThan(before);

    await page.getByLabel('Verdict').selectOption('Accurate');
    await page.waitForURL(/verdict=Accurate/);
    await expect.poll(async () => (await readResults(page)).every((r) => r.badge === 'Accurate')).toBe(true);
    expect(page.url()).toContain('q=NECII');

    // No words, only a filter: every page of that type.
    const onlyFilter = await runSearch(page, origin, '', '&type=source');
    expect(onlyFilter.length).toBe(readdirSync(join(DIST, 'sources'), { withFileTypes: true }).filter((d) => d.isDirectory()).length);
    expect(problems).toEqual([]);
  });
});

describe('chart pages', () => {
  const charts = existsSync(join(DIST, 'charts'))
    ? readdirSync(join(DIST, 'charts'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(DIST, 'charts', d.name, 'index.html')))
    : [];
  it.skipIf(!charts.length)('are indexed as type chart', async () => {
    const results = await search('', '&type=chart');
    expect(urls(results).sort()).toEqual(charts.map((d) => `/charts/${d.name}/`).sort());
    expect(results.every((r) => r.type === 'Chart')).toBe(true);
  });
});

describe('results', () => {
  it('paragraph links land on the paragraph, by mouse and by keyboard', async () => {
    const results = await search('Yin Chengjun');
    const target = results.flatMap((r) => r.paragraphs)[0]!;
    await page.locator(`#search-results a[href="${target.url}"]`).click();
    await page.waitForURL(`**${target.url}`);
    const landed = await page.evaluate(() => ({ hash: location.hash, text: document.getElementById(location.hash.slice(1))?.textContent ?? null }));
    expect(landed.hash).toBe(target.url.slice(target.url.indexOf('#')));
    expect(landed.hash).toMatch(/^#p\d+$/);
    expect(landed.text).toMatch(/Yin Chengjun/);

    await search('803');
    const link = page.locator('#search-results a[href$="#p6"]').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sources/hkfp-2017-12-07/#p6');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p6');
  });

  it('are a list of links under a polite status line, with the query in the box', async () => {
    await search('Yin Chengjun');
    const structure = await page.evaluate(() => {
      const status = document.getElementById('search-status')!;
      const list = document.getElementById('search-results')!;
      return {
        role: status.getAttribute('role'),
        status: status.textContent,
        list: list.tagName,
        items: list.querySelectorAll(':scope > li').length,
        titlesAreLinks: [...list.querySelectorAll(':scope > li')].every((li) => !!li.querySelector('h2 > a[href]')),
        input: (document.getElementById('search-q') as HTMLInputElement).value,
        label: document.querySelector('label[for="search-q"]')?.textContent,
        nojsHidden: document.getElementById('search-nojs')!.hidden,
      };
    });
    expect(structure).toMatchObject({ role: 'status', list: 'OL', titlesAreLinks: true, input: 'Yin Chengjun', nojsHidden: true });
    expect(structure.status).toBe(`${structure.items} results for “Yin Chengjun”.`);
    expect(structure.label).toBeTruthy();
  });

  it('typing searches and puts the query in the URL, so it can be shared', async () => {
    await openSearch(page, origin, '/search/');
    await page.getByLabel('Words, names or numbers').fill('67 000');
    await page.waitForURL(/\?q=67\+000$/);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    const shared = page.url();
    const again = await browser.newPage();
    watch(again);
    await openSearch(again, '', shared);
    expect(urls(await readResults(again))).toEqual(urls(await readResults(page)));
    await again.close();
  });

  it('the header search form on every other page is a plain GET to the search page', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const p = await off.newPage();
    await p.goto(`${origin}/sources/`);
    await p.getByRole('searchbox', { name: 'Search claims and sources' }).fill('Yin Chengjun');
    await p.getByRole('searchbox', { name: 'Search claims and sources' }).press('Enter');
    await p.waitForURL(`${origin}/search/?q=Yin+Chengjun`);
    await off.close();
  });
});

describe('hostile and odd input', () => {
  const inputs = [
    '"67,000" \'quoted\' "',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)><script>alert(2)</script>',
    '</mark><img src=x onerror=alert(3)>',
    'javascript:alert(1)',
    '😀🔎 NECII 👍',
    'Yin '.repeat(125),
    '!!! ??? ... ,,, ---',
    '%3Cimg%20src%3Dx%3E',
  ];

  /** Elements and attributes outside the results that a search must never add. */
  const snapshot = (p: Page) =>
    p.evaluate(() => {
      const outside = [...document.body.querySelectorAll('*')].filter((el) => !el.closest('#search-results, #search-status'));
      const inside = [...document.querySelectorAll('#search-results *, #search-status *')];
      return {
        outside: outside.length,
        insideTags: [...new Set(inside.map((el) => el.tagName.toLowerCase()))].sort(),
        handlers: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('on'))),
        images: document.images.length,
        scripts: document.scripts.length,
        hrefs: [...document.querySelectorAll('#search-results a, #search-status a')].map((a) => a.getAttribute('href')!),
      };
    });

  it.each(inputs)('%s: no error, nothing injected', async (input) => {
    problems.length = 0;
    const clean = await snapshot((await openSearch(page, origin, '/search/'), page));
    for (const how of ['url', 'typed'] as const) {
      if (how === 'url') await openSearch(page, origin, `/search/?q=${encodeURIComponent(input)}`);
      else {
        await openSearch(page, origin, '/search/');
        await page.getByLabel('Words, names or numbers').fill(input);
        await page.getByRole('button', { name: 'Search' }).click();
      }
      await page.waitForFunction(() => document.getElementById('search-status')!.textContent !== '' && !document.getElementById('search-results')!.hasAttribute('aria-busy'));
      const after = await snapshot(page);
      expect(after.outside, `${how}: elements outside the results`).toBe(clean.outside);
      expect(after.handlers, `${how}: event handler attributes`).toEqual([]);
      expect(after.images, `${how}: images`).toBe(clean.images);
      expect(after.scripts, `${how}: scripts`).toBe(clean.scripts);
      expect(after.insideTags.filter((t) => !['a', 'circle', 'h2', 'li', 'mark', 'p', 'path', 'rect', 'span', 'svg', 'ul'].includes(t)), `${how}: elements in results`).toEqual([]);
      expect(after.hrefs.filter((h) => !/^\/[\w/#-]*$/.test(h)), `${how}: links`).toEqual([]);
      const status = await page.locator('#search-status').textContent();
      expect(status).toMatch(/results? for “|No results for “|Type a word/);
      if (/[\p{L}\p{N}]/u.test(input)) expect(status).toContain(input.trim().slice(0, 20));
      expect(await page.locator('#search-q').inputValue()).toBe(input);
    }
    expect(problems).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('the search page says search needs JavaScript and links to the claims and sources', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const p = await off.newPage();
    await p.goto(`${origin}/search/?q=837`);
    const notice = p.locator('#search-nojs');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/needs JavaScript/);
    expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/claims/', '/sources/']);
    await off.close();
  });
});

describe('cost', () => {
  it('loads Pagefind only to search, and reports the bytes one query fetches', async () => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    watch(p);
    type Fetched = { url: string; bytes: number; estimated?: true };
    const requested: string[] = [];
    const finished: Promise<Fetched>[] = [];
    // The page icon is fetched by the browser on its own schedule, not by the search.
    p.on('request', (request) => {
      if (!request.url().endsWith('/favicon.svg')) requested.push(request.url().replace(origin, ''));
    });
    p.on('requestfinished', (request) => {
      if (request.url().endsWith('/favicon.svg')) return;
      finished.push(
        (async (): Promise<Fetched> => {
          const url = request.url().replace(origin, '');
          const { responseBodySize } = await request.sizes();
          // Chromium reports no size for a worker's script; count it as the server sends it, gzipped.
          if (responseBodySize || !url.startsWith('/pagefind/')) return { url, bytes: responseBodySize };
          return { url, bytes: gzipSync(readFileSync(join(DIST, new URL(request.url()).pathname))).length, estimated: true };
        })(),
      );
    });
    await openSearch(p, origin, '/search/');
    await p.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('/pagefind/')), 'Pagefind before any search').toEqual([]);

    const [requestedBefore, finishedBefore] = [requested.length, finished.length];
    await p.getByLabel('Words, names or numbers').fill('67,000');
    await p.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    await p.waitForLoadState('networkidle');
    const query = await Promise.all(finished.slice(finishedBefore));
    expect(query.map((f) => f.url).sort(), 'every request of the search finished and was measured').toEqual(requested.slice(requestedBefore).sort());
    const total = query.reduce((sum, f) => sum + f.bytes, 0);
    const indexBytes = sizeOf(join(DIST, 'pagefind'));
    console.log(
      `search cost: one query ("67,000", cold cache) fetched ${total.toLocaleString('en-GB')} bytes (response bodies) in ${query.length} requests; ` +
        `dist/pagefind/ is ${indexBytes.toLocaleString('en-GB')} bytes\n  ${query.map((f) => `${f.bytes.toLocaleString('en-GB').padStart(8)}  ${f.url}${f.estimated ? ' (no size reported: gzip of the file)' : ''}`).join('\n  ')}`,
    );
    expect(query.every((f) => f.url.startsWith('/pagefind/'))).toBe(true);
    expect(total).toBeLessThan(indexBytes);
    expect(total).toBeLessThan(250 * 1024);

    // The search page's own script, gzipped, excluding Pagefind.
    const scripts = await p.evaluate(() => [...document.scripts].map((s) => s.src).filter(Boolean));
    const ours = scripts.map((src) => gzipSync(readFileSync(join(DIST, new URL(src).pathname)), { level: 9 }).length).reduce((a, b) => a + b, 0);
    console.log(`search cost: the search page's own script is ${ours.toLocaleString('en-GB')} bytes gzipped`);
    expect(ours).toBeLessThan(20 * 1024);
    expect(problems).toEqual([]);
    await fresh.close();
  });
});

function sizeOf(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}
