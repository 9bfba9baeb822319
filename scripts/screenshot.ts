/**
 * Screenshots of built pages for reviewing layout by eye:
 *   node scripts/screenshot.ts /sources/ /claims/some-claim/
 * Writes PNGs to .screenshots/ at phone and desktop width, light and dark.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../test/helpers/browser.ts';
import { serveDist } from '../test/helpers/serveDist.ts';

const paths = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const fullPage = process.env.FULL !== '0';
mkdirSync('.screenshots', { recursive: true });
const { server, origin } = await serveDist();
const browser = await launchChromium();
try {
  for (const path of paths.length ? paths : ['/']) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        if (process.env.PRINT === '1') await page.emulateMedia({ media: 'print' });
        // networkidle: pages that fetch on load (search results) are shown finished.
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `.screenshots/${name}`, fullPage });
        console.log(`.screenshots/${name}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
