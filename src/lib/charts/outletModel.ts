import type { ComparisonData } from '../content/schema.ts';
import type { ChartModel } from './chartModel.ts';
import type { ChartText } from './chartText.ts';
import { formatChange } from './formatValues.ts';
import { LAYOUTS } from './layoutSizes.ts';
import { bothTrue, deviationPhrase, outletInput, outletLayout, type OutletQuantity } from './outletChart.ts';
import { paragraphHref, type SourceLookup } from './sourceInfo.ts';
import type { DataTable } from './table.ts';

/** The same-figure-different-outlets chart (any `comparison` data file). */
export function outletModel(data: ComparisonData, sources: SourceLookup, words: ChartText): ChartModel {
  const quantities = outletInput(data, sources, words);
  const scenes = Object.fromEntries(LAYOUTS.map(({ name, width }) => [name, outletLayout(quantities, width, words)])) as ChartModel['scenes'];
  return {
    id: data.slug,
    kind: data.kind,
    title: words.title(data.title),
    description: outletDescription(quantities, words),
    scenes,
    tables: [outletTable(quantities, words)],
    notes: [...words.notes(data.notes), ...reportNotes(quantities, words)],
    sources: [...new Set(quantities.flatMap((q) => q.reports.map((r) => r.source)))],
  };
}

/** A news report's figure within this many per cent of the release's "agrees" in the description. */
const CLOSE_PERCENT = 5;

/** The finding in words, computed: how many figures match, and the largest gap. */
export function outletDescription(quantities: readonly OutletQuantity[], words: ChartText): string {
  const { t } = words;
  const compared = quantities.flatMap((q) => q.reports.filter((r) => r.deviation !== null).map((r) => ({ q, r })));
  const within = compared.filter(({ r }) => Math.abs(r.deviation!) <= CLOSE_PERCENT).length;
  const worst = [...compared].sort((a, b) => Math.abs(b.r.deviation!) - Math.abs(a.r.deviation!))[0];
  const conflicts = compared.filter(({ r }) => r.compatible === false);
  const absent = quantities.filter((q) => !q.reference).map((q) => t('chart.quoted', { text: q.label }));
  const parts = [
    t('chart.outlet.descIntro', { count: quantities.length }),
    t('chart.outlet.descWithin', { within, total: compared.length, threshold: CLOSE_PERCENT }),
  ];
  if (worst) {
    parts.push(t('chart.outlet.descLargest', { quantity: t('chart.quoted', { text: worst.q.label }), source: worst.r.sourceLabel, p: worst.r.p, stated: worst.r.stated, phrase: deviationPhrase(worst.r, worst.q.reference!, words) }));
  }
  if (conflicts.length) {
    // "That figure" only when the one conflict is the gap just named.
    const subject = conflicts.length > 1
      ? t('chart.outlet.conflictSubjectMany', { count: conflicts.length })
      : t(conflicts[0]!.r === worst?.r ? 'chart.outlet.conflictSubjectThat' : 'chart.outlet.conflictSubjectOne');
    // A text may count something else (police arrests, not all interceptions), so the contradiction is conditional.
    parts.push(t('chart.outlet.descConflict', { subject }));
  }
  if (absent.length) parts.push(t('chart.outlet.descAbsent', { quantities: absent.reduce((a, b) => t('chart.or', { a, b })) }));
  return parts.join(words.punctuation.gap);
}

function outletTable(quantities: readonly OutletQuantity[], words: ChartText): DataTable {
  const { t } = words;
  return {
    caption: t('chart.outlet.caption'),
    columns: [
      { label: t('chart.outlet.column.figure') },
      { label: t('chart.outlet.column.text') },
      { label: t('chart.outlet.column.stated'), numeric: true },
      { label: t('chart.outlet.column.difference'), numeric: true },
      { label: t('chart.outlet.column.bothTrue') },
      { label: t('chart.column.source') },
    ],
    rows: quantities.flatMap((q) =>
      q.reports.map((r) => [
        { text: q.label, rowHeader: true },
        { text: r.sourceLabel },
        { text: r.stated, numeric: true },
        { text: r.primary ? t('chart.outlet.reference') : r.deviation === null ? t('chart.outlet.noReleaseFigure') : formatChange(r.deviation), numeric: true },
        { text: r.primary ? '—' : r.deviation === null ? '—' : bothTrue(r.compatible, words) },
        { text: `${r.short} ¶${r.p}`, href: paragraphHref(r.source, r.p), quote: r.quote },
      ]),
    ),
  };
}

/** The notes marked * on the chart. */
function reportNotes(quantities: readonly OutletQuantity[], words: ChartText): string[] {
  return quantities.flatMap((q) => q.reports.filter((r) => r.note).map((r) => words.t('chart.outlet.reportNote', { cite: `${r.short} ¶${r.p}`, quantity: q.label, note: r.note! })));
}
