import type { TimelineData } from '../schema.ts';
import type { ChartModel } from './chartModel.ts';
import { computeDerived } from './derive.ts';
import { formatEventDate } from './eventDates.ts';
import { LAYOUTS } from './layoutSizes.ts';
import { paragraphHref, type SourceLookup } from './sourceInfo.ts';
import type { DataTable } from './table.ts';
import { timelineInput, timelineLayout, type TimelineEvent } from './timelineChart.ts';

/** The timeline chart (any `timeline` data file). */
export function timelineModel(data: TimelineData, sources: SourceLookup): ChartModel {
  const { figures } = computeDerived([], data.derived, 'values', data.events);
  const events = timelineInput(data, figures, sources);
  const scenes = Object.fromEntries(LAYOUTS.map(({ name, width }) => [name, timelineLayout(events, width)])) as ChartModel['scenes'];
  const counts: DataTable = {
    caption: 'Month counts, computed from the dates above',
    columns: [{ label: 'What' }, { label: 'Months', numeric: true }, { label: 'Working' }],
    rows: data.derived.map((d) => {
      const f = figures.get(d.id)!;
      return [{ text: d.label, rowHeader: true }, { text: String(f.value), numeric: true }, { text: f.working ?? '' }];
    }),
  };
  return {
    id: data.slug,
    kind: data.kind,
    title: data.title,
    description: timelineDescription(events),
    scenes,
    tables: [timelineTable(events), ...(counts.rows.length ? [counts] : [])],
    notes: data.notes,
    sources: [...new Set(events.flatMap((e) => e.citations.map((c) => c.source)))],
  };
}

export function timelineDescription(events: readonly TimelineEvent[]): string {
  const items = events.map((e) => {
    const extra = [
      ...e.counts.map((c) => `month ${c.value} of the operation`),
      ...(e.planned ? ['planned at the time'] : []),
      ...(e.inRelease ? [] : [`not in the press release; reported by ${e.citations.map((c) => c.short).join(', ')}`]),
    ];
    return `${formatEventDate(e.date)}: ${e.label}${extra.length ? ` (${extra.join('; ')})` : ''}`;
  });
  return `Timeline, ${formatEventDate(events[0]!.date)} to ${formatEventDate(events.at(-1)!.date)}. ${items.join('. ')}.`;
}

function timelineTable(events: readonly TimelineEvent[]): DataTable {
  return {
    caption: 'Events, with every text that dates them',
    columns: [{ label: 'Date' }, { label: 'Event' }, { label: 'In the press release?' }, { label: 'Source and exact words' }],
    rows: events.flatMap((e) =>
      e.citations.map((c) => [
        { text: formatEventDate(e.date), rowHeader: true },
        { text: e.label },
        { text: e.inRelease ? 'yes' : 'no' },
        { text: `${c.sourceLabel} ¶${c.p}`, href: paragraphHref(c.source, c.p), quote: c.quote },
      ]),
    ),
  };
}
