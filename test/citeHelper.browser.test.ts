import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citeSnippet } from '../src/lib/sources/citeSnippet.ts';
import { launchChromium } from './helpers/browser.ts';
import { TEST_BASE } from './helpers/deployment.ts';
import { serveDist } from './helpers/serveDist.ts';

describe('citeSnippet', () => {
  it('builds the <Cite> an editor pastes, escaping MDX syntax', () => {
    expect(citeSnippet('hksar-2017-12-07', 9, '  a total of\u00a0837 NECIIs ')).toBe('<Cite source="hksar-2017-12-07" p={9}>a total of 837 NECIIs</Cite>');
    expect(citeSnippet('x', 1, 'a {b} <c>')).toBe('<Cite source="x" p={1}>a \\{b\\} &lt;c></Cite>');
  });
});

describe('cite helper on a source page', () => {
  let browser: Browser;
  let served: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    served = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.server.stop();
  });

  it('copies the selected words of a paragraph as a <Cite>, by keyboard', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: served.origin });
    const page = await context.newPage();
    await page.goto(`${served.origin}${TEST_BASE}sources/hksar-2017-12-07/`);
    // Select "a total of 837 NECIIs" inside ¶9.
    await page.evaluate(() => {
      const p = document.querySelector('#p9 p')!;
      const node = p.firstChild!;
      const start = node.textContent!.indexOf('a total of 837');
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 'a total of 837 NECIIs'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const button = page.getByRole('button', { name: 'Copy citation for paragraph 9' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('<Cite source="hksar-2017-12-07" p={9}>a total of 837 NECIIs</Cite>');
    expect(await page.locator('#cite-status').textContent()).toContain('Copied: <Cite source="hksar-2017-12-07" p={9}>');
    // With nothing selected, the whole paragraph is cited.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.getByRole('button', { name: 'Copy citation for paragraph 16' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('<Cite source="hksar-2017-12-07" p={16}>NNNN</Cite>');
    await context.close();
  });

  it('adds nothing without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.origin}${TEST_BASE}sources/hksar-2017-12-07/`);
    expect(await page.locator('button.cite-copy').count()).toBe(0);
    expect(await page.locator('#p9 p').textContent()).toContain('a total of 837 NECIIs');
    await context.close();
  });
});
