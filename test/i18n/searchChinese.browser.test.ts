/**
 * The Chinese search page (/zh-hant/search/) in a real browser: Pagefind's
 * Chinese index finds what a Hong Kong reader would type in the translated
 * pages (a verdict word, a two-character word inside a longer phrase, a
 * number) and numbers however a source writes them, and it never returns an
 * English page.
 */
import type { PreviewServer } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveDist } from '../helpers/serveDist.ts';
import { openSearch, readResults, type Result } from '../helpers/searchPage.ts';

let server: PreviewServer;
let origin: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, origin } = await serveDist());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function search(query: string): Promise<Result[]> {
  await openSearch(page, origin, `/zh-hant/search/?q=${encodeURIComponent(query)}`);
  return readResults(page);
}

describe('Chinese search', () => {
  it('finds the claims with a verdict by its Chinese name, and labels them in Chinese', async () => {
    const results = await search('無從證實');
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.url)).toContain('/zh-hant/claims/hkfp-803-arrested/');
    expect(results.every((r) => r.url.startsWith('/zh-hant/'))).toBe(true);
    expect(results.find((r) => r.url === '/zh-hant/claims/hkfp-803-arrested/')!.type).toBe('事實查核');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+項結果：「無從證實」/);
  });

  it('finds a two-character word inside a longer phrase', async () => {
    // 截獲 stands inside 「在香港截獲或識別」 and 「內地截獲的人數」.
    const results = await search('截獲');
    expect(results.map((r) => r.url)).toEqual(expect.arrayContaining(['/zh-hant/claims/hkfp-803-arrested/', '/zh-hant/claims/cgtn-67000-caught/']));
  });

  it('highlights the words that matched in Chinese excerpts, as Pagefind segmented them', async () => {
    const results = await search('截獲');
    const marks = results.flatMap((r) => [...r.excerptMarks, ...r.paragraphs.flatMap((p) => p.marks)]);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => !m.includes('截獲'))).toEqual([]);
    const claim = results.find((r) => r.url === '/zh-hant/claims/hkfp-803-arrested/')!;
    expect(claim.excerpt).toContain('截獲');
  });

  it('finds a number in the translated text', async () => {
    const results = await search('837');
    expect(results.map((r) => r.url)).toContain('/zh-hant/claims/hkfp-803-arrested/');
  });

  it('finds a number however the source writes it, on the Chinese source pages', async () => {
    for (const query of ['67000', '67,000', '67 000']) {
      const results = await search(query);
      expect(results.map((r) => r.url), query).toContain('/zh-hant/sources/hksar-2017-12-07/');
    }
  });

  it('finds a romanised name as the sources write it', async () => {
    const results = await search('Yin Chengjun');
    expect(results.map((r) => r.url)).toContain('/zh-hant/claims/hkfp-yin-chengjun-title/');
  });

  it('searches the Chinese pages only: an English word from a source finds its Chinese page', async () => {
    const results = await search('syndicates');
    expect(results.map((r) => r.url)).toContain('/zh-hant/sources/hksar-2017-12-07/');
    expect(results.every((r) => r.url.startsWith('/zh-hant/'))).toBe(true);
  });
});
