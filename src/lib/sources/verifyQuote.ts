import { distance } from 'fastest-levenshtein';
import { normalizeForMatch } from './normalize.ts';
import type { Paragraph } from './paragraphs.ts';

export type QuoteVerdict =
  | { ok: true }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'out-of-range'; paragraphCount: number }
  | {
      ok: false;
      reason: 'not-found';
      /** Other paragraphs of the same source that do contain the quote. */
      foundIn: number[];
      /** The passage of paragraph N that comes closest, verbatim. */
      closest: string;
    };

/** Does `quote` occur in paragraph `n`, once both are normalised? */
export function verifyQuote(paragraphs: readonly Paragraph[], n: number, quote: string): QuoteVerdict {
  const needle = normalizeForMatch(quote);
  if (!needle) return { ok: false, reason: 'empty' };
  const paragraph = paragraphs[n - 1];
  if (!Number.isInteger(n) || !paragraph) return { ok: false, reason: 'out-of-range', paragraphCount: paragraphs.length };
  if (normalizeForMatch(paragraph.text).includes(needle)) return { ok: true };
  return {
    ok: false,
    reason: 'not-found',
    foundIn: paragraphs.filter((p) => normalizeForMatch(p.text).includes(needle)).map((p) => p.n),
    closest: closestPassage(paragraph.text, needle),
  };
}

/**
 * The run of words in `text` most like `needle` (edit distance over windows
 * of about the needle's length), to show an editor what the source says.
 */
export function closestPassage(text: string, needle: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const size = Math.max(1, needle.split(' ').length);
  let best = { score: Infinity, passage: text };
  for (const width of [size - 1, size, size + 1]) {
    if (width < 1) continue;
    for (let start = 0; start + width <= Math.max(words.length, width); start++) {
      const passage = words.slice(start, start + width).join(' ');
      const score = distance(normalizeForMatch(passage).toLowerCase(), needle.toLowerCase());
      if (score < best.score) best = { score, passage };
    }
  }
  return best.passage;
}
