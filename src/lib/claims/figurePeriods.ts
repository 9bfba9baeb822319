/**
 * Which period each figure of a claim speaks of, so that a derived figure
 * cannot quietly combine the 2016–2017 operation with a text about another
 * period or story (such as the 2024 report). Chart data refuses such sources
 * outright; a claim may compare periods only where a figure says so.
 */
import type { FigureSpec } from '../content/schema.ts';

/** The figures a derived figure is computed from, with the field that names them. */
export function figureInputs(spec: FigureSpec): { field: string; ids: string[] } | null {
  if ('divide' in spec) return { field: 'divide', ids: spec.divide };
  if ('change' in spec) return { field: 'change', ids: spec.change };
  if ('sum' in spec) return { field: 'sum', ids: spec.sum };
  if ('subtract' in spec) return { field: 'subtract', ids: spec.subtract };
  if ('multiply' in spec) return { field: 'multiply', ids: spec.multiply };
  return null;
}

export interface MixedPeriods {
  /** Index of the figure in the list, and the field that names its inputs. */
  index: number;
  field: string;
  id: string;
  /** Each period the figure draws on, with the cited figures from it. */
  periods: Map<string, string[]>;
}

/**
 * Derived figures whose inputs, followed back to their cited figures, come
 * from more than one period and that do not say so with `acrossPeriods`.
 * `periodOf` names the period of a source, or undefined for an unknown one
 * (reported elsewhere).
 */
export function mixedPeriods(specs: readonly FigureSpec[], periodOf: (source: string) => string | undefined): MixedPeriods[] {
  const periods = new Map<string, Map<string, string[]>>();
  const mixed: MixedPeriods[] = [];
  specs.forEach((spec, index) => {
    const own = new Map<string, string[]>();
    if ('value' in spec) {
      const period = periodOf(spec.source);
      if (period) own.set(period, [spec.id]);
    }
    const inputs = figureInputs(spec);
    for (const id of inputs?.ids ?? []) {
      for (const [period, ids] of periods.get(id) ?? []) own.set(period, [...new Set([...(own.get(period) ?? []), ...ids])]);
    }
    if (!periods.has(spec.id)) periods.set(spec.id, own);
    if (inputs && own.size > 1 && !('acrossPeriods' in spec && spec.acrossPeriods)) mixed.push({ index, field: inputs.field, id: spec.id, periods: own });
  });
  return mixed;
}
