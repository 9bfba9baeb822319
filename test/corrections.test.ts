/**
 * Correction kinds, the corrections log and its feed (issue 14): the check
 * refuses a bad entry with its line, the log orders every entry, and a real
 * build of a claim with every kind shows them on the claim page, the log and
 * the feed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/index.ts';
import { CORRECTION_KIND_KEYS } from '../src/lib/corrections/kinds.ts';
import { translate } from '../src/i18n/index.ts';
import { correctionsFeed } from '../src/lib/corrections/feed.ts';
import { correctionLog, verdictChanges } from '../src/lib/corrections/log.ts';
import { parseYamlDocument } from '../src/lib/content/yamlDocument.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { claimSchema } from '../src/lib/content/schema.ts';
import { DIST, ROOT } from './helpers/deployment.ts';
import { runAstro } from './helpers/astroCli.ts';
import { tempProject, tempProjectPerTest } from './helpers/tempProject.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, 'fixtures', 'corrections', 'every-kind.mdx'), 'utf8');
const FILE = 'content/claims/every-kind.mdx';
const fixtureClaim = { id: 'every-kind', data: claimSchema.parse(parseYamlDocument(splitFrontmatter(FIXTURE)!.yaml).data) };

const freshProject = tempProjectPerTest();

/** The check's problems for the fixture after `change`, in that file only. */
function problemsWith(change: (text: string) => string): string[] {
  const project = freshProject();
  project.write(FILE, change(FIXTURE));
  return project.problems(FILE);
}

describe('the check on corrections', () => {
  it('accepts the fixture with every kind', () => {
    expect(new Set(fixtureClaim.data.corrections.map((c) => c.kind))).toEqual(new Set(CORRECTION_KIND_KEYS));
    expect(problemsWith((t) => t)).toEqual([]);
  });

  it('refuses an unknown kind, naming the kinds', () => {
    expect(problemsWith((t) => t.replace('kind: typo', 'kind: erratum'))).toEqual([
      expect.stringMatching(/^content\/claims\/every-kind\.mdx:16:11 {2}Field "corrections\.0\.kind": .* {2}Hint: Use one of: correction, update, clarification, typo\./),
    ]);
  });

  it('refuses an entry without a kind', () => {
    expect(problemsWith((t) => t.replace('    kind: typo\n', ''))).toEqual([expect.stringMatching(/:15:5 {2}Field "corrections\.0\.kind": .* {2}Hint: Use one of: correction, update, clarification, typo\./)]);
  });

  it('refuses a correction dated before publication', () => {
    expect(problemsWith((t) => t.replace('date: 2026-11-23', 'date: 2026-11-20'))).toEqual([
      expect.stringMatching(/^content\/claims\/every-kind\.mdx:15:11 {2}The typo of 2026-11-20 is dated before the claim was published \(2026-11-21\)\. {2}Hint: /),
    ]);
  });

  it('refuses a correction dated after the last update, and one after publication when nothing says the page was updated', () => {
    expect(problemsWith((t) => t.replace('updated: 2026-12-01', 'updated: 2026-11-30'))).toEqual([
      expect.stringMatching(/:25:11 {2}The update of 2026-12-01 is dated after the claim's last update \(2026-11-30\)\. {2}Hint: Set updated: 2026-12-01/),
      expect.stringMatching(/:28:11 {2}The correction of 2026-12-01 is dated after the claim's last update/),
    ]);
    const withoutUpdated = problemsWith((t) => t.replace('updated: 2026-12-01\n', ''));
    expect(withoutUpdated).toHaveLength(5);
    expect(withoutUpdated[0]).toMatch(/:14:11 {2}The typo of 2026-11-23 is dated after publication, but the claim has no updated date\. {2}Hint: Add updated: 2026-11-23/);
  });

  it('refuses a verdict change recorded as anything but a correction, and one that changes nothing', () => {
    expect(problemsWith((t) => t.replace('kind: update', 'kind: update\n    previousVerdict: unsupported').replace('previousVerdict: needs-context', 'previousVerdict: inaccurate'))).toEqual([
      expect.stringMatching(/:26:11 {2}Only a correction changes a verdict, but this entry has kind update and a previousVerdict\. {2}Hint: Set kind: correction/),
    ]);
    expect(problemsWith((t) => t.replace('previousVerdict: needs-context', 'previousVerdict: accurate'))).toEqual([
      expect.stringMatching(/:31:22 {2}previousVerdict is "accurate", the same verdict the page had after this correction\./),
    ]);
  });
});

describe('the corrections log', () => {
  const other = { id: 'other', data: { ...fixtureClaim.data, title: 'An earlier title', corrections: [{ date: '2026-12-01', kind: 'typo' as const, note: 'Same day.' }] } };

  it('lists every entry of every claim, newest first, same day by claim title', () => {
    const log = correctionLog([fixtureClaim, other]);
    expect(log.map((e) => [e.correction.date, e.claim.id, e.correction.kind])).toEqual([
      ['2026-12-01', 'other', 'typo'],
      ['2026-12-01', 'every-kind', 'update'],
      ['2026-12-01', 'every-kind', 'correction'],
      ['2026-11-26', 'every-kind', 'correction'],
      ['2026-11-24', 'every-kind', 'clarification'],
      ['2026-11-23', 'every-kind', 'typo'],
    ]);
    expect(correctionLog([])).toEqual([]);
  });

  it('tells each verdict change from what it replaced to what followed', () => {
    expect(verdictChanges(fixtureClaim.data).map((c) => [c.date, c.from, c.to])).toEqual([
      ['2026-11-26', 'misleading', 'needs-context'],
      ['2026-12-01', 'needs-context', 'accurate'],
    ]);
  });

  it('is an Atom feed with one entry per correction, and a valid empty feed without any', () => {
    const input = { feedUrl: 'https://x.org/corrections/feed.xml', logUrl: 'https://x.org/corrections/', methodologyUrl: 'https://x.org/methodology/', siteName: 'Site', contentDate: '2026-11-22', claimUrl: (s: string) => `https://x.org/claims/${s}/` };
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });
    const feed = parser.parse(correctionsFeed({ ...input, claims: [fixtureClaim] })).feed;
    expect(feed.updated).toBe('2026-12-01T00:00:00Z');
    expect(feed.entry).toHaveLength(5);
    expect(feed.entry[0].title).toBe(`Update: ${fixtureClaim.data.title}`);
    expect(feed.entry.map((e: { id: string }) => e.id)).toContain('https://x.org/claims/every-kind/#correction-5');
    expect(feed.entry.find((e: { id: string }) => e.id.endsWith('#correction-3')).summary['#text']).toContain('Verdict changed from Misleading to Accurate, needs context.');
    const empty = parser.parse(correctionsFeed({ ...input, claims: [] })).feed;
    expect(empty.entry).toBeUndefined();
    expect(empty.updated).toBe('2026-11-22T00:00:00Z');
  });
});

describe('the built site without corrections', () => {
  it('lists on /corrections/ and in its feed exactly the corrections the claims record, or says there are none yet', () => {
    const { claims } = checkContent(ROOT);
    const recorded = [...claims.values()].reduce((n, c) => n + c.data.corrections.length, 0);
    const $ = load(readFileSync(join(DIST, 'corrections', 'index.html'), 'utf8'));
    const feed = readFileSync(join(DIST, 'corrections', 'feed.xml'), 'utf8');
    expect($('link[rel="alternate"][href$="/corrections/feed.xml"]').length).toBe(1);
    expect($('.log > li').length).toBe(recorded);
    expect(feed.split('<entry>').length - 1).toBe(recorded);
    if (recorded === 0) expect($('main').text()).toContain('No corrections yet');
    else expect($('main').text()).not.toContain('No corrections yet');
  });

  it('links every claim page\'s history to the log and its feed', () => {
    const $ = load(readFileSync(join(DIST, 'claims', 'press-release-arithmetic', 'index.html'), 'utf8'));
    const history = $('section[aria-labelledby="history-heading"]');
    expect(history.find('a[href="/corrections/"]').length).toBe(1);
    expect(history.find('a[href="/corrections/feed.xml"]').length).toBe(1);
  });
});

describe('a build with a claim corrected in every way, and the site configured', () => {
  const build = tempProject({ buildable: true });
  const out = join(build.root, 'dist');
  const read = (path: string) => load(readFileSync(join(out, path), 'utf8'));
  beforeAll(() => {
    build.write(FILE, FIXTURE);
    // The log then holds only the fixture's entries: the site's own corrections are taken out.
    build.edit('content/claims/hkfp-803-arrested.mdx', (t) => t.replace(/^corrections:\n(?:  .*\n|    .*\n)+/m, ''));
    build.edit('content/claims/zh-hant/hkfp-803-arrested.mdx', (t) => t.replace(/^corrections:\n(?:  .*\n)+/m, ''));
    build.edit('content/site.yaml', (t) =>
      t.replace('publisher: null', 'publisher: A Test Newsroom').replace('contact: null', 'contact: corrections@example.org').replace('repository: null', 'repository: https://github.com/example-owner/example-site'),
    );
    runAstro(['build', '--silent'], { cwd: build.root, env: { SITE: 'https://example.org', BASE: undefined, OUT_DIR: undefined } });
  }, 300_000);
  afterAll(() => build.dispose());

  it('lists every entry on /corrections/, newest first, with its kind, claim and verdict change', () => {
    const $ = read('corrections/index.html');
    const items = $('.log > li');
    expect(items.length).toBe(5);
    expect(items.first().text()).toContain('1 December 2026');
    for (const kind of CORRECTION_KIND_KEYS) expect($('.log').text()).toContain(translate('en')(`correction.${kind}`));
    expect(items.find('a[href^="/claims/every-kind/#correction-"]').length).toBe(5);
    expect($('.log').text()).toMatch(/Verdict changed from\s*Misleading\s*to\s*Accurate, needs context/);
  });

  it('shows the old verdicts next to the current one, and every entry with its anchor', () => {
    const $ = read('claims/every-kind/index.html');
    const verdict = $('.claim-verdict').text().replace(/\s+/g, ' ');
    expect(verdict).toContain('Verdict changed on 26 November 2026: was Misleading, then Accurate, needs context.');
    expect(verdict).toContain('Verdict changed on 1 December 2026: was Accurate, needs context.');
    for (let n = 1; n <= 5; n++) expect($(`#correction-${n}`).length).toBe(1);
    expect($('#correction-1').text()).toContain('Silent fix');
  });

  it('has the entries in the corrections feed', () => {
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(readFileSync(join(out, 'corrections', 'feed.xml'), 'utf8')).feed;
    expect(feed.entry).toHaveLength(5);
    expect(feed.entry[0].link['@_href']).toMatch(/^https:\/\/example\.org\/claims\/every-kind\/#correction-\d$/);
  });

  it('links each claim to a prefilled error report on the configured repository, and names the publisher and contact on /about/', () => {
    const $ = read('claims/every-kind/index.html');
    const report = new URL($('a:contains("Report an error on this page")').attr('href')!);
    expect(report.origin + report.pathname).toBe('https://github.com/example-owner/example-site/issues/new');
    expect(report.searchParams.get('template')).toBe('report-error.yml');
    expect(report.searchParams.get('page')).toBe('https://example.org/claims/every-kind/');
    const about = read('about/index.html');
    expect(about('main').text()).toContain('published by A Test Newsroom');
    expect(about('a[href="mailto:corrections@example.org"]').length).toBe(1);
    expect(about('a[href*="template=suggest-claim.yml"]').length).toBe(1);
  });
});
