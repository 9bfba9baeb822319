import type { SeriesData } from '../schema.ts';
import type { ChartModel } from './chartModel.ts';
import { declineInput, declineLayout, type DeclineInput } from './declineChart.ts';
import { computeDerived } from './derive.ts';
import { formatChange, formatCount } from './formatValues.ts';
import { LAYOUTS } from './layoutSizes.ts';
import { lookup, paragraphHref, type SourceLookup } from './sourceInfo.ts';
import type { DataTable } from './table.ts';

/** The monthly-decline chart (any `series` data file): bars, step changes, tables and the finding in words. */
export function declineModel(data: SeriesData, sources: SourceLookup): ChartModel {
  const { figures } = computeDerived(data.values, data.derived, 'values');
  const input = declineInput(data, figures, sources);
  const scenes = Object.fromEntries(LAYOUTS.map(({ name, width }) => [name, declineLayout(input, width)])) as ChartModel['scenes'];
  const cited = [...new Set(data.values.map((v) => v.source))];
  return {
    id: data.slug,
    kind: data.kind,
    title: data.title,
    description: declineDescription(input, sources),
    scenes,
    tables: declineTables(data, input, figures, sources),
    notes: data.notes,
    sources: cited,
  };
}

const period = (b: DeclineInput['bars'][number]) => (b.partialPeriod ? `${b.label} (${b.partialPeriod})` : b.label);

/** "318 in 2015, 185 in 2016 (−41.8%) and 76 in 2017 (January–November only; −58.9%) …" */
export function declineDescription(input: DeclineInput, sources: SourceLookup): string {
  const { bars, changes } = input;
  const step = (i: number) => changes.find((c) => c.from === i - 1 && c.to === i);
  const parts = bars.map((b, i) => {
    const c = step(i);
    return `${formatCount(b.value)} in ${period(b)}${c ? `, ${formatChange(c.percent)} on ${bars[i - 1]!.label}` : ''}`;
  });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}` : parts[0];
  const overall = changes.find((c) => c.from === 0 && c.to === bars.length - 1 && bars.length > 2);
  const verb = overall && overall.percent < 0 ? 'fell' : 'rose';
  const whole = overall ? ` From ${bars[0]!.label} to ${bars.at(-1)!.label} the monthly average ${verb} by ${formatChange(Math.abs(overall.percent)).replace('+', '')}.` : '';
  const cites = [...new Set(bars.map((b) => `${lookup(sources, b.source).label}, paragraph ${b.p}`))].join('; ');
  return `Bar chart, ${input.unit}: ${list}.${whole} Source: ${cites}.`;
}

function declineTables(data: SeriesData, input: DeclineInput, figures: ReturnType<typeof computeDerived>['figures'], sources: SourceLookup): DataTable[] {
  const cite = (source: string, p: number, quote: string) => ({ text: `${lookup(sources, source).short} ¶${p}`, href: paragraphHref(source, p), quote });
  const values: DataTable = {
    caption: `${data.title} (${data.unit})`,
    columns: [{ label: 'Period' }, { label: data.unit, numeric: true }, { label: 'Source and exact words' }],
    rows: input.bars.map((b) => [
      { text: period(b), rowHeader: true },
      { text: formatCount(b.value), numeric: true },
      cite(b.source, b.p, b.quote),
    ]),
  };
  const byId = new Map(data.values.map((v) => [v.id, v]));
  const derived: DataTable = {
    caption: 'Computed from the figures above when the site is built',
    columns: [{ label: 'What' }, { label: 'Result', numeric: true }, { label: 'Working' }, { label: 'The source says' }],
    rows: data.derived.map((d) => {
      const f = figures.get(d.id)!;
      const stated = 'statedAs' in d && d.statedAs ? byId.get(d.statedAs) : undefined;
      const statedCell = stated
        ? { ...cite(stated.source, stated.p, stated.quote), text: `${lookup(sources, stated.source).short} ¶${stated.p}${stated.words ? ` (in words: “${stated.words}” = ${formatCount(stated.value)}${'change' in d ? ' per cent' : ''})` : ''}` }
        : { text: '—' };
      return [
        { text: d.label, rowHeader: true },
        { text: 'change' in d ? formatChange(f.value) : formatCount(Math.round(f.value * 10) / 10), numeric: true },
        { text: f.working ?? '' },
        statedCell,
      ];
    }),
  };
  return [values, derived];
}
