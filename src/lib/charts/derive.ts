import { computeFigures, type ComputedFigure, type FigureError } from '../claims/figures.ts';
import type { DerivedDatum, FigureSpec } from '../content/schema.ts';
import { statedNumber } from './qualifier.ts';

export interface CitedInput {
  id: string;
  label?: string;
  value: number;
  words?: string;
  source: string;
  p: number;
  quote: string;
}

export interface DerivedResult {
  figures: Map<string, ComputedFigure>;
  /** Paths are relative to the data file: ['derived', 2, 'change']. */
  errors: FigureError[];
}

/**
 * Computes a data file's derived values with the same arithmetic as the
 * claims (src/lib/claims/figures.ts), so a chart and a claim can never disagree
 * about "the drop from 2016". Month counts take their months from timeline
 * events, so no date is typed twice.
 */
export function computeDerived(
  values: readonly CitedInput[],
  derived: readonly DerivedDatum[],
  valuesPath: string,
  events: readonly { id: string; date: string }[] = [],
): DerivedResult {
  const specs: FigureSpec[] = [];
  const paths: (string | number)[][] = [];
  const errors: FigureError[] = [];
  const byId = new Map(values.map((v) => [v.id, v]));

  values.forEach((v, i) => {
    specs.push({ id: v.id, label: v.label, value: v.value, source: v.source, p: v.p, quote: v.quote });
    paths.push([valuesPath, i]);
  });
  derived.forEach((d, i) => {
    const base = { id: d.id, label: d.label, ...(d.decimals === undefined ? {} : { decimals: d.decimals }) };
    let spec: FigureSpec | null = null;
    if ('monthsBetween' in d) {
      const dates = d.monthsBetween.map((id) => events.find((e) => e.id === id)?.date);
      const unknown = d.monthsBetween.filter((_, k) => !dates[k]);
      if (unknown.length) {
        errors.push({
          path: ['derived', i, 'monthsBetween'],
          message: `"${d.id}" counts months from ${unknown.map((u) => `"${u}"`).join(' and ')}, which ${unknown.length === 1 ? 'is' : 'are'} not an event of this timeline.`,
          hint: `Use the ids of two events: ${events.map((e) => e.id).join(', ') || '(none defined)'}.`,
        });
      } else {
        spec = { ...base, months: [dates[0]!.slice(0, 7), dates[1]!.slice(0, 7)] };
      }
    } else {
      const [op, ids] = 'change' in d ? (['change', d.change] as const) : 'divide' in d ? (['divide', d.divide] as const) : (['multiply', d.multiply] as const);
      // A floor or ceiling ("over 67 000") has no exact value to compute with.
      const bounds = ids.map((id) => byId.get(id)).filter((v) => v && statedNumber(v.quote, v.value, v.words).qualifier !== 'exact');
      if (bounds.length) {
        const v = bounds[0]!;
        const { phrase } = statedNumber(v.quote, v.value, v.words);
        errors.push({
          path: ['derived', i, op],
          message: `"${d.id}" cannot be computed exactly: "${v.id}" is stated as "${phrase} ${v.value}", a bound rather than a count.`,
          hint: 'Compute only with exact figures, or compare the bounds in a comparison chart instead.',
        });
      } else {
        spec = op === 'change' ? { ...base, change: [ids[0], ids[1]] } : op === 'divide' ? { ...base, divide: [ids[0], ids[1]] } : { ...base, multiply: [ids[0], ids[1]] };
      }
    }
    if (spec) {
      specs.push(spec);
      paths.push(['derived', i]);
    }
  });

  const computed = computeFigures(specs);
  for (const e of computed.errors) {
    const [index, ...rest] = e.path;
    errors.push({ ...e, path: [...paths[index as number]!, ...rest] });
  }
  return { figures: computed.figures, errors };
}
