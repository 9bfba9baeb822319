import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import type { TimelineData } from '../content/schema.ts';
import type { ChartModel } from './chartModel.ts';
import type { ChartText } from './chartText.ts';
import { computeDerived } from './derive.ts';
import { LAYOUTS } from './layoutSizes.ts';
import { paragraphHref, type SourceLookup } from './sourceInfo.ts';
import type { DataTable } from './table.ts';
import { timelineInput, timelineLayout, type TimelineEvent } from './timelineChart.ts';

/** The timeline chart (any `timeline` data file). */
export function timelineModel(data: TimelineData, sources: SourceLookup, words: ChartText): ChartModel {
  const { t } = words;
  const { figures } = computeDerived([], data.derived, 'values', data.events);
  const events = timelineInput(data, figures, sources, words);
  const scenes = Object.fromEntries(LAYOUTS.map(({ name, width }) => [name, timelineLayout(events, width, words)])) as ChartModel['scenes'];
  const counts: DataTable = {
    caption: t('chart.timeline.countsCaption'),
    columns: [{ label: t('chart.column.what') }, { label: t('chart.timeline.column.months'), numeric: true }, { label: t('chart.column.working') }],
    rows: data.derived.map((d) => {
      const f = figures.get(d.id)!;
      return [{ text: words.label(d.id, d.label), rowHeader: true }, { text: String(f.value), numeric: true }, { text: monthsWorking(d, f, data, words) }];
    }),
  };
  return {
    id: data.slug,
    kind: data.kind,
    title: words.title(data.title),
    description: timelineDescription(events, words),
    scenes,
    tables: [timelineTable(events, words), ...(counts.rows.length ? [counts] : [])],
    notes: words.notes(data.notes),
    sources: [...new Set(events.flatMap((e) => e.citations.map((c) => c.source)))],
  };
}

/**
 * How a month count was computed. English is the arithmetic's own working
 * ("February 2016 to December 2017, both counted = 23 months"); another
 * language says the same from the same event dates and computed value.
 */
function monthsWorking(d: TimelineData['derived'][number], f: { value: number; working?: string }, data: TimelineData, words: ChartText): string {
  if (words.locale === DEFAULT_LOCALE || !('monthsBetween' in d)) return f.working ?? '';
  const [from, to] = d.monthsBetween.map((id) => data.events.find((e) => e.id === id)!.date.slice(0, 7));
  return words.t('chart.timeline.monthsWorking', { from: words.date(from!), to: words.date(to!), count: f.value });
}

export function timelineDescription(events: readonly TimelineEvent[], words: ChartText): string {
  const { t, punctuation } = words;
  const items = events.map((e) => {
    const extra = [
      ...e.counts.map((c) => t('chart.timeline.descMonth', { count: c.value })),
      ...(e.planned ? [t('chart.timeline.descPlanned')] : []),
      ...(e.inRelease ? [] : [t('chart.timeline.descNotInRelease', { outlets: e.citations.map((c) => c.short).join(punctuation.names) })]),
    ];
    const item = { date: words.date(e.date), event: e.label };
    return extra.length ? t('chart.timeline.itemExtra', { ...item, extra: extra.join(punctuation.clause) }) : t('chart.timeline.item', item);
  });
  return t('chart.timeline.description', { from: words.date(events[0]!.date), to: words.date(events.at(-1)!.date), items: items.join(punctuation.stop + punctuation.gap) });
}

function timelineTable(events: readonly TimelineEvent[], words: ChartText): DataTable {
  const { t } = words;
  return {
    caption: t('chart.timeline.caption'),
    columns: [{ label: t('chart.timeline.column.date') }, { label: t('chart.timeline.column.event') }, { label: t('chart.timeline.column.inRelease') }, { label: t('chart.column.source') }],
    rows: events.flatMap((e) =>
      e.citations.map((c) => [
        { text: words.date(e.date), rowHeader: true },
        { text: e.label },
        { text: t(e.inRelease ? 'chart.timeline.yes' : 'chart.timeline.no') },
        { text: `${c.sourceLabel} ¶${c.p}`, href: paragraphHref(c.source, c.p), quote: c.quote },
      ]),
    ),
  };
}
