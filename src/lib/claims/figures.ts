/**
 * Named figures of a claim: cited numbers taken from a source paragraph, and
 * derived numbers computed from them. The working is kept so the reader sees
 * how each derived number was reached ("837 ÷ 11 = 76.1").
 */
import { translate } from '../../i18n/index.ts';
import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { FigureSpec } from '../content/schema.ts';

export interface ComputedFigure {
  id: string;
  value: number;
  /** Decimal places to show. */
  decimals: number;
  unit: '' | '%' | ' months';
  /** How it was computed, with the input values; absent for cited figures. */
  working?: string;
  /** For cited figures: where the number stands. */
  cite?: { source: string; p: number; quote: string };
}

export interface FigureError {
  /** Index of the figure in the `figures` list and the field at fault. */
  path: (string | number)[];
  message: string;
  hint: string;
}

const numberFormats = new Map<number, Intl.NumberFormat>();
/** `67000` → `67,000`; `-58.92` with 1 decimal → `−58.9` (a true minus sign). */
export function formatNumber(value: number, decimals = 0): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  return format.format(value).replace('-', '\u2212');
}

/** A figure with its unit, as a page in `locale` writes it: `21 months`, `21個月`. */
export function formatFigure(f: Pick<ComputedFigure, 'value' | 'decimals' | 'unit'>, locale: Locale = 'en'): string {
  const unit = f.unit === ' months' ? translate(locale)('figure.monthsUnit') : f.unit;
  return `${formatNumber(f.value, f.decimals)}${unit}`;
}

/** Half a unit in the last place the stated number is written to: 76 → 0.5, 76.1 → 0.05. */
export function roundingTolerance(stated: number): number {
  const decimals = (String(stated).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals;
}

/** `2016-02` → `February 2016`, `2016年2月`. */
const monthName = (ym: string, locale: Locale) =>
  new Intl.DateTimeFormat(LOCALES[locale].intl, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ym}-01T00:00:00Z`));

/** Months from one calendar month to another, both counted: 2016-02 → 2017-11 is 22. */
export function monthsInclusive(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty! - fy!) * 12 + (tm! - fm!) + 1;
}

/**
 * Computes every figure in order. A derived figure may use only figures
 * defined above it, which keeps the working readable top to bottom.
 */
export function computeFigures(specs: readonly FigureSpec[], locale: Locale = 'en'): { figures: Map<string, ComputedFigure>; errors: FigureError[] } {
  const figures = new Map<string, ComputedFigure>();
  const errors: FigureError[] = [];

  specs.forEach((spec, index) => {
    if (figures.has(spec.id)) {
      errors.push({ path: [index, 'id'], message: `The figure "${spec.id}" is defined twice.`, hint: 'Give each figure its own id.' });
      return;
    }
    const inputs = (ids: string[], field: string): ComputedFigure[] | null => {
      const found = ids.map((id) => figures.get(id));
      const missing = ids.filter((_, i) => !found[i]);
      if (missing.length) {
        errors.push({
          path: [index, field],
          message: `The figure "${spec.id}" uses ${missing.map((m) => `"${m}"`).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not defined above it.`,
          hint: 'Define every input figure earlier in the figures list, and check the spelling of its id.',
        });
        return null;
      }
      return found as ComputedFigure[];
    };
    const show = (f: ComputedFigure) => formatFigure(f, locale);
    let result: ComputedFigure | null = null;

    if ('value' in spec) {
      result = { id: spec.id, value: spec.value, decimals: spec.decimals ?? decimalsOf(spec.value), unit: '', cite: { source: spec.source, p: spec.p, quote: spec.quote } };
    } else if ('divide' in spec) {
      const ins = inputs(spec.divide, 'divide');
      if (ins) {
        const [a, b] = ins as [ComputedFigure, ComputedFigure];
        if (b.value === 0) {
          errors.push({ path: [index, 'divide'], message: `The figure "${spec.id}" divides by zero.`, hint: 'Check the second figure.' });
        } else {
          const value = a.value / b.value;
          const decimals = spec.decimals ?? 1;
          const f = { id: spec.id, value, decimals, unit: '' as const };
          result = { ...f, working: `${show(a)} ÷ ${show(b)} = ${formatFigure(f, locale)}` };
        }
      }
    } else if ('change' in spec) {
      const ins = inputs(spec.change, 'change');
      if (ins) {
        const [from, to] = ins as [ComputedFigure, ComputedFigure];
        if (from.value === 0) {
          errors.push({ path: [index, 'change'], message: `The figure "${spec.id}" is a change from zero, which has no percentage.`, hint: 'Check the first figure.' });
        } else {
          const value = ((to.value - from.value) / from.value) * 100;
          const f = { id: spec.id, value, decimals: spec.decimals ?? 1, unit: '%' as const };
          result = { ...f, working: `(${show(to)} − ${show(from)}) ÷ ${show(from)} = ${formatFigure(f, locale)}` };
        }
      }
    } else if ('sum' in spec || 'subtract' in spec || 'multiply' in spec) {
      const [op, ids, symbol] =
        'sum' in spec ? (['sum', spec.sum, '+'] as const) : 'subtract' in spec ? (['subtract', spec.subtract, '−'] as const) : (['multiply', spec.multiply, '×'] as const);
      const ins = inputs(ids, op);
      if (ins) {
        const values = ins.map((f) => f.value);
        const value =
          op === 'sum' ? values.reduce((s, v) => s + v, 0) : op === 'subtract' ? values.reduce((s, v) => s - v) : values.reduce((s, v) => s * v, 1);
        // A sum or difference of like quantities keeps their unit (months − months = months).
        const sameUnit = op !== 'multiply' && ins.every((i) => i.unit === ins[0]!.unit) ? ins[0]!.unit : '';
        const f = { id: spec.id, value, decimals: spec.decimals ?? Math.max(...ins.map((i) => i.decimals)), unit: sameUnit };
        result = { ...f, working: `${ins.map(show).join(` ${symbol} `)} = ${formatFigure(f, locale)}` };
      }
    } else if ('months' in spec) {
      const [from, to] = spec.months;
      const value = monthsInclusive(from, to);
      if (value < 1) {
        errors.push({ path: [index, 'months'], message: `The period of "${spec.id}" ends before it starts.`, hint: 'Write months as [YYYY-MM start, YYYY-MM end].' });
      } else {
        result = { id: spec.id, value, decimals: 0, unit: ' months', working: translate(locale)('figure.monthsWorking', { from: monthName(from, locale), to: monthName(to, locale), result: formatFigure({ value, decimals: 0, unit: ' months' }, locale) }) };
      }
    }

    if (!result) return;
    if (spec.stated !== undefined) {
      const stated = statedValue(spec.stated);
      const within = (typeof spec.stated === 'object' ? spec.stated.within : undefined) ?? roundingTolerance(stated.value);
      if (Math.abs(result.value - stated.value) > within + 1e-9) {
        const size = Math.abs(stated.value);
        errors.push({
          path: [index, 'stated'],
          message: `"${spec.id}" is stated as ${stated.words} but computes to ${formatNumber(result.value, result.decimals + 1)}${result.unit}${result.working ? ` (${result.working})` : ''}, more than ±${within} apart.`,
          // A fall written as the text says it ("fell 57 per cent" as 57) is the likeliest slip.
          hint: result.value < 0 && stated.value > 0
            ? `A fall is a negative change: write stated: { fall: ${size} } as the text says it ("fell by ${size} per cent"), or stated: -${size}.`
            : result.value > 0 && stated.value < 0
              ? 'The figure is a rise, not a fall: check the order of the figures in change: [from, to].'
              : 'Correct the stated number, or widen "within" if the claim itself rounds loosely ("almost 60 per cent").',
        });
      }
    }
    figures.set(spec.id, result);
  });
  return { figures, errors };
}

/** The stated number as the computation must match it, and in words for messages. */
function statedValue(stated: NonNullable<FigureSpec['stated']>): { value: number; words: string } {
  if (typeof stated === 'number') return { value: stated, words: String(stated) };
  if ('fall' in stated) return { value: -stated.fall, words: `a fall of ${stated.fall}` };
  return { value: stated.value, words: String(stated.value) };
}

function decimalsOf(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}
