import type { Page } from 'playwright-core';

/** One search result as the reader sees it on /search/. */
export interface Result {
  url: string;
  title: string;
  /** "Fact check", "Source archive" or "Chart". */
  type: string;
  /** The whole meta line, e.g. "Fact check · Inaccurate · Hong Kong Free Press · 21 November 2026". */
  meta: string;
  /** The verdict badge's label, for claims. */
  badge: string | null;
  excerpt: string | null;
  /** The highlighted words of the excerpt. */
  excerptMarks: string[];
  /** Matching source paragraphs, best first. */
  paragraphs: { url: string; text: string; marks: string[] }[];
}

/**
 * Opens a URL of the search page and waits until its script has started
 * and, when the URL asks for a search, until the results are shown.
 */
export async function openSearch(page: Page, origin: string, path: string): Promise<void> {
  await page.goto(origin + path);
  await page.waitForFunction(() => document.getElementById('search-nojs')?.hidden === true);
  if (new URL(origin + path, 'http://x').search) {
    await page.waitForFunction(() => {
      const status = document.getElementById('search-status');
      const list = document.getElementById('search-results');
      return !!status?.textContent && !list?.hasAttribute('aria-busy');
    });
  }
}

export async function readResults(page: Page): Promise<Result[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#search-results > li')].map((li) => {
      const meta = li.querySelector('.meta')?.textContent ?? '';
      return {
        url: li.querySelector('h2 a')?.getAttribute('href') ?? '',
        title: li.querySelector('h2')?.textContent ?? '',
        type: meta.split(' · ')[0] ?? '',
        meta,
        badge: li.querySelector('.meta .verdict-label')?.textContent ?? null,
        excerpt: li.querySelector(':scope > .excerpt')?.textContent ?? null,
        excerptMarks: [...li.querySelectorAll(':scope > .excerpt mark')].map((m) => m.textContent ?? ''),
        paragraphs: [...li.querySelectorAll('.paragraphs a')].map((a) => ({
          url: a.getAttribute('href') ?? '',
          text: a.querySelector('.excerpt')?.textContent ?? '',
          marks: [...a.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        })),
      };
    }),
  );
}

/** Searches through the URL, as a shared link would, and returns the results. */
export async function runSearch(page: Page, origin: string, query: string, extra = ''): Promise<Result[]> {
  await openSearch(page, origin, `/search/?q=${encodeURIComponent(query)}${extra}`);
  return readResults(page);
}
