/**
 * The narrowest phones (320 CSS px): on every page the header's name, menu
 * and search form stay inside the page margins, and nothing makes the page
 * scroll sideways.
 */
import type { PreviewServer } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './helpers/browser.ts';
import { pagesForBrowser } from './helpers/distPages.ts';
import { serveDist } from './helpers/serveDist.ts';

const WIDTH = 320;
const pages = pagesForBrowser().filter((p) => !p.redirectTo);
let server: PreviewServer;
let origin: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ server, origin } = await serveDist());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it.each(pages.map((p) => p.url))(`%s fits ${WIDTH} px: header inside its margins, no sideways scroll`, async (url) => {
  await page.goto(origin + url);
  const overflow = await page.evaluate(() => {
    const wrap = document.querySelector('.site-header .wrap')!;
    const cs = getComputedStyle(wrap);
    const box = wrap.getBoundingClientRect();
    const left = box.left + parseFloat(cs.paddingLeft) - 0.5;
    const right = box.right - parseFloat(cs.paddingRight) + 0.5;
    const outside = [...wrap.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).position !== 'absolute')
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < left || r.right > right))
      .map(({ el, r }) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> ${Math.round(r.left)}–${Math.round(r.right)} (margins ${Math.round(left)}–${Math.round(right)})`);
    return { outside, scrollWidth: document.documentElement.scrollWidth };
  });
  expect(overflow.outside, `${url}: header elements outside the margins`).toEqual([]);
  expect(overflow.scrollWidth, `${url}: page width`).toBeLessThanOrEqual(WIDTH);
});
