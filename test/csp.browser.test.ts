/**
 * The Content Security Policy in a real browser (issue 8). dist/ is served
 * as Netlify or Cloudflare Pages would serve it, with the headers of its
 * _headers file (test/helpers/staticHost.ts), so Chromium enforces the
 * header CSP and each page's meta CSP together. Every page is visited with a
 * listener for `securitypolicyviolation` events (added before any page
 * script runs) and console CSP messages: there must be none. Search (Pagefind:
 * a worker and WebAssembly), the Copy citation helper and framing are then
 * used under that policy.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { load } from 'cheerio';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.ts';
import { DIST, TEST_BASE } from './helpers/deployment.ts';
import { distPages, pagesForBrowser, readPage } from './helpers/distPages.ts';
import { serveStatic, type StaticHost } from './helpers/staticHost.ts';

const pages = pagesForBrowser();

let host: StaticHost;
/** The site's home page on the local host, with the base path of the build under test. */
const home = () => host.origin + TEST_BASE;
let browser: Browser;

/** CSP trouble seen by one context: violation events, console messages, uncaught errors. */
interface Watch { context: BrowserContext; problems: string[]; }

async function watchedContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<Watch> {
  const context = await browser.newContext(options);
  const problems: string[] = [];
  // Survives navigations, unlike a variable in the page.
  await context.exposeBinding('__cspViolation', ({ frame }, text: string) => problems.push(`${frame.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation(t: string): void }).__cspViolation(
        `${e.disposition} ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} sample ${e.sample}`,
      );
    });
  });
  context.on('console', (msg) => {
    if (/content security policy|content-security-policy|\bCSP\b|refused to|permissions.policy/i.test(msg.text())) problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  context.on('weberror', (e) => problems.push(`uncaught ${e.error().message}`));
  return { context, problems };
}

beforeAll(async () => {
  host = await serveStatic(DIST, { base: TEST_BASE });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('every page under the enforced CSP', () => {
  let watch: Watch;
  let page: Page;
  beforeAll(async () => {
    watch = await watchedContext();
    page = await watch.context.newPage();
  });
  afterAll(() => watch.context.close());

  it.each(pages.map((p) => [p.url, p] as const))('%s: no CSP violation', async (url) => {
    watch.problems.length = 0;
    const response = await page.goto(`${host.origin}${url}`, { waitUntil: 'load' });
    // Redirect pages leave at once; their target is visited in its own right.
    await page.waitForLoadState('load');
    expect(response?.headers()['content-security-policy'], 'served with the header CSP').toMatch(/frame-ancestors/);
    // Let late scripts (the cite helper, search) run and report.
    await page.waitForTimeout(100);
    expect(watch.problems).toEqual([]);
  });
});

describe('the watch itself', () => {
  it('sees a violation when there is one', async () => {
    const { context, problems } = await watchedContext();
    const page = await context.newPage();
    await page.goto(home());
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img alt="" src="https://elsewhere.test/x.png"><p style="color: red">x</p>'));
    await expect.poll(() => problems.join('\n')).toMatch(/enforce img-src blocked https:\/\/elsewhere\.test\/x\.png/);
    await expect.poll(() => problems.join('\n')).toMatch(/enforce style-src-attr blocked inline/);
    expect(problems.join('\n')).toMatch(/console error: Loading the image 'https:\/\/elsewhere\.test\/x\.png' violates/);
    await context.close();
  });
});

describe('enhancements under the policy', () => {
  it('search runs Pagefind (worker and WebAssembly) and shows results', async () => {
    const { context, problems } = await watchedContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${home()}search/?q=police`);
    await page.waitForFunction(() => !!document.getElementById('search-status')?.textContent && !document.getElementById('search-results')?.hasAttribute('aria-busy'));
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “police”/);
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    // Pagefind ran in its worker, which fetched the WebAssembly and the index.
    expect(requested).toContain(`${TEST_BASE}pagefind/pagefind-worker.js`);
    expect(requested.some((p) => p.startsWith(`${TEST_BASE}pagefind/wasm.`))).toBe(true);
    // A second query from the form, as a reader would type it.
    await page.locator('#search-q').fill('67 000');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => /67 000/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("search needs 'wasm-unsafe-eval': without it Pagefind cannot compile its WebAssembly", async () => {
    const { context, problems } = await watchedContext();
    // The same site with the one keyword removed from every header and meta CSP.
    await context.route(`${host.origin}/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      const strip = (text: string) => text.replaceAll(" 'wasm-unsafe-eval'", '');
      if (headers['content-security-policy']) headers['content-security-policy'] = strip(headers['content-security-policy']);
      if (!headers['content-type']?.startsWith('text/html')) return route.fulfill({ response, headers });
      return route.fulfill({ response, headers, body: strip(await response.text()) });
    });
    const page = await context.newPage();
    await page.goto(`${home()}search/?q=police`);
    await page.waitForFunction(() => !!document.getElementById('search-status')?.textContent && !document.getElementById('search-results')?.hasAttribute('aria-busy'));
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(problems.join('\n')).toMatch(/Failed to load the Pagefind WASM/);
    await context.close();
  });

  it('Copy citation copies a <Cite> on a source page', async () => {
    const { context, problems } = await watchedContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    const page = await context.newPage();
    await page.goto(`${home()}sources/hksar-2017-12-07/`);
    await page.getByRole('button', { name: 'Copy citation for paragraph 9' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<Cite source="hksar-2017-12-07" p=\{9\}>.+<\/Cite>$/);
    expect(await page.locator('#cite-status').textContent()).toContain('Copied: <Cite source="hksar-2017-12-07" p={9}>');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('another site may frame a chart permalink but no other page', async () => {
    const { context, problems } = await watchedContext();
    const all = distPages();
    const chart = all.find((p) => /^charts\/[^/]+\/index\.html$/.test(p.rel))!;
    const claim = all.find((p) => /^claims\/[^/]+\/index\.html$/.test(p.rel) && !p.redirectTo)!;
    // Another site (another port, so another origin) with both in iframes.
    const embedder = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>embedder</title>
        <iframe name="chart" src="${host.origin}${chart.url}"></iframe>
        <iframe name="claim" src="${host.origin}${claim.url}"></iframe>`);
    });
    await new Promise<void>((resolve) => embedder.listen(0, '127.0.0.1', resolve));
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(embedder.address() as AddressInfo).port}/`);
    await page.waitForLoadState('load');
    const heading = async (name: string) =>
      (await page.frame({ name })?.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? null).catch(() => null)) ?? null;
    const h1 = (p: typeof chart) => load(readPage(p))('h1').first().text().trim();
    await expect.poll(() => heading('chart')).toBe(h1(chart));
    // The claim's frame shows the browser's "refused to connect" page instead.
    await expect.poll(() => page.frame({ name: 'claim' })?.url()).toMatch(/^chrome-error:/);
    expect(await heading('claim')).not.toBe(h1(claim));
    expect(problems.join('\n')).toMatch(/Framing '[^']+' violates the following Content Security Policy directive: "frame-ancestors 'none'"/);
    await context.close();
    embedder.close();
  });
});
