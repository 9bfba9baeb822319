/**
 * Charts as Chromium draws them (issue 4): at 320, 768 and 1280 px the
 * layout that shows has no text outside its viewBox and no two labels or a
 * label and a bar touching, measured with the browser's own font metrics;
 * text stays legible; every mark is a keyboard stop that leads to its
 * paragraph; print is black and white; motion respects the reader's setting.
 */
import type { PreviewServer } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../src/lib/charts/textWidth.ts';
import { launchChromium } from './helpers/browser.ts';
import { TEST_BASE } from './helpers/deployment.ts';
import { serveDist } from './helpers/serveDist.ts';

const PAGES = ['/', '/charts/monthly-decline/', '/charts/outlet-figures/', '/charts/operation-timeline/'];
let server: PreviewServer;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  let served: string;
  ({ server, origin: served } = await serveDist());
  // The pages below are paths inside the site, under the base of the build under test.
  origin = served + TEST_BASE.slice(0, -1);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Measured {
  layout: string;
  viewBox: { width: number; height: number };
  /** CSS px per viewBox unit. */
  scale: number;
  texts: { text: string; size: number; bold: boolean; length: number; box: { x: number; y: number; width: number; height: number } }[];
  bars: { x: number; y: number; width: number; height: number }[];
}

/** The visible layout of every chart on the page, measured in viewBox units. */
async function measure(page: Page): Promise<Measured[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.chart-layout')]
      .filter((l) => getComputedStyle(l).display !== 'none')
      .map((l) => {
        const svg = l.querySelector<SVGSVGElement>('svg.chart-drawing')!;
        const vb = svg.viewBox.baseVal;
        const box = (b: DOMRect) => ({ x: b.x, y: b.y, width: b.width, height: b.height });
        return {
          layout: l.dataset.layout!,
          viewBox: { width: vb.width, height: vb.height },
          scale: svg.getBoundingClientRect().width / vb.width,
          texts: [...svg.querySelectorAll<SVGTextElement>('text')].map((t) => ({
            text: t.textContent ?? '',
            size: Number(t.getAttribute('font-size')),
            bold: t.getAttribute('font-weight') === '700',
            length: t.getComputedTextLength(),
            box: box(t.getBBox()),
          })),
          bars: [...svg.querySelectorAll<SVGRectElement>('rect.bar')].map((r) => box(r.getBBox())),
        };
      }),
  );
}

const touches = (a: Measured['bars'][number], b: Measured['bars'][number]) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

describe.each([320, 768, 1280])('at %i px', (width) => {
  it.each(PAGES)('%s: labels fit, never overlap, and read at 11 px or more', async (path) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(origin + path);
    const charts = await measure(page);
    expect(charts.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    for (const chart of charts) {
      expect(chart.layout).toBe(width < 600 ? 'compact' : 'wide');
      const problems: string[] = [];
      chart.texts.forEach((t, i) => {
        const { x, y, width: w, height: h } = t.box;
        if (x < -0.5 || y < -0.5 || x + w > chart.viewBox.width + 0.5 || y + h > chart.viewBox.height + 0.5) problems.push(`"${t.text}" is outside the chart`);
        for (const u of chart.texts.slice(i + 1)) if (touches(t.box, u.box)) problems.push(`"${t.text}" overlaps "${u.text}"`);
        for (const bar of chart.bars) if (touches(t.box, bar)) problems.push(`"${t.text}" overlaps a bar`);
        // The layout measured this text at least as wide as the browser draws it.
        if (t.length > textWidth(t.text, t.size, t.bold) + 0.5) problems.push(`"${t.text}" is ${t.length} wide, estimated ${textWidth(t.text, t.size, t.bold)}`);
        if (t.size * chart.scale < 11) problems.push(`"${t.text}" shows at ${(t.size * chart.scale).toFixed(1)} px`);
      });
      expect(problems, `${path} ${chart.layout}`).toEqual([]);
    }
    await page.close();
  });
});

describe.each([390, 1280])('by keyboard at %i px', (width) => {
  it('Tab reaches every mark of the chart shown, with its value and source, and Enter opens the cited paragraph', async () => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${origin}/charts/monthly-decline/`);
    const marks = page.locator('.chart-layout:visible .chart-marks a');
    const expected = await marks.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const reached: (string | null)[] = [];
    for (let i = 0; i < 60 && reached.length < expected.length; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => (document.activeElement?.closest('.chart-marks') ? document.activeElement.getAttribute('aria-label') : null));
      if (label) reached.push(label);
    }
    expect(reached).toEqual(expected);
    // Each label says the value and where it comes from.
    for (const label of reached) expect(label).toMatch(/\d.*Source: .+, paragraph \d+\.$/);
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href')!);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    const landed = await page.evaluate(() => document.getElementById(location.hash.slice(1))?.textContent ?? '');
    expect(landed.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('print and motion', () => {
  it('prints the wide layout in black, white and grey only', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${origin}/charts/outlet-figures/`);
    const colours = await page.evaluate(() => {
      const layout = [...document.querySelectorAll<HTMLElement>('.chart-layout')].find((l) => getComputedStyle(l).display !== 'none')!;
      const out = new Set<string>([`layout:${layout.dataset.layout}`]);
      for (const el of layout.querySelectorAll('.chart-drawing *')) {
        const cs = getComputedStyle(el);
        for (const c of [cs.fill, cs.stroke]) if (c.startsWith('rgb')) out.add(c);
      }
      return [...out];
    });
    expect(colours).toContain('layout:wide');
    const coloured = colours.filter((c) => c.startsWith('rgb')).filter((c) => {
      const [r, g, b] = c.match(/\d+(\.\d+)?/g)!.map(Number);
      return !(r === g && g === b);
    });
    expect(coloured).toEqual([]);
    await page.close();
  });

  it('prints the data table that the screen keeps collapsed', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(`${origin}/charts/monthly-decline/`);
    const table = page.locator('details:not([open]) table').first();
    expect(await table.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('td', { hasText: '318' }).first().isVisible()).toBe(true);
    await page.close();
  });

  it('animates focus feedback only when the reader allows motion', async () => {
    const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto(`${origin}/charts/monthly-decline/`);
      const d = await page.locator('.chart-layout.compact .chart-marks .hit').first().evaluate((el) => getComputedStyle(el).transitionDuration);
      await context.close();
      return d;
    };
    expect(await duration('reduce')).toBe('0s');
    expect(await duration('no-preference')).not.toBe('0s');
  });
});
