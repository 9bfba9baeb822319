import type { SeriesData } from '../content/schema.ts';
import type { ChartModel } from './chartModel.ts';
import type { ChartText } from './chartText.ts';
import { declineInput, declineLayout, type DeclineInput } from './declineChart.ts';
import { computeDerived } from './derive.ts';
import { formatChange, formatCount } from './formatValues.ts';
import { LAYOUTS } from './layoutSizes.ts';
import { lookup, paragraphHref, type SourceLookup } from './sourceInfo.ts';
import type { DataTable } from './table.ts';

/** The monthly-decline chart (any `series` data file): bars, step changes, tables and the finding in words. */
export function declineModel(data: SeriesData, sources: SourceLookup, words: ChartText): ChartModel {
  const { figures } = computeDerived(data.values, data.derived, 'values');
  const input = declineInput(data, figures, sources, words);
  const scenes = Object.fromEntries(LAYOUTS.map(({ name, width }) => [name, declineLayout(input, width, words)])) as ChartModel['scenes'];
  const cited = [...new Set(data.values.map((v) => v.source))];
  return {
    id: data.slug,
    kind: data.kind,
    title: words.title(data.title),
    description: declineDescription(input, sources, words),
    scenes,
    tables: declineTables(data, input, figures, sources, words),
    notes: words.notes(data.notes),
    sources: cited,
  };
}

const period = (b: DeclineInput['bars'][number], words: ChartText) => words.withNote(b.label, b.partialPeriod);

/** "318 in 2015, 185 in 2016 (−41.8%) and 76 in 2017 (January–November only; −58.9%) …" */
export function declineDescription(input: DeclineInput, sources: SourceLookup, words: ChartText): string {
  const { t, punctuation } = words;
  const { bars, changes } = input;
  const step = (i: number) => changes.find((c) => c.from === i - 1 && c.to === i);
  const verb = (percent: number) => t(percent < 0 ? 'chart.fell' : 'chart.rose');
  const amount = (percent: number) => formatChange(Math.abs(percent)).replace('+', '');
  const parts = bars.map((b, i) => {
    const c = step(i);
    const item = { value: formatCount(b.value), period: period(b, words) };
    return c
      ? t('chart.decline.itemChange', { ...item, change: formatChange(c.percent), verb: verb(c.percent), amount: amount(c.percent), previous: bars[i - 1]!.label })
      : t('chart.decline.item', item);
  });
  const list = parts.length > 1 ? t('chart.decline.listEnd', { list: parts.slice(0, -1).join(punctuation.clause), last: parts.at(-1)! }) : parts[0]!;
  const overall = changes.find((c) => c.from === 0 && c.to === bars.length - 1 && bars.length > 2);
  const cites = [...new Set(bars.map((b) => t('chart.sourceParagraph', { source: lookup(sources, b.source).label, p: b.p })))].join(punctuation.clause);
  const common = { unit: input.unit, list, sources: cites };
  return overall
    ? t('chart.decline.descriptionOverall', { ...common, from: bars[0]!.label, to: bars.at(-1)!.label, verb: verb(overall.percent), amount: amount(overall.percent) })
    : t('chart.decline.description', common);
}

function declineTables(data: SeriesData, input: DeclineInput, figures: ReturnType<typeof computeDerived>['figures'], sources: SourceLookup, words: ChartText): DataTable[] {
  const { t } = words;
  const citeText = (source: string, p: number) => `${words.short(lookup(sources, source))} ¶${p}`;
  const cite = (source: string, p: number, quote: string) => ({ text: citeText(source, p), href: paragraphHref(source, p), quote });
  const values: DataTable = {
    caption: words.withNote(words.title(data.title), input.unit),
    columns: [{ label: t('chart.decline.column.period') }, { label: input.unit, numeric: true }, { label: t('chart.column.source') }],
    rows: input.bars.map((b) => [
      { text: period(b, words), rowHeader: true },
      { text: formatCount(b.value), numeric: true },
      cite(b.source, b.p, b.quote),
    ]),
  };
  const byId = new Map(data.values.map((v) => [v.id, v]));
  const derived: DataTable = {
    caption: t('chart.decline.derivedCaption'),
    columns: [{ label: t('chart.column.what') }, { label: t('chart.decline.column.result'), numeric: true }, { label: t('chart.column.working') }, { label: t('chart.decline.column.stated') }],
    rows: data.derived.map((d) => {
      const f = figures.get(d.id)!;
      const stated = 'statedAs' in d && d.statedAs ? byId.get(d.statedAs) : undefined;
      const statedCell = stated
        ? {
            ...cite(stated.source, stated.p, stated.quote),
            text: stated.words
              ? t('chart.decline.inWords', { cite: citeText(stated.source, stated.p), words: stated.words, value: 'change' in d ? t('chart.perCent', { value: formatCount(stated.value) }) : formatCount(stated.value) })
              : citeText(stated.source, stated.p),
          }
        : { text: '—' };
      return [
        { text: words.label(d.id, d.label), rowHeader: true },
        { text: 'change' in d ? formatChange(f.value) : formatCount(Math.round(f.value * 10) / 10), numeric: true },
        { text: f.working ?? '' },
        statedCell,
      ];
    }),
  };
  return [values, derived];
}
