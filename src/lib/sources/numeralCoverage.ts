import { numbersIn, numeralsIn } from '../text/numbers.ts';

/** Words of one source paragraph that something on the site quotes. */
export interface QuotedPassage {
  source: string;
  p: number;
  quote: string;
}

/** A numeral in a source paragraph that no quoted passage of that paragraph contains. */
export interface UncoveredNumeral {
  source: string;
  p: number;
  /** As the source writes it: "67,600", "2016", "24". */
  numeral: string;
  paragraph: string;
}

/**
 * Every numeral of the given sources' paragraphs that no passage quoted from
 * the same paragraph contains, by value: "67,000" is covered by a quote that
 * writes "67,000", not by one in another paragraph or with another number.
 * `paragraphs` maps a source slug to its paragraphs (¶1 first).
 */
export function uncoveredNumerals(paragraphs: ReadonlyMap<string, readonly string[]>, quoted: readonly QuotedPassage[]): UncoveredNumeral[] {
  const covered = new Map<string, Set<number>>();
  for (const q of quoted) {
    const key = `${q.source}¶${q.p}`;
    const values = covered.get(key) ?? new Set<number>();
    for (const n of numbersIn(q.quote)) values.add(n);
    covered.set(key, values);
  }
  const uncovered: UncoveredNumeral[] = [];
  for (const [source, texts] of paragraphs) {
    texts.forEach((paragraph, i) => {
      const values = covered.get(`${source}¶${i + 1}`);
      for (const numeral of numeralsIn(paragraph)) {
        if (!values?.has(numbersIn(numeral)[0]!)) uncovered.push({ source, p: i + 1, numeral, paragraph });
      }
    });
  }
  return uncovered;
}
