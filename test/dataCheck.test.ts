import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/index.ts';
import { formatProblem, type Problem } from '../src/lib/content/problems.ts';
import { ROOT } from './helpers/deployment.ts';
import { tempProject } from './helpers/tempProject.ts';

const DECLINE = 'content/data/monthly-decline.yaml';
const OUTLETS = 'content/data/outlet-figures.yaml';
const TIMELINE = 'content/data/operation-timeline.yaml';

let project: ReturnType<typeof tempProject>;
afterEach(() => project?.dispose());

/** Breaks one file of a fresh copy and returns the problems plus the line of `marker` in the broken file. */
function breakFile(file: string, from: string | RegExp, to: string, marker: string) {
  project = tempProject();
  const before = project.read(file);
  const after = before.replace(from, to);
  expect(after, 'the edit must change the file').not.toBe(before);
  project.write(file, after);
  const line = after.split('\n').findIndex((l) => l.includes(marker)) + 1;
  expect(line, `marker "${marker}" must be in the file`).toBeGreaterThan(0);
  return { problems: checkContent(project.root).problems, line };
}

function only(problems: Problem[]): Problem {
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
}

describe('chart data check', () => {
  it('passes on the real content and counts three data files', () => {
    const result = checkContent(ROOT);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.counts.data).toBe(3);
  });

  it('reports a quote that is not in its paragraph, with the closest passage', () => {
    const { problems, line } = breakFile(DECLINE, 'quote: compared with 2016 (monthly average of 185)', 'quote: compared with 2016 (monthly average of 195)', 'average of 195');
    const p = only(problems);
    expect(p).toMatchObject({ file: DECLINE, line });
    expect(p.message).toBe('Misquote: "compared with 2016 (monthly average of 195)" is not in hksar-2017-12-07 ¶9.');
    expect(p.hint).toContain('The closest passage in hksar-2017-12-07 ¶9 is: "compared with 2016 (monthly average of 185)');
  });

  it('says where a quote is when the paragraph number is wrong', () => {
    const { problems, line } = breakFile(OUTLETS, /p: 7\n        quote: The police also smashed 53 gangs/, 'p: 6\n        quote: The police also smashed 53 gangs', 'The police also smashed 53 gangs');
    const p = only(problems);
    expect(p).toMatchObject({ file: OUTLETS, line });
    expect(p.hint).toContain('These words are in ¶7');
  });

  it('reports a missing value on the entry that lacks it', () => {
    const { problems, line } = breakFile(DECLINE, /    value: 185\n/, '', 'id: avg2016');
    const p = only(problems);
    // The entry has no value: line, so the problem points at the entry.
    expect(p).toMatchObject({ file: DECLINE, line, message: 'Missing required field "values.1.value".' });
    expect(p.hint).toBe('Add "value:" with a value.');
  });

  it('reports a non-numeric value on its line', () => {
    const { problems, line } = breakFile(OUTLETS, 'value: 67600', 'value: "67,600"', '"67,600"');
    const p = only(problems);
    expect(p).toMatchObject({ file: OUTLETS, line });
    expect(p.message).toMatch(/^Field "quantities\.0\.reports\.2\.value": write a plain number such as 67600/);
  });

  it('reports a value that is not a numeral of its quote', () => {
    const { problems, line } = breakFile(OUTLETS, 'value: 3470', 'value: 3400', 'seized over 3,470');
    const p = only(problems);
    expect(p).toMatchObject({ file: OUTLETS, line: line + 1, message: 'The value 3400 is not a number of the quote "seized over 3,470 illegal immigrants".' });
    expect(p.hint).toContain('the numbers in this quote are 3470');
  });

  it('reports an unknown source on its line, listing the known ones', () => {
    const { problems, line } = breakFile(OUTLETS, 'source: cgtn-smuggling-briefing\n        p: 9', 'source: cgtn-2017\n        p: 9', 'cgtn-2017');
    const p = only(problems);
    expect(p).toMatchObject({ file: OUTLETS, line, message: 'Unknown source "cgtn-2017".' });
    expect(p.hint).toContain('cgtn-smuggling-briefing');
  });

  it('reports a paragraph out of range on its line', () => {
    const { problems, line } = breakFile(TIMELINE, 'p: 19', 'p: 29', 'p: 29');
    const p = only(problems);
    expect(p).toMatchObject({ file: TIMELINE, line, message: 'Paragraph 29 does not exist: cgtn-smuggling-briefing has 19 paragraphs.' });
    expect(p.hint).toBe('Open /sources/cgtn-smuggling-briefing/ and use the number shown beside the paragraph.');
  });

  it('refuses the 2024 text, which is about a different period', () => {
    const { problems, line } = breakFile(OUTLETS, 'source: hkfp-2017-12-07\n        p: 4', 'source: ecns-2024-08-20\n        p: 4', 'ecns-2024-08-20');
    const p = only(problems);
    expect(p).toMatchObject({ file: OUTLETS, line });
    expect(p.message).toBe('ecns-2024-08-20 is not about the 2016–2017 operation, so its figures cannot be charted with it.');
  });

  it('reports a derived value whose input does not exist', () => {
    const { problems, line } = breakFile(DECLINE, 'change: [avg2015, avg2016]', 'change: [avg2014, avg2016]', 'avg2014');
    const p = only(problems);
    expect(p).toMatchObject({ file: DECLINE, line });
    expect(p.message).toBe('The figure "change2015to2016" uses "avg2014", which is not defined above it.');
  });

  it('reports a derived value computed from a bound, which cannot be exact', () => {
    project = tempProject();
    project.edit(DECLINE, (t) => t.replace('plot: [', `  - id: intercepted
    label: intercepted since February 2016
    value: 67000
    source: hksar-2017-12-07
    p: 7
    quote: leading to the interception of over 67 000 NECIIs
plot: [`).replace('derived:\n', 'derived:\n  - id: perMonth\n    label: intercepted a month\n    divide: [intercepted, months2017]\n'));
    const text = project.read(DECLINE);
    const p = only(checkContent(project.root).problems);
    expect(p).toMatchObject({ file: DECLINE, line: text.split('\n').findIndex((l) => l.includes('divide: [intercepted')) + 1 });
    expect(p.message).toBe('"perMonth" cannot be computed exactly: "intercepted" is stated as "over 67000", a bound rather than a count.');
  });

  it('checks numbers written in words against their meaning', () => {
    const { problems, line } = breakFile(DECLINE, 'value: 75', 'value: 70', 'value: 70');
    const p = only(problems);
    expect(p).toMatchObject({ file: DECLINE, line, message: '"three quarters" does not mean 70.' });
    const words = breakFile(DECLINE, 'words: three quarters', 'words: two thirds', 'two thirds');
    expect(only(words.problems)).toMatchObject({ line: words.line, message: 'The words "two thirds" are not in the quote.' });
  });

  it('reports a timeline date its quotes do not state', () => {
    const { problems, line } = breakFile(TIMELINE, 'date: "2016-05-20"', 'date: "2016-05-21"', '2016-05-21');
    const p = only(problems);
    expect(p).toMatchObject({ file: TIMELINE, line, message: 'The date 2016-05-21 of "penaltyOrder" is not stated in its quotes: the day 21 is missing.' });
  });

  it('reports a derived month count that names no event', () => {
    const { problems, line } = breakFile(TIMELINE, 'monthsBetween: [start, plannedEnd]', 'monthsBetween: [start, end]', '[start, end]');
    expect(only(problems)).toMatchObject({ file: TIMELINE, line, message: '"plannedMonths" counts months from "end", which is not an event of this timeline.' });
  });

  it('reports a plotted id that is not a value, and a duplicate id', () => {
    const plot = breakFile(DECLINE, 'plot: [avg2015, avg2016, avg2017]', 'plot: [avg2015, avg2016, avg2018]', 'plot:');
    expect(only(plot.problems)).toMatchObject({ file: DECLINE, line: plot.line, message: 'plot names "avg2018", which is not one of the values.' });
    const dup = breakFile(DECLINE, 'id: avg2016', 'id: avg2015', 'id: avg2015');
    expect(dup.problems.map((p) => p.message)).toContain('The id "avg2015" is used twice.');
  });
});

describe('chart translations check', () => {
  const ZH_DECLINE = 'content/data/zh-hant/monthly-decline.yaml';
  const ZH_OUTLETS = 'content/data/zh-hant/outlet-figures.yaml';
  const ZH_TIMELINE = 'content/data/zh-hant/operation-timeline.yaml';

  it('refuses a translation of a chart that does not exist', () => {
    project = tempProject();
    const orphan = 'content/data/zh-hant/monthly-declines.yaml';
    project.write(orphan, project.read(ZH_DECLINE));
    const p = only(checkContent(project.root).problems);
    expect(p).toMatchObject({ file: orphan, line: 2, message: 'This translates a chart that does not exist: there is no content/data/monthly-declines.yaml.' });
    expect(p.hint).toContain('monthly-decline, operation-timeline, outlet-figures');
  });

  it('refuses a chart without its Chinese translation, on the original', () => {
    project = tempProject();
    project.remove(ZH_TIMELINE);
    const p = only(checkContent(project.root).problems);
    expect(p).toMatchObject({ file: TIMELINE, line: 1, message: 'The chart "operation-timeline" has no 繁體中文 (zh-hant) words: content/data/zh-hant/operation-timeline.yaml is missing.' });
  });

  it('reports a missing label, naming the original words', () => {
    const { problems, line } = breakFile(ZH_DECLINE, /  avg2016: 2016年\n/, '', 'labels:');
    const p = only(problems);
    expect(p).toMatchObject({ file: ZH_DECLINE, line, message: 'No label for "avg2016". The original says "2016".' });
    expect(p.hint).toBe('Add "avg2016: …" under labels:, in the words of 繁體中文.');
  });

  it('reports a label for an id the original does not have', () => {
    const { problems, line } = breakFile(ZH_TIMELINE, '  plannedEnd: 行動原定結束\n', '  plannedEnd: 行動原定結束\n  plannedStart: 行動原定開始\n', 'plannedStart');
    const p = only(problems);
    expect(p).toMatchObject({ file: ZH_TIMELINE, line, message: '"plannedStart" is not an id of content/data/operation-timeline.yaml, so its label translates nothing.' });
    expect(p.hint).toContain('start, penaltyOrder, meeting, plannedEnd');
  });

  it('reports a missing and an extra partial period', () => {
    const missing = breakFile(ZH_DECLINE, /  avg2017\.partialPeriod: .*\n/, '', 'labels:');
    expect(only(missing.problems)).toMatchObject({ file: ZH_DECLINE, line: missing.line, message: 'No partialPeriod for "avg2017". The original says "January–November only".' });
    const extra = breakFile(ZH_DECLINE, '  avg2016: 2016年\n', '  avg2016: 2016年\n  avg2016.partialPeriod: 只計1月至11月\n', 'avg2016.partialPeriod');
    expect(only(extra.problems)).toMatchObject({ file: ZH_DECLINE, line: extra.line, message: '"avg2016" has no partialPeriod in content/data/monthly-decline.yaml, so "avg2016.partialPeriod" translates nothing.' });
  });

  it('reports a report note under the wrong key', () => {
    const { problems, line } = breakFile(ZH_OUTLETS, 'intercepted.hkfp-2017-12-07.p4.note', 'intercepted.hkfp-2017-12-07.p5.note', 'p5.note');
    expect(problems.map((p) => p.message)).toEqual([
      'No note for "intercepted.hkfp-2017-12-07.p4". The original says "says "arrested"; the release says "interception"".',
      '"intercepted.hkfp-2017-12-07.p5" has no note in content/data/outlet-figures.yaml, so "intercepted.hkfp-2017-12-07.p5.note" translates nothing.',
    ]);
    expect(problems[1]).toMatchObject({ file: ZH_OUTLETS, line });
    expect(problems[1]!.hint).toContain('intercepted.hkfp-2017-12-07.p4.note, hongKong2017.china-daily-2017-12-08.p9.note');
  });

  it('reports notes fewer than the original\'s', () => {
    const { problems, line } = breakFile(ZH_DECLINE, /  - 新聞公報只以每月平均數.*\n/, '', 'notes:');
    const p = only(problems);
    expect(p).toMatchObject({ file: ZH_DECLINE, line, message: '1 note, but content/data/monthly-decline.yaml has 2.' });
    expect(p.hint).toBe('Translate every note of the original, one for one and in the same order, and add none.');
  });

  it('reports a missing unit, and a unit where the chart has none', () => {
    const missing = breakFile(ZH_DECLINE, /unit: 每月人數\n/, '', 'title:');
    expect(only(missing.problems)).toMatchObject({ file: ZH_DECLINE, line: missing.line, message: 'No unit: the original\'s is "NECIIs a month".' });
    const extra = breakFile(ZH_TIMELINE, /^title: (.*)$/m, 'title: $1\nunit: 月', 'unit: 月');
    expect(only(extra.problems)).toMatchObject({ file: ZH_TIMELINE, line: extra.line, message: 'A timeline chart has no unit to translate.' });
  });

  it('reports Simplified characters on their line, with the Hong Kong forms', () => {
    const { problems, line } = breakFile(ZH_TIMELINE, 'start: 聯合專項行動開始', 'start: 联合专项行动开始', '联合');
    const p = only(problems);
    expect(p).toMatchObject({ file: ZH_TIMELINE, line, message: 'Simplified or non-Hong Kong characters in labels.start: 联 (Hong Kong: 聯), 专项 (Hong Kong: 專項), 动开 (Hong Kong: 動開).' });
    expect(p.hint).toBe('Write Traditional Chinese as Hong Kong writes it: 联 → 聯, 专项 → 專項, 动开 → 動開.');
    const note = breakFile(ZH_DECLINE, '沒有列出總數', '没有列出总数', '没有');
    expect(only(note.problems)).toMatchObject({ file: ZH_DECLINE, line: note.line, message: 'Simplified or non-Hong Kong characters in notes.1: 没 (Hong Kong: 沒), 总数 (Hong Kong: 總數).' });
  });

  it('reports a translation schema problem on its line', () => {
    const { problems, line } = breakFile(ZH_DECLINE, 'title: ', 'titel: ', 'titel');
    expect(problems.some((p) => p.file === ZH_DECLINE && p.line === line)).toBe(true);
  });
});
