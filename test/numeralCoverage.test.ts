/**
 * /methodology/ says every figure and date the news reports state is checked
 * on a claim page, or listed as not checked with the reason. This keeps it so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { loadClaims, quotedPassages } from '../src/lib/check/claims.ts';
import { loadNotChecked, NOT_CHECKED_FILE } from '../src/lib/check/notChecked.ts';
import { loadSources } from '../src/lib/check/sources.ts';
import { uncoveredNumerals } from '../src/lib/sources/numeralCoverage.ts';
import { numbersIn, numeralsIn } from '../src/lib/text/numbers.ts';
import { normalizeForMatch } from '../src/lib/sources/normalize.ts';
import { DIST, ROOT } from './helpers/deployment.ts';
import { tempProject } from './helpers/tempProject.ts';

describe('uncoveredNumerals', () => {
  const paragraphs = new Map([['report', ['Over 67,000 were caught since February 2016.', 'A caption: the 52 captured.', 'No numbers here.']]]);

  it('lists every numeral of a paragraph that no quote of that paragraph contains, as written', () => {
    expect(uncoveredNumerals(paragraphs, []).map((u) => [u.p, u.numeral])).toEqual([[1, '67,000'], [1, '2016'], [2, '52']]);
  });

  it('counts a numeral as covered by a quote of its own paragraph that contains it, however it is written', () => {
    const quoted = [{ source: 'report', p: 1, quote: 'Over 67 000 were caught' }];
    expect(uncoveredNumerals(paragraphs, quoted).map((u) => [u.p, u.numeral])).toEqual([[1, '2016'], [2, '52']]);
  });

  it('does not count a quote of another paragraph, another source or another number', () => {
    const quoted = [
      { source: 'report', p: 2, quote: 'since February 2016' },
      { source: 'other', p: 1, quote: 'Over 67,000' },
      { source: 'report', p: 1, quote: 'Over 67,600' },
    ];
    expect(uncoveredNumerals(paragraphs, quoted).map((u) => u.numeral)).toEqual(['67,000', '2016', '52']);
  });
});

describe('every numeral in the news reports', () => {
  const { sources } = loadSources(ROOT);
  const claims = [...loadClaims(ROOT, sources).claims.values()];
  const { entries: notChecked } = loadNotChecked(ROOT, sources);
  const reports = new Map([...sources.values()].filter((s) => s.data.kind === 'news-report').map((s) => [s.data.slug, s.paragraphs.map((p) => p.text)]));
  const byClaims = claims.flatMap(quotedPassages);

  it('is quoted by a claim or listed in content/not-checked.yaml with the reason', () => {
    expect(reports.size).toBeGreaterThan(0);
    const missing = uncoveredNumerals(reports, [...byClaims, ...notChecked]).map((u) => `${u.source} ¶${u.p}: "${u.numeral}" in "${u.paragraph}"`);
    expect(missing, `Cite these in a claim, or list them in ${NOT_CHECKED_FILE} with the reason`).toEqual([]);
  });

  it('is listed as not checked only while no claim quotes it', () => {
    const uncited = uncoveredNumerals(reports, byClaims);
    const value = (numeral: string) => numbersIn(numeral)[0];
    const stale = notChecked.flatMap((e) => numeralsIn(e.quote)
      .filter((n) => !uncited.some((u) => u.source === e.source && u.p === e.p && value(u.numeral) === value(n)))
      .map((n) => `${e.source} ¶${e.p}: "${n}"`));
    expect(stale, `A claim quotes these: remove them from ${NOT_CHECKED_FILE}`).toEqual([]);
  });

  it('not checked are shown on /methodology/, each with its reason and a link to its paragraph', () => {
    const $ = load(readFileSync(join(DIST, 'methodology', 'index.html'), 'utf8'));
    const items = $('#not-checked + ul > li');
    expect(items.length).toBe(notChecked.length);
    notChecked.forEach((e, i) => {
      const item = items.eq(i);
      expect(normalizeForMatch(item.text())).toContain(normalizeForMatch(e.quote));
      expect(normalizeForMatch(item.text())).toContain(normalizeForMatch(e.reason));
      expect(item.find('a.cite-ref').attr('href')).toMatch(new RegExp(`^/sources/${e.source}/#p${e.p}:~:text=`));
    });
  });
});

describe('content/not-checked.yaml in the content check', () => {
  let project: ReturnType<typeof tempProject> | undefined;
  afterEach(() => project?.dispose());
  const problemsWith = (yaml: string) => {
    project = tempProject();
    project.write(NOT_CHECKED_FILE, yaml);
    return project.problems(NOT_CHECKED_FILE);
  };

  it('verifies each quote against its paragraph, with the line', () => {
    expect(problemsWith('- source: china-daily-2017-12-08\n  p: 2\n  quote: More than 67,700 illegal immigrants\n  reason: A test.\n'))
      .toEqual([expect.stringMatching(/^content\/not-checked\.yaml:3:10 {2}Misquote: "More than 67,700 illegal immigrants" is not in china-daily-2017-12-08 ¶2\./)]);
  });

  it('refuses a quote without a numeral', () => {
    expect(problemsWith('- source: china-daily-2017-12-08\n  p: 2\n  quote: illegal immigrants\n  reason: A test.\n'))
      .toEqual([expect.stringMatching(/:3:10 {2}The quote "illegal immigrants" contains no numeral\./)]);
  });

  it('refuses an entry without a reason', () => {
    expect(problemsWith('- source: china-daily-2017-12-08\n  p: 2\n  quote: More than 67,600\n')).toEqual([expect.stringMatching(/:1:3 {2}.*reason/)]);
  });
});
