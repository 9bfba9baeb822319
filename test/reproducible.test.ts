/**
 * Reproducible and incremental builds (issues 6 and 13): the same sources
 * build to the same bytes, however the build got there. A throwaway copy of
 * the project is built four times, each into its own output directory (the
 * CLI's --outDir), and every file is compared by SHA-256:
 *
 * 1. cold, with no build cache;
 * 2. warm, unchanged: every keyed page and card comes from the caches,
 *    though the build is started by another command (the shell's `_`);
 *    it must equal build 1;
 * 3. warm, after editing one claim's title and summary, setting the
 *    repository in content/site.yaml (read from a file, not imported, so
 *    only the cache keys can carry it) and truncating the site card's cache
 *    entry: it must equal build 4, and the damage is reported; it writes
 *    where build 2 did, so the unchanged pages of build 2 stay in place and
 *    its search staging is reused;
 * 4. cold again, the cache deleted, from the edited sources;
 * 5. warm, unchanged, where build 4 wrote, after one page's staged copy for
 *    search was damaged: Pagefind reads the staging folder while Astro
 *    builds and is given that page again (src/lib/search/indexAhead.ts); it
 *    must equal build 4.
 *
 * A copy keeps these builds away from dist/ and .cache/, which other tests
 * read. Slow by nature (five builds of the real site), so kept to five.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey } from '../src/lib/cards/cardCache.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../src/lib/content/site.ts';
import { siteCard } from '../src/lib/cards/socialCard.ts';
import { rendererFingerprint } from '../src/lib/cards/socialCardImage.ts';
import { runAstroOutput } from './helpers/astroCli.ts';
import { walk } from './helpers/distPages.ts';
import { tempProject } from './helpers/tempProject.ts';

const project = tempProject({ buildable: true });
afterAll(() => project.dispose());

const CLAIM = 'content/claims/press-release-arithmetic.mdx';
const cache = join(project.root, '.cache');

/** `launcher` is what the shell puts in `_`: the command that started the build. */
function build(name: string, launcher = '/usr/bin/npm'): { files: Map<string, string>; log: string } {
  const outDir = join(project.root, name);
  // Colours, which Astro adds in some environments (CI), are taken out of the log.
  const env = { OUT_DIR: undefined, SITE: undefined, BASE: undefined, _: launcher };
  const log = stripVTControlCharacters(runAstroOutput(['build', '--outDir', outDir], { cwd: project.root, env }));
  const files = new Map(walk(outDir).map((rel) => [rel, createHash('sha256').update(readFileSync(join(outDir, rel))).digest('hex')]));
  return { files, log };
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort().flatMap((rel) => {
    if (!b.has(rel)) return [`${rel}: only in the first build`];
    if (!a.has(rel)) return [`${rel}: only in the second build`];
    return a.get(rel) === b.get(rel) ? [] : [`${rel}: differs (sha256 ${a.get(rel)!.slice(0, 12)}… vs ${b.get(rel)!.slice(0, 12)}…)`];
  });
}

describe('reproducible and incremental build', () => {
  it('a warm rebuild equals a clean build, unchanged and after an edit', () => {
    const cold = build('build-cold');
    expect(cold.files.size, 'files in the first build').toBeGreaterThan(0);
    expect(cold.log, 'the cards are drawn beside the build, before their route asks').toMatch(/Drew \d+ new social cards in [\d.]+ s, beside the build\./);

    const warm = build('build-warm', '/usr/bin/npx');
    expect(warm.log, 'unchanged claim pages come from the incremental cache').toMatch(/claims\/press-release-arithmetic\/index\.html \((restored|cached)\)/);
    expect(differences(cold.files, warm.files)).toEqual([]);
    expect(warm.log, 'no card is drawn again when nothing changed').not.toMatch(/Drew \d+ new social cards/);

    project.edit(CLAIM, (text) =>
      text.replace(/^title: .*$/m, 'title: An edited title for the rebuild test').replace(/^summary: .*$/m, 'summary: An edited summary for the rebuild test.'),
    );
    project.edit('content/site.yaml', (text) => text.replace('repository: null', 'repository: https://github.com/example-owner/example-site'));
    // The site card is drawn on every build (it has no cacheKey), so it reads its damaged entry.
    const entry = join(cache, 'cards', `${cardKey(siteCard({ siteName: SITE_NAME, description: SITE_DESCRIPTION, locale: 'en' }), rendererFingerprint())}.card`);
    writeFileSync(entry, readFileSync(entry).subarray(0, 100));
    // This build writes where the last one did: it keeps the pages and cards
    // of that output that are exactly as that build wrote them and clears the
    // rest. A file the build does not write and the copy of an earlier output
    // that a stopped build left behind must be gone after it, and a card
    // damaged in place (one the edit does not change, so Astro skips it) must
    // be copied afresh from Astro's cache.
    writeFileSync(join(project.root, 'build-warm', 'stale.html'), 'A page no build writes any more.');
    const damagedCard = join(project.root, 'build-warm', 'cards', 'claims', 'hkfp-803-arrested.png');
    writeFileSync(damagedCard, readFileSync(damagedCard).subarray(0, 100));
    const leftover = join(cache, 'astro', 'previous-output-left-behind');
    mkdirSync(join(leftover, 'output'), { recursive: true });
    const edited = build('build-warm');
    expect(existsSync(leftover), 'the copy left behind is deleted').toBe(false);
    expect(edited.files.has('stale.html'), 'a file the build does not write is cleared').toBe(false);
    expect(edited.log, 'the unchanged pages stay in place').toMatch(/Kept \d+ files of the previous output in place/);
    expect(edited.log, 'the damaged card is not kept but copied afresh').toMatch(/cards\/claims\/hkfp-803-arrested\.png \(restored\)/);
    expect(edited.log).toMatch(/Card cache entry .* is damaged: drawing that card afresh\./);
    const changedPages = [...edited.files].filter(([rel, sha]) => rel.endsWith('.html') && !rel.startsWith('pagefind/') && warm.files.get(rel) !== sha);
    expect(edited.log, 'only the pages that changed are staged again for search').toMatch(new RegExp(`Indexed \\d+ pages \\(${changedPages.length} prepared afresh\\)`));
    expect(changedPages.length).toBeLessThan([...edited.files.keys()].filter((rel) => rel.endsWith('.html')).length);
    expect(edited.files.get('claims/press-release-arithmetic/index.html'), 'the edit reached the page').not.toBe(cold.files.get('claims/press-release-arithmetic/index.html'));
    expect(edited.files.get('claims/hkfp-803-arrested/index.html'), 'the site configuration reached an unedited claim').not.toBe(cold.files.get('claims/hkfp-803-arrested/index.html'));
    expect(edited.files.get('cards/claims/press-release-arithmetic.png'), 'the new title reached the card').not.toBe(cold.files.get('cards/claims/press-release-arithmetic.png'));

    rmSync(cache, { recursive: true, force: true });
    const clean = build('build-clean');
    expect(differences(edited.files, clean.files)).toEqual([]);

    const stagingRoot = join(cache, 'astro', 'search-pages');
    const [staging, ...others] = readdirSync(stagingRoot).filter((name) => !name.endsWith('.json'));
    expect(others, 'one staging folder, build 4\'s').toEqual([]);
    appendFileSync(join(stagingRoot, staging!, 'claims', 'press-release-arithmetic', 'index.html'), '<p>Damaged</p>');
    const again = build('build-clean');
    expect(again.log).toMatch(/1 staged page\(s\) did not match their digest \(claims\/press-release-arithmetic\/index\.html…\): staged afresh\./);
    expect(again.log, 'the index read ahead is given the page staged again').toMatch(/Indexed \d+ pages \(1 prepared afresh; the index read while Astro built, given the 1 staged again\)/);
    expect(differences(clean.files, again.files)).toEqual([]);
  }, 900_000);
});
