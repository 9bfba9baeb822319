import type { ComparisonData } from '../schema.ts';
import type { ChartModel } from './chartModel.ts';
import { formatChange } from './formatValues.ts';
import { LAYOUTS } from './layoutSizes.ts';
import { bothTrue, deviationPhrase, outletInput, outletLayout, type OutletQuantity } from './outletChart.ts';
import { paragraphHref, type SourceLookup } from './sourceInfo.ts';
import type { DataTable } from './table.ts';

/** The same-figure-different-outlets chart (any `comparison` data file). */
export function outletModel(data: ComparisonData, sources: SourceLookup): ChartModel {
  const quantities = outletInput(data, sources);
  const scenes = Object.fromEntries(LAYOUTS.map(({ name, width }) => [name, outletLayout(quantities, width)])) as ChartModel['scenes'];
  return {
    id: data.slug,
    kind: data.kind,
    title: data.title,
    description: outletDescription(quantities),
    scenes,
    tables: [outletTable(quantities)],
    notes: [...data.notes, ...reportNotes(quantities)],
    sources: [...new Set(quantities.flatMap((q) => q.reports.map((r) => r.source)))],
  };
}

/** The finding in words, computed: how many figures match, and the largest gap. */
export function outletDescription(quantities: readonly OutletQuantity[]): string {
  const compared = quantities.flatMap((q) => q.reports.filter((r) => r.deviation !== null).map((r) => ({ q, r })));
  const within5 = compared.filter(({ r }) => Math.abs(r.deviation!) <= 5).length;
  const worst = [...compared].sort((a, b) => Math.abs(b.r.deviation!) - Math.abs(a.r.deviation!))[0];
  const conflicts = compared.filter(({ r }) => r.compatible === false);
  const absent = quantities.filter((q) => !q.reference).map((q) => `“${q.label}”`);
  const parts = [
    `Dot chart comparing ${quantities.length} figures as the HKSAR Government press release and the news reports gave them, each placed by its difference from the release, in per cent.`,
    `${within5} of ${compared.length} news-report figures are within 5% of the release.`,
  ];
  if (worst) parts.push(`The largest gap: for “${worst.q.label}”, ${worst.r.sourceLabel} (paragraph ${worst.r.p}) says ${worst.r.stated}, ${deviationPhrase(worst.r, worst.q.reference!)}.`);
  if (conflicts.length) {
    // "That figure" only when the one conflict is the gap just named.
    const subject = conflicts.length > 1 ? `${conflicts.length} figures` : conflicts[0]!.r === worst?.r ? 'That figure' : 'One figure';
    // A text may count something else (police arrests, not all interceptions), so the contradiction is conditional.
    parts.push(`${subject} cannot be true alongside the release’s, if both count the same thing.`);
  }
  if (absent.length) parts.push(`The release gives no figure for ${absent.join(' or ')}.`);
  return parts.join(' ');
}

function outletTable(quantities: readonly OutletQuantity[]): DataTable {
  return {
    caption: 'Each text’s figure compared with the press release',
    columns: [{ label: 'Figure' }, { label: 'Text' }, { label: 'As stated', numeric: true }, { label: 'Difference from the release', numeric: true }, { label: 'Can both be true?' }, { label: 'Source and exact words' }],
    rows: quantities.flatMap((q) =>
      q.reports.map((r) => [
        { text: q.label, rowHeader: true },
        { text: r.sourceLabel },
        { text: r.stated, numeric: true },
        { text: r.primary ? 'reference' : r.deviation === null ? 'no release figure' : formatChange(r.deviation), numeric: true },
        { text: r.primary ? '—' : r.deviation === null ? '—' : bothTrue(r.compatible) },
        { text: `${r.short} ¶${r.p}`, href: paragraphHref(r.source, r.p), quote: r.quote },
      ]),
    ),
  };
}

/** The notes marked * on the chart. */
function reportNotes(quantities: readonly OutletQuantity[]): string[] {
  return quantities.flatMap((q) => q.reports.filter((r) => r.note).map((r) => `* ${r.short} ¶${r.p} (${q.label}): ${r.note}.`));
}
