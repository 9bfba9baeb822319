import { normalizeForMatch } from '../sources/normalize.ts';
import { numbersIn } from '../text/numbers.ts';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface EventDate { year: number; month: number; day?: number }

/** `"2016-05-20"` → { year: 2016, month: 5, day: 20 }; `"2016-02"` has no day. */
export function parseEventDate(date: string): EventDate {
  const [year, month, day] = date.split('-').map(Number);
  return day === undefined ? { year: year!, month: month! } : { year: year!, month: month!, day };
}

/** Midday UTC of the day, or of the 15th for a month: where a month-only event sits on a time axis. */
export function eventTime(date: string): Date {
  const { year, month, day } = parseEventDate(date);
  return new Date(Date.UTC(year, month - 1, day ?? 15, 12));
}

/** `"2016-05-20"` → "20 May 2016"; `"2016-02"` → "February 2016". */
export function formatEventDate(date: string, short = false): string {
  const { year, month, day } = parseEventDate(date);
  const name = MONTH_NAMES[month - 1]!;
  const m = short ? name.slice(0, 3) : name;
  return day === undefined ? `${m} ${year}` : `${day} ${m} ${year}`;
}

/**
 * The parts of `date` that none of the quotes states, e.g. ["the day 20"].
 * A month counts when written in full or as its usual abbreviation ("Nov").
 */
export function unstatedDateParts(date: string, quotes: readonly string[]): string[] {
  const { year, month, day } = parseEventDate(date);
  const texts = quotes.map(normalizeForMatch);
  const numbers = new Set(texts.flatMap(numbersIn));
  const name = MONTH_NAMES[month - 1]!;
  const monthPattern = new RegExp(`\\b(${name}|${name.slice(0, 3)}\\.?)(?![a-z])`);
  const missing: string[] = [];
  if (!numbers.has(year)) missing.push(`the year ${year}`);
  if (!texts.some((t) => monthPattern.test(t))) missing.push(`the month ${name}`);
  if (day !== undefined && !numbers.has(day)) missing.push(`the day ${day}`);
  return missing;
}
