import { normalizeForMatch } from '../sources/normalize.ts';
import { numbersIn } from '../text/numbers.ts';

/**
 * How exactly a text states a number: "more than 290" is a floor, not 290.
 * Read from the words just before the number in the quote, so the chart
 * never claims more precision than the source did.
 */
export type Qualifier = 'exact' | 'over' | 'under' | 'almost' | 'about';

export interface StatedNumber {
  qualifier: Qualifier;
  /** The source's own qualifying words, lower-case ("more than"), or '' for an exact number. */
  phrase: string;
}

const PHRASES: Record<string, Qualifier> = {
  'more than': 'over', over: 'over', above: 'over', 'at least': 'over',
  'fewer than': 'under', 'less than': 'under', under: 'under', 'up to': 'under',
  almost: 'almost', nearly: 'almost',
  about: 'about', around: 'about', approximately: 'about', some: 'about',
};
const PHRASE_PATTERN = Object.keys(PHRASES).sort((a, b) => b.length - a.length).join('|');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The qualifier the quote puts before `value` (or before `words`, when the number is written in words). */
export function statedNumber(quote: string, value: number, words?: string): StatedNumber {
  const text = normalizeForMatch(quote);
  const target = words ? escape(normalizeForMatch(words)) : '(\\d[\\d, ]*\\d|\\d)';
  const pattern = new RegExp(`\\b(${PHRASE_PATTERN})\\s+${target}`, 'gi');
  for (const m of text.matchAll(pattern)) {
    if (words || numbersIn(m[2]!).includes(value)) {
      const phrase = m[1]!.toLowerCase();
      return { qualifier: PHRASES[phrase]!, phrase };
    }
  }
  return { qualifier: 'exact', phrase: '' };
}

/** The values a stated number allows, as an interval; a bound is open ("more than 290" excludes 290). */
export interface Interval { lo: number; hi: number; loOpen: boolean; hiOpen: boolean }

export function intervalOf(value: number, qualifier: Qualifier): Interval | null {
  switch (qualifier) {
    case 'exact': return { lo: value, hi: value, loOpen: false, hiOpen: false };
    case 'over': return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case 'under': return { lo: -Infinity, hi: value, loOpen: true, hiOpen: true };
    // "almost 60" and "about 60" have no agreed width, so they prove nothing either way.
    default: return null;
  }
}

/** Could one true number satisfy both statements? null when either is too vague to say. */
export function compatible(a: Interval | null, b: Interval | null): boolean | null {
  if (!a || !b) return null;
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // Touching ends: both must include the shared point.
  const loOpen = (a.lo === lo && a.loOpen) || (b.lo === lo && b.loOpen);
  const hiOpen = (a.hi === hi && a.hiOpen) || (b.hi === hi && b.hiOpen);
  return !loOpen && !hiOpen;
}
