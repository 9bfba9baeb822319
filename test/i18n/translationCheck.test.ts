/**
 * The check of translations against their originals (src/lib/check/translations.ts)
 * and of the dictionaries (src/lib/check/dictionaries.ts): each way a
 * translation can disagree with its original, refused with file, line and hint.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { tempProjectPerTest, type TempProject } from '../helpers/tempProject.ts';

const FILE = 'content/claims/zh-hant/hkfp-803-arrested.mdx';
const freshProject = tempProjectPerTest();

/** The check's messages about FILE after `change`. */
function problemsWith(change: (text: string) => string, file = FILE): string[] {
  const project = freshProject();
  project.edit(file, change);
  return project.problems(file);
}

describe('claim translations', () => {
  it('pass on the real content, all fourteen claims translated', () => {
    const { problems, counts } = checkContent(freshProject().root);
    expect(problems).toEqual([]);
    expect(counts.translations).toBe(counts.claims);
  });

  it('refuse a verdict that differs from the original', () => {
    expect(problemsWith((t) => t.replace('verdict: unsupported', 'verdict: accurate'))).toEqual([
      expect.stringMatching(/^content\/claims\/zh-hant\/hkfp-803-arrested\.mdx:5:10 {2}The verdict is "accurate", but the original's is "unsupported"\. {2}Hint: A translation never changes a verdict/),
    ]);
  });

  it('refuse a citation the original lacks, and report the one it leaves out', () => {
    const problems = problemsWith((t) => t.replace('<Cite source="hkfp-2017-12-07" p={2} translation="據本地傳媒報道">according to local media</Cite>', '<Cite source="hkfp-2017-12-07" p={1}>Tightly-organised syndicates</Cite>'));
    expect(problems.some((p) => /:\d+:\d+ {2}The translation cites hkfp-2017-12-07 ¶1, which the original does not\./.test(p))).toBe(true);
    expect(problems.some((p) => /:21:1 {2}The original cites hkfp-2017-12-07 ¶2, which this translation does not\./.test(p))).toBe(true);
  });

  it('verify quotes verbatim, in the source\'s language', () => {
    expect(problemsWith((t) => t.replace('>according to local media</Cite>', '>according to media</Cite>')).join('\n')).toMatch(/does not contain|not in/i);
  });

  it('refuse a figure the original does not have, and report one it leaves out', () => {
    const problems = problemsWith((t) => t.replace('比公報的<Fig id="total2017" />少<Fig id="gap" />', '比公報的<Fig id="total2017" />少<Fig id="gap2" />'));
    expect(problems).toContainEqual(expect.stringMatching(/ {2}<Fig id="gap2" \/> names a figure the original does not have\. {2}Hint: A translation shows the original's figures only: hkfp803, total2017/));
    expect(problems).toContainEqual(expect.stringMatching(/:21:1 {2}The original shows the figure "gap", which this translation does not\./));
  });

  it('refuse a missing or an extra figure label', () => {
    const problems = problemsWith((t) => t.replace(/ {2}gap: ".*"\n/, '').replace('figures:\n', 'figures:\n  extra: "多出的數字"\n'));
    expect(problems).toContainEqual(expect.stringMatching(/:\d+:3 {2}figures: "extra" is not a labelled figure of the original\./));
    expect(problems).toContainEqual(expect.stringMatching(/ {2}figures: no label for "gap"\./));
  });

  it('need one note per correction of the original', () => {
    expect(problemsWith((t) => t.replace(/corrections:\n {2}- ".*"\n/, ''))).toContainEqual(expect.stringMatching(/ {2}corrections: 0 notes, but the original records 1 correction\./));
  });

  it('refuse a translation of a claim that does not exist', () => {
    const project = freshProject();
    project.write('content/claims/zh-hant/no-such-claim.mdx', project.read(FILE));
    expect(project.problems('content/claims/zh-hant/no-such-claim.mdx')).toEqual([
      expect.stringMatching(/^content\/claims\/zh-hant\/no-such-claim\.mdx:1:1 {2}No claim "no-such-claim" to translate/),
    ]);
  });

  it('refuse Simplified characters, located, but not in the source\'s own English words', () => {
    expect(problemsWith((t) => t.replace('## 較上一年的跌幅正確', '## 较上一年的跌幅正确'))).toEqual([
      expect.stringMatching(/:28:4 {2}"较" is not written this way in Hong Kong Traditional Chinese \(opencc reads it as "較"\)\./),
      expect.stringMatching(/:28:12 {2}"确" is not written this way in Hong Kong Traditional Chinese \(opencc reads it as "確"\)\./),
    ]);
  });

  it('refuse a translation of a version that does not exist yet, and report an older one without refusing it', () => {
    expect(problemsWith((t) => t.replace('translates: 2026-12-01', 'translates: 2026-12-05'))).toEqual([
      expect.stringMatching(/:7:13 {2}translates: 2026-12-05 is later than the original's last change \(2026-12-01\)\./),
    ]);
    const project = freshProject();
    project.edit(FILE, (t) => t.replace('translates: 2026-12-01', 'translates: 2026-11-21'));
    const { problems, outdated } = checkContent(project.root);
    expect(problems).toEqual([]);
    expect(outdated).toEqual([{ file: FILE, translates: '2026-11-21', original: '2026-12-01' }]);
  });
});

describe('the background page\'s translation', () => {
  const FILE_BG = 'content/zh-hant/background.mdx';
  it('is required, and cites what the original cites', () => {
    const project: TempProject = freshProject();
    project.remove(FILE_BG);
    expect(project.problems(FILE_BG)).toEqual([expect.stringMatching(/:1:1 {2}The background page has no zh-hant translation\./)]);
    expect(problemsWith((t) => t.replace(/<Cite source="hksar-2017-12-07" p=\{15\}[^>]*>Issued at HKT 19:23<\/Cite>/, ''), FILE_BG)).toContainEqual(expect.stringMatching(/The background page cites hksar-2017-12-07 ¶15, which this translation does not\./));
  });
});

describe('the dictionaries', () => {
  it('refuse a key missing in one language, or present in one only', () => {
    const project = freshProject({ buildable: true });
    project.edit('src/i18n/zh-hant.ts', (t) => t.replace(/ {2}'nav\.charts': '.*',\n/, '').replace("  'nav.claims':", "  'nav.extra': '多餘',\n  'nav.claims':"));
    const problems = project.problems('src/i18n/zh-hant.ts');
    expect(problems).toContainEqual(expect.stringMatching(/^src\/i18n\/zh-hant\.ts:1:1 {2}The key "nav\.charts" is missing\. {2}Hint: Add 'nav\.charts': with the zh-hant text of "Charts"\./));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/i18n\/zh-hant\.ts:\d+:1 {2}The key "nav\.extra" is not in src\/i18n\/en\.ts\./));
  });
});
