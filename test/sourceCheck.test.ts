import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/index.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { ROOT } from './helpers/deployment.ts';
import { tempProject } from './helpers/tempProject.ts';

const HKSAR = 'content/sources/hksar-2017-12-07.yaml';
let project: ReturnType<typeof tempProject>;
afterEach(() => project?.dispose());

/** Problems reported against sources and seeds (a claim may report its own about the same change). */
function problemsOf(root: string) {
  return checkContent(root).problems.map(formatProblem).filter((p) => /^(seeds|content\/sources)\//.test(p));
}

describe('source and seed check', () => {
  it('passes on the real content', () => {
    const result = checkContent(ROOT);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.counts.sources).toBe(5);
  });

  it('names a seed whose bytes changed', () => {
    project = tempProject();
    project.edit('seeds/004_1dcc4c14a27fe3fc.txt', (t) => t.replace('837', '838'));
    const problems = problemsOf(project.root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^seeds\/004_1dcc4c14a27fe3fc\.txt:1:1 {2}The archived seed has changed/);
    expect(problems[0]).toContain('git checkout -- seeds/');
  });

  it('names a seed that is missing, in the manifest and in the metadata that points at it', () => {
    project = tempProject();
    project.remove('seeds/003_4315ee9a5be0297b.txt');
    const problems = problemsOf(project.root);
    expect(problems.some((p) => p.startsWith('seeds/003_4315ee9a5be0297b.txt:1:1  An archived seed listed'))).toBe(true);
    expect(problems.some((p) => p.startsWith('content/sources/ecns-2024-08-20.yaml:10:7  The seed file "003_4315ee9a5be0297b.txt" does not exist'))).toBe(true);
  });

  it('reports an unregistered seed', () => {
    project = tempProject();
    project.write('seeds/new.txt', 'text');
    expect(problemsOf(project.root)).toEqual([expect.stringMatching(/^seeds\/new\.txt:1:1 {2}This seed is not registered/)]);
  });

  it('reports two sources with one slug', () => {
    project = tempProject();
    project.write('content/sources/hksar-copy.yaml', project.read(HKSAR));
    const problems = problemsOf(project.root);
    expect(problems.some((p) => /^content\/sources\/hksar-copy\.yaml:1:7 {2}The slug "hksar-2017-12-07" differs from the file name/.test(p))).toBe(true);
    expect(problems.some((p) => p.includes('Two sources have the slug "hksar-2017-12-07"'))).toBe(true);
  });

  it('reports a broken source file once, not again at every citation of it', () => {
    project = tempProject();
    project.edit(HKSAR, (t) => t.replace('publisher:', 'publsher:'));
    const all = project.problems();
    expect(all).toEqual([
      expect.stringMatching(/^content\/sources\/hksar-2017-12-07\.yaml:1:1 {2}Missing required field "publisher"/),
      expect.stringMatching(/^content\/sources\/hksar-2017-12-07\.yaml:\d+:1 {2}Unknown field publsher/),
    ]);
    // A source that has no file at all is still unknown wherever it is cited.
    project.remove(HKSAR);
    expect(project.problems().filter((p) => p.includes('Unknown source "hksar-2017-12-07"')).length).toBeGreaterThan(10);
  });

  it('reports an unknown field with its line and the allowed fields', () => {
    project = tempProject();
    project.edit(HKSAR, (t) => t.replace('language: en', 'language: en\nauthour: someone'));
    expect(problemsOf(project.root)).toEqual([
      expect.stringMatching(/^content\/sources\/hksar-2017-12-07\.yaml:11:1 {2}Unknown field authour\. {2}Hint: Remove or rename "authour"/),
    ]);
  });

  it('reports a malformed date on its line', () => {
    project = tempProject();
    project.edit(HKSAR, (t) => t.replace('published: 2017-12-07', 'published: 2017-13-45'));
    expect(problemsOf(project.root)).toEqual([
      expect.stringMatching(/^content\/sources\/hksar-2017-12-07\.yaml:7:12 {2}Field "published": .*Hint: Write dates as YYYY-MM-DD/),
    ]);
  });

  it('reports a missing required field and keeps checking the other files', () => {
    project = tempProject();
    project.edit(HKSAR, (t) => t.replace(/^publisher: .*\n/m, ''));
    project.edit('content/sources/hkfp-2017-12-07.yaml', (t) => t.replace('url: https', 'url: htps'));
    const problems = problemsOf(project.root);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/hkfp-2017-12-07\.yaml:\d+:\d+ {2}Field "url"/);
    expect(problems[1]).toMatch(/hksar-2017-12-07\.yaml:1:1 {2}Missing required field "publisher"/);
  });

  it('accepts a source without a URL (url: null), and points a wrong URL to the source fields in the guide', () => {
    project = tempProject();
    project.edit(HKSAR, (t) => t.replace(/^url: .*$/m, 'url: null'));
    expect(problemsOf(project.root)).toEqual([]);
    project.edit(HKSAR, (t) => t.replace('url: null', 'url: www.info.gov.hk'));
    expect(problemsOf(project.root)).toEqual([
      expect.stringMatching(/^content\/sources\/hksar-2017-12-07\.yaml:6:6 {2}Field "url": .* {2}Hint: See the table of source fields in docs\/editing\.md, under "Add a source"\.$/),
    ]);
  });

  it('requires a heading, in the editor\'s words, for a text not about the operation', () => {
    project = tempProject();
    project.edit('content/sources/ecns-2024-08-20.yaml', (t) => t.replace('  heading: Different period\n', ''));
    expect(problemsOf(project.root)).toEqual([expect.stringMatching(/^content\/sources\/ecns-2024-08-20\.yaml:\d+:3 {2}Missing required field "scope\.heading"\./)]);
    project.edit('content/sources/ecns-2024-08-20.yaml', (t) => t.replace('  operation: false\n', '  operation: false\n  heading: Another story\n'));
    expect(problemsOf(project.root)).toEqual([]);
  });

  it('reports YAML syntax errors with their position', () => {
    project = tempProject();
    project.edit(HKSAR, (t) => t.replace('language: en', 'language: [en'));
    expect(problemsOf(project.root)[0]).toMatch(/^content\/sources\/hksar-2017-12-07\.yaml:\d+:\d+ {2}YAML syntax error/);
  });

  it('refuses a missing or malformed archive date, and one before publication', () => {
    project = tempProject();
    project.edit(HKSAR, (t) => t.replace('archived: 2026-11-22\n', ''));
    expect(problemsOf(project.root)).toEqual([expect.stringMatching(/^content\/sources\/hksar-2017-12-07\.yaml:1:1 {2}Missing required field "archived"\. {2}Hint: Add "archived:"/)]);
    project.edit(HKSAR, (t) => t.replace('seed: 004', 'archived: 22 Nov 2026\nseed: 004'));
    expect(problemsOf(project.root)).toEqual([expect.stringMatching(/^content\/sources\/hksar-2017-12-07\.yaml:11:11 {2}Field "archived": .* {2}Hint: Write dates as YYYY-MM-DD/)]);
    project.edit(HKSAR, (t) => t.replace('archived: 22 Nov 2026', 'archived: 2017-12-06'));
    expect(problemsOf(project.root)).toEqual([expect.stringMatching(/^content\/sources\/hksar-2017-12-07\.yaml:11:11 {2}The text is archived on 2017-12-06, before it was published \(2017-12-07\)\./)]);
  });

  it('refuses a source without the basis of its archive date', () => {
    project = tempProject();
    project.edit(HKSAR, (t) => t.replace(/\n  archived: [^\n]+/, ''));
    expect(problemsOf(project.root)).toEqual([expect.stringMatching(/^content\/sources\/hksar-2017-12-07\.yaml:\d+:\d+ {2}Missing required field "basis\.archived"/)]);
  });
});
