/**
 * Numbers a source writes in words ("three quarters", "seven"), for the rare
 * figure that has no numeral to check. Deliberately small: an editor who
 * needs more words should extend the table, not guess.
 */
const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, a: 1, an: 1,
};
const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

/** `"three quarters"` → 0.75, `"a half"` → 0.5, `"seven"` → 7; null when the words are not understood. */
export function numberFromWords(words: string): number | null {
  const parts = words.trim().toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (parts.length === 1 && parts[0] === 'half') return 0.5;
  if (parts.length === 1 && parts[0]! in UNITS && parts[0] !== 'a' && parts[0] !== 'an') return UNITS[parts[0]!]!;
  if (parts.length === 2 && parts[0]! in UNITS && parts[1]! in FRACTIONS) return UNITS[parts[0]!]! / FRACTIONS[parts[1]!]!;
  return null;
}

/**
 * Whether `value` is what the words say, either as such or, for a fraction,
 * in per cent: "three quarters" is 0.75 or 75.
 */
export function wordsMean(words: string, value: number): boolean {
  const n = numberFromWords(words);
  if (n === null) return false;
  return Math.abs(n - value) < 1e-9 || (n < 1 && Math.abs(n * 100 - value) < 1e-9);
}
