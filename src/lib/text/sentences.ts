/**
 * Sentences of running text, for measuring them. A sentence ends at ".", "?"
 * or "!" (with any closing quotation mark or bracket) followed by white space
 * and what can start a sentence: a capital, a digit, or an opening quotation
 * mark or bracket. The site's style writes "Mr Lee" without a full stop, so
 * abbreviations do not split a sentence.
 */
export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.?!][”’"')\]]*) (?=[\p{Lu}\d“‘"'(\[])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words in a sentence: runs of characters between white space. */
export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter(Boolean).length;
}
