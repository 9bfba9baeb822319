import { csvFormat } from 'd3';
import type { ChartData } from '../content/schema.ts';
import { ENGLISH } from './chartText.ts';
import { declineInput } from './declineChart.ts';
import { computeDerived } from './derive.ts';
import { outletInput } from './outletChart.ts';
import { lookup, paragraphHref, type SourceLookup } from './sourceInfo.ts';
import { timelineInput } from './timelineChart.ts';

export type Cell = string | number | boolean | null;
export interface DataRows { columns: string[]; rows: Record<string, Cell>[] }

/** Turns a site path into the absolute URL a downloaded file should carry. */
export type AbsoluteUrl = (sitePath: string) => string;

const citation = (sources: SourceLookup, url: AbsoluteUrl, c: { source: string; p: number; quote: string }) => ({
  source: c.source,
  source_label: lookup(sources, c.source).label,
  paragraph: c.p,
  quote: c.quote,
  url: url(paragraphHref(c.source, c.p)),
});
const CITATION = ['source', 'source_label', 'paragraph', 'quote', 'url'];

/**
 * The rows behind a chart, one per mark, each with its citation: what the
 * CSV and JSON downloads contain, in the data file's own words (one file for
 * every language). Computed values (changes, month counts)
 * come after the cited ones, with their working instead of a citation.
 */
export function chartRows(data: ChartData, sources: SourceLookup, url: AbsoluteUrl): DataRows {
  switch (data.kind) {
    case 'series': {
      const { figures } = computeDerived(data.values, data.derived, 'values');
      const input = declineInput(data, figures, sources, ENGLISH);
      const cited = input.bars.map((b) => ({ kind: 'cited', id: b.id, label: b.label, period_note: b.partialPeriod ?? '', value: b.value, unit: data.unit, working: '', ...citation(sources, url, b) }));
      const computed = data.derived.map((d) => {
        const f = figures.get(d.id)!;
        return { kind: 'computed', id: d.id, label: d.label, period_note: '', value: Math.round(f.value * 1000) / 1000, unit: f.unit.trim() || data.unit, working: f.working ?? '', source: '', source_label: '', paragraph: null, quote: '', url: '' };
      });
      return { columns: ['kind', 'id', 'label', 'period_note', 'value', 'unit', 'working', ...CITATION], rows: [...cited, ...computed] };
    }
    case 'comparison': {
      const rows = outletInput(data, sources, ENGLISH).flatMap((q) =>
        q.reports.map((r) => ({
          quantity: q.id,
          quantity_label: q.label,
          value: r.value,
          qualifier: r.qualifier,
          stated: r.stated,
          release_value: q.reference?.value ?? null,
          difference_pct: r.deviation === null ? null : Math.round(r.deviation * 1000) / 1000,
          both_can_be_true: r.compatible,
          note: r.note ?? '',
          ...citation(sources, url, r),
        })),
      );
      return { columns: ['quantity', 'quantity_label', 'value', 'qualifier', 'stated', 'release_value', 'difference_pct', 'both_can_be_true', 'note', ...CITATION], rows };
    }
    case 'timeline': {
      const { figures } = computeDerived([], data.derived, 'values', data.events);
      const rows = timelineInput(data, figures, sources, ENGLISH).flatMap((e) =>
        e.citations.map((c) => ({ event: e.id, date: e.date, label: e.label, in_release: e.inRelease, planned: e.planned, ...citation(sources, url, c) })),
      );
      return { columns: ['event', 'date', 'label', 'in_release', 'planned', ...CITATION], rows };
    }
  }
}

/** RFC 4180 CSV via d3-dsv, which quotes every field that needs it. */
export function toCsv({ columns, rows }: DataRows): string {
  const text = rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] === null || r[c] === undefined ? '' : String(r[c])])));
  return `${csvFormat(text, columns)}\n`;
}

/** The derived values of a data file with their working, for the JSON download. */
export function computedValues(data: ChartData): { id: string; label: string; value: number; unit: string; working: string }[] {
  if (data.kind === 'comparison') return [];
  const { figures } = data.kind === 'series' ? computeDerived(data.values, data.derived, 'values') : computeDerived([], data.derived, 'values', data.events);
  return data.derived.map((d) => {
    const f = figures.get(d.id)!;
    return { id: d.id, label: d.label, value: Math.round(f.value * 1000) / 1000, unit: f.unit.trim(), working: f.working ?? '' };
  });
}
