/** The small pure pieces the charts are built from (issue 4). */
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { overlaps, textBox } from '../src/lib/charts/box.ts';
import { chartText, ENGLISH } from '../src/lib/charts/chartText.ts';
import { chartModel } from '../src/lib/charts/chartModel.ts';
import { declineInput, declineLayout } from '../src/lib/charts/declineChart.ts';
import { computeDerived } from '../src/lib/charts/derive.ts';
import { dodge } from '../src/lib/charts/dodge.ts';
import { chartRows, toCsv } from '../src/lib/charts/downloads.ts';
import { eventTime, formatEventDate, unstatedDateParts } from '../src/lib/charts/eventDates.ts';
import { formatChange, formatCount } from '../src/lib/charts/formatValues.ts';
import { numberFromWords, wordsMean } from '../src/lib/charts/numberWords.ts';
import { outletInput } from '../src/lib/charts/outletChart.ts';
import { outletDescription } from '../src/lib/charts/outletModel.ts';
import { placeLabel } from '../src/lib/charts/placeLabel.ts';
import { compatible, intervalOf, statedNumber } from '../src/lib/charts/qualifier.ts';
import { flatten, type TextNode } from '../src/lib/charts/scene.ts';
import { textWidth } from '../src/lib/charts/textWidth.ts';
import { timelineInput } from '../src/lib/charts/timelineChart.ts';
import { wrapText } from '../src/lib/charts/wrapText.ts';
import { nonHongKongCharacters } from '../src/lib/check/traditionalChinese.ts';
import { charts, chinese, comparison, lookup, series, timeline } from './helpers/chartData.ts';


describe('computed percentages', () => {
  const { figures, errors } = computeDerived(series.values, series.derived, 'values');
  const value = (id: string) => figures.get(id)!.value;

  it('computes the three drops from the cited monthly averages', () => {
    expect(errors).toEqual([]);
    expect(value('change2015to2016')).toBeCloseTo(((185 - 318) / 318) * 100, 10);
    expect(value('change2016to2017')).toBeCloseTo(((76 - 185) / 185) * 100, 10);
    expect(value('change2015to2017')).toBeCloseTo(((76 - 318) / 318) * 100, 10);
    expect(['change2015to2016', 'change2016to2017', 'change2015to2017'].map((id) => formatChange(value(id)))).toEqual(['−41.8%', '−58.9%', '−76.1%']);
  });

  it('recomputes the 2017 average from the total and the months, with its working', () => {
    expect(value('avg2017computed')).toBeCloseTo(837 / 11, 10);
    expect(figures.get('avg2017computed')!.working).toBe('837 ÷ 11 = 76.1');
  });

  it('puts each outlet against the press release, and says which cannot both be true', () => {
    const q = new Map(outletInput(comparison, lookup, ENGLISH).map((x) => [x.id, x]));
    const intercepted = q.get('intercepted')!;
    expect(intercepted.reference!.stated).toBe('over 67,000');
    expect(intercepted.reports.map((r) => r.short)).toEqual(['Press release', 'CGTN', 'China Daily', 'HKFP']);
    expect(intercepted.reports[2]!.deviation).toBeCloseTo((600 / 67000) * 100, 10);
    const hk = q.get('hongKong2017')!;
    const fewer = hk.reports.find((r) => r.value === 400)!;
    expect(fewer.deviation).toBeCloseTo(((400 - 837) / 837) * 100, 10);
    expect(fewer).toMatchObject({ qualifier: 'under', stated: 'fewer than 400', compatible: false });
    expect(hk.reports.find((r) => r.value === 830)).toMatchObject({ qualifier: 'over', compatible: true });
    expect(q.get('organisers')!.reference).toBeNull();
    expect(q.get('organisers')!.reports.every((r) => r.deviation === null && r.compatible === null)).toBe(true);
    const conflicts = [...q.values()].flatMap((x) => x.reports.filter((r) => r.compatible === false));
    expect(conflicts).toHaveLength(1);
  });

  it('states the largest gap and, only as conditional, the figure that contradicts the release', () => {
    const description = outletDescription(outletInput(comparison, lookup, ENGLISH), ENGLISH);
    expect(description).toContain('says fewer than 400, 52.2% below the press release’s 837. That figure cannot be true alongside the release’s, if both count the same thing.');
  });

  it('counts the operation\'s months from the event dates, both counted', () => {
    const { figures } = computeDerived([], timeline.derived, 'values', timeline.events);
    expect(figures.get('monthsToMeeting')!.value).toBe(23);
    expect(figures.get('plannedMonths')!.value).toBe(42);
    const events = timelineInput(timeline, figures, lookup, ENGLISH);
    expect(events.filter((e) => e.planned).map((e) => e.id)).toEqual(['plannedEnd']);
    expect(events.filter((e) => !e.inRelease).map((e) => e.id)).toEqual(['plannedEnd']);
  });
});

describe('scales', () => {
  const { figures } = computeDerived(series.values, series.derived, 'values');
  const input = declineInput(series, figures, lookup, ENGLISH);

  it.each([320, 600])('draws bar heights in proportion to the values from a zero baseline (%i wide)', (width) => {
    const bars = flatten(declineLayout(input, width, ENGLISH).nodes).filter((n) => n.kind === 'rect');
    expect(bars).toHaveLength(3);
    const bottoms = bars.map((b) => b.y + b.height);
    expect(new Set(bottoms.map((b) => b.toFixed(6))).size).toBe(1);
    const [a, b, c] = bars.map((x) => x.height);
    expect(b! / a!).toBeCloseTo(185 / 318, 10);
    expect(c! / a!).toBeCloseTo(76 / 318, 10);
    // Equal widths, in time order, the partial year hatched.
    expect(new Set(bars.map((x) => x.width.toFixed(6))).size).toBe(1);
    expect(bars[0]!.x).toBeLessThan(bars[1]!.x);
    expect(bars.map((x) => !!x.hatched)).toEqual([false, false, true]);
  });

  it('places the comparison marks on one shared per-cent scale, the release at zero', () => {
    const lanes = flatten(chartModel(comparison, lookup, 'en').scenes.wide.nodes).filter((n) => n.kind === 'link');
    /** x of the mark in the lane whose label starts with `quantity` and names `value`. */
    const markX = (quantity: string, value: string) => {
      const lane = lanes.find((l) => l.label.startsWith(quantity) && l.value === value)!;
      const symbol = lane.children.find((c) => c.kind === 'path')!;
      return Number(/translate\(([-\d.]+),/.exec(symbol.kind === 'path' ? symbol.transform! : '')![1]);
    };
    const zero = markX('Intercepted', '67000');
    for (const [quantity, value] of [['Smuggling cases', '293'], ['Smuggling syndicates', '53'], ['Caught in Hong Kong', '837']]) expect(markX(quantity!, value!)).toBeCloseTo(zero, 2);
    const plus = markX('Intercepted', '67600'); // +0.9%
    const minus = markX('Caught in Hong Kong', '400'); // −52.2%
    expect(plus).toBeGreaterThan(zero);
    expect(minus).toBeLessThan(zero);
    // Linear and shared: distances from zero are in the ratio of the differences.
    // (Mark positions are rounded to 0.01 units in the SVG.)
    expect((zero - minus) / (plus - zero)).toBeCloseTo((437 / 837) / (600 / 67000), 1);
  });

  it('places timeline dots in date order', () => {
    expect(timeline.events.map((e) => eventTime(e.date).getTime())).toEqual([...timeline.events.map((e) => eventTime(e.date).getTime())].sort((a, b) => a - b));
  });
});

describe('label layout', () => {
  const label = (text: string, x: number, y: number, anchor: TextNode['anchor'] = 'start'): TextNode => ({ kind: 'text', x, y, text, anchor, size: 12, className: 't' });

  it('measures text conservatively, bold wider than regular', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('318', 10)).toBeCloseTo(3 * 6.4, 5);
    expect(textWidth('China Daily', 12, true)).toBeGreaterThan(textWidth('China Daily', 12));
    const box = textBox(label('abc', 100, 50, 'end'));
    expect(box.x + box.width).toBeCloseTo(100, 10);
  });

  it('takes the first candidate that is clear and inside the bounds', () => {
    const bounds = { x: 0, y: 0, width: 200, height: 100 };
    const obstacle = textBox(label('occupied', 10, 20));
    const placed = placeLabel([[label('−41.8%', 12, 22)], [label('−41.8%', 12, 60)]], [obstacle], bounds);
    expect(placed[0]!.y).toBe(60);
    expect(overlaps(textBox(placed[0]!), obstacle)).toBe(false);
  });

  it('refuses to draw a label where none of its places is free', () => {
    expect(() => placeLabel([[label('much too long for the space', 0, 20)]], [], { x: 0, y: 0, width: 50, height: 40 })).toThrow(/No room for the label/);
  });

  it('wraps at spaces and after en dashes, never wider than asked when words allow', () => {
    expect(wrapText('January–November only', 60, 12)).toEqual(['January–', 'November', 'only']);
    expect(wrapText('January–November only', 1000, 12)).toEqual(['January–November only']);
    for (const line of wrapText('Persons involved in the attempted entries', 120, 13, true)) expect(textWidth(line, 13, true)).toBeLessThanOrEqual(120);
  });

  it('dodges blocks apart in order, as near their wish as the space allows', () => {
    const blocks = [{ want: 0, size: 30 }, { want: 10, size: 30 }, { want: 200, size: 30 }];
    const pos = dodge(blocks, 5, 0, 300);
    expect(pos).toEqual([0, 35, 200]);
    const crowded = dodge([{ want: 90, size: 30 }, { want: 95, size: 30 }], 5, 0, 100);
    expect(crowded).toEqual([35, 70]);
    expect(() => dodge([{ want: 0, size: 60 }, { want: 0, size: 60 }], 5, 0, 100)).toThrow();
  });
});

describe('stated numbers', () => {
  it('reads the qualifier the source puts before a number', () => {
    expect(statedNumber('More than 67,600 illegal immigrants', 67600)).toEqual({ qualifier: 'over', phrase: 'more than' });
    expect(statedNumber('involving over 3\u00a0400 persons', 3400)).toEqual({ qualifier: 'over', phrase: 'over' });
    expect(statedNumber('fell to fewer than 400 over the same period', 400)).toEqual({ qualifier: 'under', phrase: 'fewer than' });
    expect(statedNumber('a drop of almost 60 per cent', 60)).toEqual({ qualifier: 'almost', phrase: 'almost' });
    expect(statedNumber('a total of 837 NECIIs', 837)).toEqual({ qualifier: 'exact', phrase: '' });
    expect(statedNumber('over 50 rings and 53 gangs', 53)).toEqual({ qualifier: 'exact', phrase: '' });
    expect(statedNumber('a drop of three quarters', 75, 'three quarters')).toEqual({ qualifier: 'exact', phrase: '' });
  });

  it('decides whether two stated numbers can both be true', () => {
    expect(compatible(intervalOf(290, 'over'), intervalOf(293, 'exact'))).toBe(true);
    expect(compatible(intervalOf(400, 'under'), intervalOf(837, 'exact'))).toBe(false);
    expect(compatible(intervalOf(67600, 'over'), intervalOf(67000, 'over'))).toBe(true);
    expect(compatible(intervalOf(290, 'over'), intervalOf(290, 'exact'))).toBe(false);
    expect(compatible(intervalOf(53, 'exact'), intervalOf(53, 'exact'))).toBe(true);
    expect(compatible(intervalOf(60, 'almost'), intervalOf(58.9, 'exact'))).toBeNull();
  });

  it('reads numbers written in words', () => {
    expect(numberFromWords('three quarters')).toBe(0.75);
    expect(numberFromWords('a half')).toBe(0.5);
    expect(numberFromWords('seven')).toBe(7);
    expect(numberFromWords('many')).toBeNull();
    expect(wordsMean('three quarters', 75)).toBe(true);
    expect(wordsMean('three quarters', 0.75)).toBe(true);
    expect(wordsMean('three quarters', 70)).toBe(false);
  });

  it('finds every part of a date in its quotes', () => {
    expect(unstatedDateParts('2016-05-20', ['introduced the Order on May 20, 2016'])).toEqual([]);
    expect(unstatedDateParts('2017-12-07', ['in Shenzhen today (December 7)'])).toEqual(['the year 2017']);
    expect(unstatedDateParts('2017-12-07', ['in Shenzhen today (December 7)', 'Ends/Thursday, December 7, 2017'])).toEqual([]);
    expect(unstatedDateParts('2017-11', ['caught on Nov 24, 2017'])).toEqual([]);
    expect(unstatedDateParts('2016-03', ['since February 2016'])).toEqual(['the month March']);
    expect(formatEventDate('2016-05-20')).toBe('20 May 2016');
    expect(formatEventDate('2019-07')).toBe('July 2019');
    expect(formatCount(67600)).toBe('67,600');
  });
});

describe('downloads', () => {
  const url = (path: string) => `https://example.org/${path}`;

  it('quotes CSV fields with commas and double quotes, and parses back to the same rows', () => {
    const rows = chartRows(comparison, lookup, url);
    const csv = toCsv(rows);
    expect(csv).toContain('"HKSAR Government press release, 7 Dec 2017"');
    expect(csv).toContain('"says ""arrested""; the release says ""interception"""');
    const parsed = csvParse(csv);
    expect(parsed.columns).toEqual(rows.columns);
    expect(parsed.map((r) => r.value)).toEqual(rows.rows.map((r) => String(r.value)));
    expect(parsed[0]!.url).toBe('https://example.org/sources/hksar-2017-12-07/#p7');
  });

  it('carries the computed changes with their working after the cited values', () => {
    const rows = chartRows(series, lookup, url).rows;
    expect(rows.filter((r) => r.kind === 'cited').map((r) => r.value)).toEqual([318, 185, 76]);
    const change = rows.find((r) => r.id === 'change2015to2017')!;
    expect(change).toMatchObject({ kind: 'computed', unit: '%', working: '(76 − 318) ÷ 318 = −76.1%', source: '' });
  });
});

describe('charts in two languages', () => {
  const en = (id: string) => chartModel(charts.get(id)!.data, lookup, 'en');
  const zh = (id: string) => chartModel(charts.get(id)!.data, lookup, 'zh-hant', chinese(id));
  const ids = ['monthly-decline', 'outlet-figures', 'operation-timeline'];

  it('keeps the English charts as they were', () => {
    expect(en('monthly-decline').description).toBe('Bar chart, NECIIs a month: 318 in 2015; 185 in 2016, −41.8% on 2015; and 76 in 2017 (January–November only), −58.9% on 2016. From 2015 to 2017 the monthly average fell by 76.1%. Source: HKSAR Government press release, 7 Dec 2017, paragraph 9.');
    expect(en('outlet-figures').description).toBe('Dot chart comparing 6 figures as the HKSAR Government press release and the news reports gave them, each placed by its difference from the release, in per cent. 11 of 14 news-report figures are within 5% of the release. The largest gap: for “Caught in Hong Kong”, China Daily, 8 Dec 2017 (paragraph 9) says fewer than 400, 52.2% below the press release’s 837. That figure cannot be true alongside the release’s, if both count the same thing. The release gives no figure for “Organisers or traffickers seized”.');
    expect(en('operation-timeline').description).toBe('Timeline, February 2016 to July 2019. February 2016: The joint special operation begins. 20 May 2016: Hong Kong raises the penalties for smuggling NECIIs. 7 December 2017: Fifth joint working group meeting in Shenzhen; results announced (month 23 of the operation). July 2019: Planned end of the operation (month 42 of the operation; planned at the time; not in the press release; reported by CGTN, China Daily, HKFP).');
    const headings = (id: string) => en(id).tables.map((t) => [t.caption, t.columns.map((c) => c.label)]);
    expect(headings('monthly-decline')).toEqual([
      ['NECIIs intercepted or identified in Hong Kong, monthly average (NECIIs a month)', ['Period', 'NECIIs a month', 'Source and exact words']],
      ['Computed from the figures above when the site is built', ['What', 'Result', 'Working', 'The source says']],
    ]);
    expect(headings('outlet-figures')).toEqual([['Each text’s figure compared with the press release', ['Figure', 'Text', 'As stated', 'Difference from the release', 'Can both be true?', 'Source and exact words']]]);
    expect(headings('operation-timeline')).toEqual([
      ['Events, with every text that dates them', ['Date', 'Event', 'In the press release?', 'Source and exact words']],
      ['Month counts, computed from the dates above', ['What', 'Months', 'Working']],
    ]);
    const firstLink = (id: string) => flatten(en(id).scenes.compact.nodes).find((n) => n.kind === 'link')!;
    expect(firstLink('monthly-decline')).toMatchObject({ label: '2015: 318 NECIIs a month. Source: HKSAR Government press release, 7 Dec 2017, paragraph 9.' });
    expect(firstLink('outlet-figures')).toMatchObject({ label: 'Intercepted since February 2016: HKSAR Government press release, 7 Dec 2017, paragraph 7, says over 67,000. The reference figure.' });
    expect(firstLink('operation-timeline')).toMatchObject({ label: 'February 2016, The joint special operation begins: HKSAR Government press release, 7 Dec 2017, paragraph 7.' });
    expect(ids.map((id) => [en(id).scenes.compact.height, en(id).scenes.wide.height])).toEqual([[319, 300], [1039, 625], [487, 403]]);
    expect(en('operation-timeline').tables[1]!.rows[0]![2]!.text).toBe('February 2016 to December 2017, both counted = 23 months');
  });

  it('states the decline in Chinese, with the numbers computed from the original data', () => {
    const model = zh('monthly-decline');
    expect(model.title).toBe('在香港截獲或識別的非華裔非法入境者，每月平均數');
    expect(model.description).toBe('棒形圖，每月人數：2015年為318；2016年為185，較2015年下跌41.8%；2017年（只計1月至11月）為76，較2016年下跌58.9%。由2015年至2017年，每月平均數下跌76.1%。資料來源：HKSAR Government press release, 7 Dec 2017，第9段。');
    const texts = flatten(model.scenes.wide.nodes).flatMap((n) => (n.kind === 'text' ? [n.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['2015年至2017年：−76.1%', '318', '高峯年份', '只計1月至11月', '−41.8%', '較2015年']));
    expect(model.tables[1]!.rows[2]![3]!.text).toBe('新聞公報 ¶9（原文以文字表達：「three quarters」= 75%）');
  });

  it('writes the comparison and the timeline in Chinese, dates as Hong Kong writes them', () => {
    expect(zh('outlet-figures').description).toContain('差距最大的是「在香港被截獲」：China Daily, 8 Dec 2017（第9段）稱少於400，比新聞公報的837低52.2%。');
    const timelineModel = zh('operation-timeline');
    expect(timelineModel.description).toMatch(/^時間線，由2016年2月至2019年7月。2016年2月：聯合專項行動開始。2016年5月20日：/);
    expect(timelineModel.tables[1]!.rows[0]![2]!.text).toBe('2016年2月至2017年12月，首尾兩個月均計算在內 = 23個月');
    const words = chartText('zh-hant', chinese('outlet-figures'));
    expect(words.stated(67600, 'over', 'more than')).toBe('超過67,600');
    expect(words.stated(400, 'under', 'fewer than')).toBe('少於400');
    expect(words.date('2016-05-20')).toBe('2016年5月20日');
    expect(words.date('2019-07')).toBe('2019年7月');
  });

  it.each(ids)('%s: the Chinese chart has the English one\'s numbers, links and shape', (id) => {
    const [a, b] = [en(id), zh(id)];
    for (const layout of ['compact', 'wide'] as const) {
      const linksOf = (m: typeof a) => flatten(m.scenes[layout].nodes).filter((n) => n.kind === 'link').map((l) => [l.href, l.value]);
      expect(linksOf(b)).toEqual(linksOf(a));
      expect(flatten(b.scenes[layout].nodes).filter((n) => n.kind === 'rect' || n.kind === 'path').length).toBe(flatten(a.scenes[layout].nodes).filter((n) => n.kind === 'rect' || n.kind === 'path').length);
    }
    expect(b.sources).toEqual(a.sources);
    expect(b.notes.length).toBe(a.notes.length);
    // Every numeric cell is the same number, formatted the same.
    const numeric = (m: typeof a) => m.tables.flatMap((t) => t.rows.flatMap((r) => r.filter((c) => c.numeric && /\d/.test(c.text)).map((c) => c.text.replace(/^\D+/, ''))));
    expect(numeric(b)).toEqual(numeric(a));
  });

  it.each(ids)('%s: no English word is left in the Chinese drawing but the outlets\' names, and no Simplified character', (id) => {
    const model = zh(id);
    const strings = [
      model.title, model.description, ...model.notes,
      ...model.tables.flatMap((t) => [t.caption, ...t.columns.map((c) => c.label), ...t.rows.flatMap((r) => r.map((c) => c.text))]),
      // Whole strings only: the check reads characters in context (公佈 is right, 佈 alone is not), and drawn lines are pieces.
      ...Object.values(model.scenes).flatMap((s) => flatten(s.nodes).flatMap((n) => (n.kind === 'link' ? [n.label] : []))),
    ];
    for (const text of strings) expect(nonHongKongCharacters(text), text).toEqual([]);
    const drawn = Object.values(model.scenes).flatMap((s) => flatten(s.nodes).flatMap((n) => (n.kind === 'text' ? [n.text] : [])));
    const names = /CGTN|China Daily|HKFP/g;
    expect(drawn.filter((t) => /[A-Za-z]/.test(t.replace(names, '')))).toEqual([]);
  });

  it('refuses to draw a Chinese chart without its translation, or with a label missing', () => {
    expect(() => chartModel(series, lookup, 'zh-hant')).toThrow(/needs the translation/);
    const labels = { ...chinese('monthly-decline').labels };
    delete labels.avg2016;
    expect(() => chartModel(series, lookup, 'zh-hant', { ...chinese('monthly-decline'), labels })).toThrow(/No zh-hant label "avg2016"/);
  });
});

describe('Chinese text in a chart', () => {
  it('measures Chinese characters and full-width punctuation at 1em, bold too', () => {
    expect(textWidth('新聞公報', 10)).toBeCloseTo(40, 10);
    expect(textWidth('新聞公報', 10, true)).toBeCloseTo(40, 10);
    expect(textWidth('（只計）：「」、。', 10)).toBeCloseTo(90, 10);
    expect(textWidth('2017年', 10)).toBeCloseTo(4 * 6.4 + 10, 10);
  });

  it('wraps Chinese between characters, never before closing punctuation or between a number and its unit', () => {
    const lines = wrapText('在香港截獲或識別的非華裔非法入境者，每月平均數', 90, 10);
    expect(lines.join('')).toBe('在香港截獲或識別的非華裔非法入境者，每月平均數');
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(90);
    expect(lines.some((l) => /^[，。；：）」]/.test(l))).toBe(false);
    expect(wrapText('行動第23個月，2017年12月7日', 45, 10)).toEqual(['行動第', '23個月，', '2017年', '12月7日']);
    expect(wrapText('China Daily的「fewer than 400」', 60, 10)).toEqual(['China Daily', '的「fewer', 'than 400」']);
  });
});
