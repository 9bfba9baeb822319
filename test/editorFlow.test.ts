/**
 * The editor guide's flow, end to end, on a throwaway copy of the project:
 * archive a new source, write a claim that cites it, check, build, and find
 * the published claim with search.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEnv, runAstro } from './helpers/astroCli.ts';
import { ROOT } from './helpers/deployment.ts';
import { launchChromium } from './helpers/browser.ts';
import { runSearch } from './helpers/searchPage.ts';
import { serveDist } from './helpers/serveDist.ts';
import { tempProject } from './helpers/tempProject.ts';

const project = tempProject({ buildable: true });
afterAll(() => project.dispose());

/** `npm run <script> -- args` in the copy; returns its output, throws on a non-zero exit. */
function npmRun(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], { cwd: project.root, encoding: 'utf8', env: cleanEnv() });
}

describe('a newcomer adds a source and a claim', () => {
  it('archives the source and scaffolds the claim; the check lists what is unfinished', () => {
    const captured = join(project.root, 'captured.txt');
    writeFileSync(captured, 'Harbour patrol report\n\nThe Zephyrine harbour unit stopped 4,321 boats in 2017, down from 10,000 in 2016, the report said.\n');
    expect(npmRun('new', 'source', 'harbour-report-2017', captured)).toMatch(/✓ Archived seeds\/005_[0-9a-f]{16}\.txt/);
    expect(npmRun('new', 'claim', 'harbour-boats')).toContain('✓ Created content/claims/harbour-boats.mdx');
    let output = '';
    try {
      npmRun('check');
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/^content\/claims\/harbour-boats\.mdx:3:9 {2}Unfinished: this line still says TODO\./m);
    expect(output).toMatch(/^content\/sources\/harbour-report-2017\.yaml:5:9 {2}Unfinished/m);
  });

  it('passes the check once the TODOs are filled in as the guide says', () => {
    project.edit('content/sources/harbour-report-2017.yaml', (t) =>
      t
        .replace('label: "TODO"', 'label: Harbour report, 2017')
        .replace('publisher: "TODO"', 'publisher: Example Harbour Office')
        .replace('url: https://TODO.example', 'url: https://example.org/harbour-report')
        .replace(/"TODO: how the publisher[^"]*"/, 'Stated in the text.')
        .replace(/"TODO: how the original URL[^"]*"/, 'Test fixture.')
        .replace(/"TODO: how the date[^"]*"/, 'Not stated.')
        .replace(/"TODO: how the author[^"]*"/, 'Not stated.')
        .replace('note: "TODO: what the text reports"', 'note: A test fixture.'),
    );
    project.write(
      'content/claims/harbour-boats.mdx',
      `---
title: Did the Zephyrine harbour unit stop 4,321 boats?
claim: The Zephyrine harbour unit stopped 4,321 boats in 2017.
claimant: Example Harbour Office
appearance:
  source: harbour-report-2017
  p: 2
verdict: accurate
summary: Yes, the report says so.
published: 2026-11-21
tags: [harbour]
figures:
  - id: boats2017
    value: 4321
    source: harbour-report-2017
    p: 2
    quote: stopped 4,321 boats in 2017
  - id: boats2016
    value: 10000
    source: harbour-report-2017
    p: 2
    quote: down from 10,000 in 2016
  - id: fall
    change: [boats2016, boats2017]
    stated: { fall: 57 }
  - id: stowaways
    value: 6000
    source: ecns-2024-08-20
    p: 2
    quote: over 6,000 stowaways have been captured
  - id: ratio
    divide: [stowaways, boats2017]
    acrossPeriods: Stowaways across China in 2024 against boats stopped in one harbour in 2017.
---

The report says <Cite source="harbour-report-2017" p={2}>The Zephyrine harbour unit stopped 4,321 boats in 2017, down from 10,000 in 2016</Cite>, a fall of <Fig id="fall" as="fall" />.
`,
    );
    expect(npmRun('check')).toMatch(/✓ Content is valid: 6 sources, \d+ claims/);
  });

  it('builds, publishes the claim, and search finds it', async () => {
    const output = runAstro(['build'], { cwd: project.root, env: { SITE: undefined, BASE: undefined, OUT_DIR: undefined } });
    // A warning in the build output means something: none is expected (Astro's
    // own MODULE_LEVEL_DIRECTIVE warning for each claim is silenced in astro.config.mjs).
    expect(output).toContain('Complete!');
    expect(output.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([]);
    expect(readdirSync(join(project.root, 'dist', 'claims', 'harbour-boats'))).toContain('index.html');
    const { server, origin } = await serveDist(0, project.root);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${origin}/claims/harbour-boats/`);
      expect(await page.locator('h1').textContent()).toBe('Did the Zephyrine harbour unit stop 4,321 boats?');
      expect(await page.locator('.claim-verdict').textContent()).toContain('Accurate');
      // A fall shown without its sign where the words say "fall"; a comparison across periods with its note.
      expect(await page.locator('main p:has(data.fig)').textContent()).toContain('a fall of 56.8%.');
      expect(await page.locator('data.fig').getAttribute('value')).toBe('-56.79');
      expect(await page.locator('.across-periods').textContent()).toBe('Across periods: Stowaways across China in 2024 against boats stopped in one harbour in 2017.');
      const results = await runSearch(page, origin, 'Zephyrine');
      expect(results.map((r) => r.url)).toContain('/claims/harbour-boats/');
      const byNumber = await runSearch(page, origin, '4321');
      expect(byNumber.map((r) => r.url)).toContain('/claims/harbour-boats/');
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
