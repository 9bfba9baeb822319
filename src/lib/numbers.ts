/**
 * Numerals written in a text, as numbers: "67,000", "67 000" (a space or
 * U+00A0 as thousands separator, as in the HKSAR press release), "3,470",
 * "59", "7.5". Used to prove that a cited figure really stands in its quote.
 */
export function numbersIn(text: string): number[] {
  const pattern = /(?<![\d.,])\d{1,3}(?:[,\u00a0 ]\d{3})+(?![\d])|(?<![\d.,])\d+(?:\.\d+)?/g;
  return [...text.matchAll(pattern)].map((m) => Number(m[0].replace(/[,\u00a0 ]/g, '')));
}
