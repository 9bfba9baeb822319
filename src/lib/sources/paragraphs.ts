export interface Paragraph {
  /** Permanent citation number, from 1. */
  n: number;
  /** The paragraph exactly as archived, less surrounding white space. */
  text: string;
  /** 1-based line of the seed file the paragraph stands on. */
  line: number;
}

/**
 * A paragraph is a non-empty line once ordinary and non-breaking white space
 * is trimmed. Headlines, captions and boilerplate count too, so numbering
 * never depends on editorial judgement and never changes for a given seed.
 */
export function parseParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    // String#trim removes U+00A0 and U+FEFF as well as ASCII white space.
    const trimmed = raw.trim();
    if (trimmed) paragraphs.push({ n: paragraphs.length + 1, text: trimmed, line: index + 1 });
  });
  return paragraphs;
}

/** The address an editor writes and a reader sees: `hksar-2017-12-07 ¶9`. */
export function citationAddress(sourceSlug: string, n: number): string {
  return `${sourceSlug} ¶${n}`;
}

export function paragraphAnchor(n: number): string {
  return `p${n}`;
}
