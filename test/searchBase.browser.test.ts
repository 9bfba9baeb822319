/**
 * Search under a subpath (issue 5): runs in the "subpath" project
 * (vitest.config.ts), on the site built with BASE=/factcheck/ and served with
 * Astro's preview at that base. Pagefind's files, the header form and every
 * result link must carry the base, and a result must land on its paragraph.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviewServer } from 'astro';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.ts';
import { DIST, TEST_BASE } from './helpers/deployment.ts';
import { openSearch, readResults, runSearch } from './helpers/searchPage.ts';
import { serveDist } from './helpers/serveDist.ts';

const BASE = TEST_BASE;
const outDir = DIST;
let server: PreviewServer;
let site: string;
let browser: Browser;

beforeAll(async () => {
  // Outside the subpath project this file would test nothing new.
  if (BASE === '/') throw new Error('searchBase.browser.test.ts runs in the "subpath" project: npx vitest run --project subpath');
  const served = await serveDist();
  server = served.server;
  site = served.origin + BASE.slice(0, -1);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('builds the index into the subpath build', () => {
  expect(existsSync(join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  const html = readFileSync(join(outDir, 'search', 'index.html'), 'utf8');
  expect(html).toContain(`data-bundle="${BASE}pagefind/pagefind.js"`);
  expect(readFileSync(join(outDir, 'sources', 'index.html'), 'utf8')).toMatch(new RegExp(`<form[^>]*action="${BASE}search/"`));
});

it('searches under the subpath, and results land on their paragraph', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => problems.push(`uncaught ${e.message}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });

  // From the header form of another page, as a reader would.
  await page.goto(`${site}/sources/`);
  await page.getByRole('searchbox', { name: 'Search claims and sources' }).fill('67 000');
  await page.getByRole('searchbox', { name: 'Search claims and sources' }).press('Enter');
  await page.waitForURL(`${site}/search/?q=67+000`);
  await openSearch(page, '', page.url());
  const results = await readResults(page);
  expect(results.map((r) => r.url)).toContain(`${BASE}claims/cgtn-67000-caught/`);
  expect(results.every((r) => r.url.startsWith(BASE))).toBe(true);
  expect(results.flatMap((r) => r.paragraphs.map((p) => p.url))).toContain(`${BASE}sources/hksar-2017-12-07/#p7`);
  expect(requests).toContain(`${BASE}pagefind/pagefind.js`);
  expect(requests.filter((r) => r.includes('/pagefind/') && !r.startsWith(`${BASE}pagefind/`))).toEqual([]);

  const yin = await runSearch(page, site, 'Yin Chengjun');
  const target = yin.flatMap((r) => r.paragraphs)[0]!;
  expect(target.url).toMatch(new RegExp(`^${BASE}sources/[\\w-]+/#p\\d+$`));
  await page.locator(`#search-results a[href="${target.url}"]`).click();
  await page.waitForURL(`**${target.url}`);
  const landed = await page.evaluate(() => ({ hash: location.hash, text: document.getElementById(location.hash.slice(1))?.textContent ?? '' }));
  expect(landed.hash).toMatch(/^#p\d+$/);
  expect(landed.text).toMatch(/Yin Chengjun/);
  expect(problems).toEqual([]);
  await page.close();
});
