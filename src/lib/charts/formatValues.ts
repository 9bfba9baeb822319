import { format } from 'd3';

/**
 * Number formats for chart labels (d3-format, which writes a true minus
 * sign, U+2212). British English: comma thousands, "per cent" spelt out in
 * prose and "%" on the chart.
 */
const count = format(',');
const signedPercent = format('+.1f');

/** 67000 → "67,000"; 76.09 → "76.1". */
export function formatCount(value: number): string {
  return Number.isInteger(value) ? count(value) : format(',.1f')(value);
}

/** −41.82 → "−41.8%"; 0.9 → "+0.9%"; 0 → "0%". */
export function formatChange(percent: number): string {
  if (Math.abs(percent) < 0.05) return '0%';
  return `${signedPercent(percent)}%`;
}

/** A number as the source states it: "more than 67,600", "837". */
export function formatStated(value: number, phrase: string): string {
  return phrase ? `${phrase} ${formatCount(value)}` : formatCount(value);
}
