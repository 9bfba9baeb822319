/**
 * Doubled words in running text: "11 months months", "the the". A computed
 * figure that carries its unit ("11 months") followed by the unit in the
 * prose is the usual way this slips in, and no spell checker catches it.
 */
export interface DoubledWord {
  /** The repeated word as first written, e.g. "months". */
  word: string;
  /** The words around it, for a readable failure. */
  context: string;
}

// Two runs of letters (apostrophes and hyphens inside a word allowed)
// separated only by spaces, compared without regard to case. Digits are not
// words here: "67 000" is one number.
const DOUBLED = /(?<![\p{L}\p{N}'’-])(\p{L}+(?:['’-]\p{L}+)*)[\s\u00a0]+(\1)(?![\p{L}\p{N}'’-])/giu;

/**
 * Every doubled word in `text`. Text from different blocks (paragraphs, list
 * items, table cells) must be passed separately, or joined with something
 * other than white space, so that a line ending and the next line's first
 * word are not taken for a doubling.
 */
export function findDoubledWords(text: string): DoubledWord[] {
  const found: DoubledWord[] = [];
  for (const m of text.matchAll(DOUBLED)) {
    const start = Math.max(0, m.index - 30);
    const end = Math.min(text.length, m.index + m[0].length + 30);
    found.push({ word: m[1]!, context: text.slice(start, end).replace(/\s+/g, ' ').trim() });
  }
  return found;
}
