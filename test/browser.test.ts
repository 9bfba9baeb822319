/**
 * Quality gates in a real browser (issue 6), on every HTML page in dist/:
 * axe-core (WCAG 2.2 AA) in light and dark at phone and desktop width; no
 * console errors, failed or off-site requests; the skip link and visible
 * focus by keyboard; full content with JavaScript off.
 *
 * Speed: one Chromium for the file, one reused context and tab per variant,
 * pages visited one after another. Each page is loaded once per variant and
 * the results are shared by the tests that read them (visit() memoises).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviewServer } from 'astro';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/deployment.ts';
import { translate } from '../src/i18n/index.ts';
import { launchChromium } from './helpers/browser.ts';
import { pagesForBrowser } from './helpers/distPages.ts';
import { matchesPage, PAGES_NEEDING_JS } from './helpers/scriptPolicy.ts';
import { serveDist } from './helpers/serveDist.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

interface Variant { name: string; colorScheme: 'light' | 'dark'; width: number; }
const VARIANTS: Variant[] = [
  { name: 'light 390px', colorScheme: 'light', width: 390 },
  { name: 'dark 390px', colorScheme: 'dark', width: 390 },
  { name: 'light 1280px', colorScheme: 'light', width: 1280 },
  { name: 'dark 1280px', colorScheme: 'dark', width: 1280 },
];
/** Tab stops followed per page before giving up (a focus trap or a huge page). */
const MAX_TAB_STOPS = 400;

// Redirect pages (a renamed claim's old address) leave for their target at
// once, so there is nothing of theirs to test in a browser; builtHtml.test.ts
// checks their markup and that their target exists.
const pages = pagesForBrowser().filter((p) => !p.redirectTo);

let server: PreviewServer;
let origin: string;
let browser: Browser;

/** What happened on the wire and in the console while a page loaded. */
interface Traffic { consoleErrors: string[]; failed: string[]; offSite: string[]; }
interface Tab { context: BrowserContext; page: Page; cdp: CDPSession; traffic: Traffic; }

/**
 * A context whose tab records console errors, uncaught exceptions, failed
 * requests and HTTP errors, and which blocks and records every request to a
 * host other than the local server.
 */
async function openTab(options: Parameters<Browser['newContext']>[0]): Promise<Tab> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const traffic: Traffic = { consoleErrors: [], failed: [], offSite: [] };
  const blocked = new Set<string>();
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    traffic.offSite.push(url);
    blocked.add(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // An off-site request we blocked is reported once, under offSite.
    if (/ERR_BLOCKED_BY_CLIENT/.test(msg.text()) && blocked.size) return;
    const where = msg.location();
    traffic.consoleErrors.push(`${msg.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => traffic.consoleErrors.push(`uncaught ${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!blocked.has(request.url())) traffic.failed.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) traffic.failed.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
  });
  return { context, page, cdp: await context.newCDPSession(page), traffic };
}

const TAB_KEY = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
/**
 * Presses Tab `n` times. The same trusted key events page.keyboard.press
 * sends, but sent to the DevTools protocol in one go (it handles them in
 * order), instead of one round trip after another: three times faster.
 */
async function pressTab(tab: Tab, n: number) {
  await Promise.all(
    Array.from({ length: n }, () => [
      tab.cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...TAB_KEY }),
      tab.cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...TAB_KEY }),
    ]).flat(),
  );
}

/** Loads `url` in a tab with fresh traffic records, and waits until scripts have settled for a frame. */
async function load(tab: Tab, url: string, scripting = true): Promise<Traffic> {
  tab.traffic.consoleErrors = [];
  tab.traffic.failed = [];
  tab.traffic.offSite = [];
  const response = await tab.page.goto(origin + url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) tab.traffic.failed.push(`GET ${url}: HTTP ${response?.status()}`);
  // Let scripts run their first frame, so errors they log are caught (page.evaluate would hang with JS off).
  if (scripting) await tab.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return { ...tab.traffic };
}

interface AxeViolation { id: string; impact: string | null; help: string; targets: string[]; }

async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so a page's CSP does not stop it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' >>> ')),
    }));
  }, AXE_TAGS);
}

/**
 * The visible text of <main>, one trimmed non-empty line each, plus counts of
 * content-bearing elements. Only locator calls, which Playwright runs in its
 * own isolated world, so this works with JavaScript disabled too.
 */
async function mainContent(page: Page) {
  const main = page.locator('main');
  if ((await main.count()) !== 1) return null;
  // Controls a script adds (copy buttons, toggles) are not content.
  const controls = new Set(
    (await main.locator('button, [role="button"], input, select, textarea').allInnerTexts()).flatMap((t) =>
      t.split('\n').map((l) => l.trim()),
    ),
  );
  const lines = (await main.innerText()).split('\n').map((l) => l.trim()).filter((l) => l && !controls.has(l));
  const elements: Record<string, number> = {};
  for (const tag of ['svg', 'img', 'table', 'figure', 'li', 'a[href]']) elements[tag] = await main.locator(tag).count();
  return { lines, elements };
}

interface Visit {
  axe: { variant: string; violations: AxeViolation[] }[];
  traffic: { variant: string; traffic: Traffic }[];
  content: Awaited<ReturnType<typeof mainContent>>;
}

let tabs: Tab[] = [];
/** A desktop tab with JavaScript disabled, opened on first use. */
let noJsTab: Tab | undefined;
const visits = new Map<string, Promise<Visit>>();

/** Loads a page once in every variant, runs axe and records traffic; memoised per URL. */
function visit(url: string): Promise<Visit> {
  let result = visits.get(url);
  if (!result) {
    result = (async () => {
      const out: Visit = { axe: [], traffic: [], content: null };
      // The variants of one page load side by side, one tab each; pages stay one at a time.
      await Promise.all(
        tabs.map(async (tab, i) => {
          const variant = VARIANTS[i]!.name;
          out.traffic[i] = { variant, traffic: await load(tab, url) };
          out.axe[i] = { variant, violations: await runAxe(tab.page) };
          if (VARIANTS[i]!.colorScheme === 'light' && VARIANTS[i]!.width === 1280) out.content = await mainContent(tab.page);
        }),
      );
      return out;
    })();
    visits.set(url, result);
  }
  return result;
}

beforeAll(async () => {
  ({ server, origin } = await serveDist());
  browser = await launchChromium();
  tabs = await Promise.all(
    VARIANTS.map((v) => openTab({ viewport: { width: v.width, height: 900 }, colorScheme: v.colorScheme })),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(pages.map((p) => [p.url] as const))('%s', (url) => {
  it(`has no axe violations (${AXE_TAGS.join(', ')}) in light and dark at 390 and 1280 px`, async () => {
    const { axe } = await visit(url);
    const report = axe.flatMap(({ variant, violations }) =>
      violations.map((v) => `${url} [${variant}] ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`),
    );
    expect(report).toEqual([]);
  });

  it('logs no console error and makes no failed or off-site request', async () => {
    const { traffic } = await visit(url);
    const report = traffic.flatMap(({ variant, traffic: t }) => [
      ...t.consoleErrors.map((e) => `[${variant}] console error: ${e}`),
      ...t.failed.map((e) => `[${variant}] failed request: ${e}`),
      ...t.offSite.map((e) => `[${variant}] off-site request (blocked): ${e}`),
    ]);
    // The same problem in every variant is listed once.
    expect([...new Set(report.map((r) => r.replace(/^\[[^\]]+\] /, '')))]).toEqual([]);
  });

  it('the skip link is the first Tab stop, is visible when focused and moves focus to <main>', async () => {
    await Promise.all([tabs[0]!, tabs[3]!].map(async (tab) => {
      await load(tab, url);
      const { page } = tab;
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const main = document.querySelector('main');
        if (!el || el === document.body) return { ok: false, why: 'Tab focused nothing' };
        const href = el.getAttribute('href') ?? '';
        const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          ok: true,
          tag: el.tagName.toLowerCase(),
          text: el.innerText.trim(),
          href,
          targetsMain: !!main && target === main,
          onScreen: r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
          onTop: !!hit && (hit === el || el.contains(hit)),
        };
      });
      const where = `${url} at ${page.viewportSize()?.width}px`;
      expect(first, `${where}: first Tab stop`).toMatchObject({ ok: true, tag: 'a', targetsMain: true });
      expect(first.text, `${where}: skip link text`).toBe(translate(url.includes('/zh-hant/') ? 'zh-hant' : 'en')('layout.skip'));
      expect(first.onScreen, `${where}: skip link inside the viewport when focused`).toBe(true);
      expect(first.onTop, `${where}: skip link not covered by another element when focused`).toBe(true);
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el === document.querySelector('main') ? 'main' : el ? `${el.tagName.toLowerCase()}#${el.id}` : 'nothing';
      });
      expect(focused, `${where}: focus after activating the skip link`).toBe('main');
    }));
  });

  it('shows visible focus on every Tab stop', async () => {
    const tab = tabs[2]!;
    await load(tab, url);
    const { page } = tab;
    // Each focus is recorded in the page as it happens (with the styles it has
    // then), so Tab can be pressed in batches with one read-back per batch.
    await page.evaluate(() => {
      const log: { name: string; visible: boolean; shown: boolean; repeat: boolean }[] = [];
      const seen = new WeakSet<Element>();
      (window as unknown as { __focusLog: typeof log }).__focusLog = log;
      document.addEventListener('focusin', () => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return;
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const text = (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const href = el.getAttribute('href');
        log.push({
          name: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${href ? ` href="${href}"` : ''}> "${text}"`,
          visible: (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none',
          shown: r.width > 1 && r.height > 1 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
          repeat: seen.has(el),
        });
        seen.add(el);
      }, true);
    });
    type Stop = { name: string; visible: boolean; shown: boolean; repeat: boolean };
    let stops: Stop[] = [];
    let ended = false;
    for (let pressed = 0; pressed < MAX_TAB_STOPS && !ended; ) {
      await pressTab(tab, 10);
      pressed += 10;
      const state = await page.evaluate(() => ({
        log: (window as unknown as { __focusLog: Stop[] }).__focusLog,
        onBody: document.activeElement === document.body || !document.activeElement,
      }));
      const firstRepeat = state.log.findIndex((s) => s.repeat);
      // The walk ends when focus leaves the document or comes round again.
      ended = state.onBody || firstRepeat >= 0;
      stops = firstRepeat >= 0 ? state.log.slice(0, firstRepeat) : state.log;
    }
    expect(stops.length, `${url}: no Tab stop reached (is anything focusable?)`).toBeGreaterThan(0);
    expect(ended, `${url}: Tab never left the page after ${MAX_TAB_STOPS} presses (focus trap?)`).toBe(true);
    const problems = stops.flatMap((s) => [
      ...(s.visible ? [] : [`${url}: no focus outline or box-shadow on ${s.name}`]),
      ...(s.shown ? [] : [`${url}: focused element is not visible: ${s.name}`]),
    ]);
    expect(problems).toEqual([]);
  });

  // A page that needs JS (search) has its own no-JS test in search.browser.test.ts.
  if (!matchesPage(PAGES_NEEDING_JS, url)) it('shows its full content with JavaScript disabled', async () => {
    const withJs = (await visit(url)).content;
    const noJs = noJsTab ??= await openTab({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await load(noJs, url, false);
    const without = await mainContent(noJs.page);
    expect(withJs, `${url}: <main> with JS`).not.toBeNull();
    expect(without, `${url}: <main> without JS`).not.toBeNull();
    expect(without!.lines.length, `${url}: <main> text without JS`).toBeGreaterThan(0);
    const present = new Set(without!.lines);
    expect(withJs!.lines.filter((l) => !present.has(l)), `${url}: lines of <main> missing without JS`).toEqual([]);
    for (const [tag, n] of Object.entries(withJs!.elements)) {
      expect(without!.elements[tag], `${url}: number of ${tag} in <main> without JS`).toBeGreaterThanOrEqual(n);
    }
  });
});

