/**
 * Numerals written in a text: "67,000", "67 000" (a space or U+00A0 as
 * thousands separator, as in the HKSAR press release), "3,470", "59", "7.5".
 */
const NUMERAL = /(?<![\d.,])\d{1,3}(?:[,\u00a0 ]\d{3})+(?![\d])|(?<![\d.,])\d+(?:\.\d+)?/g;

/** The numerals of a text as written, in order. */
export function numeralsIn(text: string): string[] {
  return [...text.matchAll(NUMERAL)].map((m) => m[0]);
}

/** The numerals of a text as numbers. Used to prove that a cited figure really stands in its quote. */
export function numbersIn(text: string): number[] {
  return numeralsIn(text).map((n) => Number(n.replace(/[,\u00a0 ]/g, '')));
}
