import { citationAddress } from '../sources/paragraphs.ts';
import { problem, shortQuote, type Problem } from '../content/problems.ts';
import { verifyQuote } from '../sources/verifyQuote.ts';
import type { LoadedSource } from './sources.ts';

export interface CitationInput {
  source: string;
  p: number;
  quote: string;
}

/** Checks that a source exists and has paragraph `p`. */
export function paragraphProblems(
  sources: ReadonlyMap<string, LoadedSource>,
  slug: string,
  p: number,
  file: string,
  at: { line: number; column: number },
): Problem[] {
  const source = sources.get(slug);
  if (!source) return [unknownSource(sources, slug, file, at)];
  if (p > source.paragraphs.length) return [outOfRange(slug, p, source.paragraphs.length, file, at)];
  return [];
}

const unknownSource = (sources: ReadonlyMap<string, LoadedSource>, slug: string, file: string, at: { line: number; column: number }): Problem => ({
  ...problem(file, `Unknown source "${slug}".`, `Cite one of: ${[...sources.keys()].join(', ')}; a new source needs a file in content/sources/.`, at),
  unknownSource: slug,
});

const outOfRange = (slug: string, p: number, count: number, file: string, at: { line: number; column: number }) =>
  problem(file, `Paragraph ${p} does not exist: ${slug} has ${count} paragraphs.`, `Open /sources/${slug}/ and use the number shown beside the paragraph.`, at);

/** Checks that a source exists, the paragraph exists, and the quote stands in it. */
export function citationProblems(
  sources: ReadonlyMap<string, LoadedSource>,
  citation: CitationInput,
  file: string,
  at: { line: number; column: number },
): Problem[] {
  const source = sources.get(citation.source);
  if (!source) return [unknownSource(sources, citation.source, file, at)];
  const verdict = verifyQuote(source.paragraphs, citation.p, citation.quote);
  if (verdict.ok) return [];
  const address = citationAddress(citation.source, citation.p);
  switch (verdict.reason) {
    case 'empty':
      return [problem(file, `The quote from ${address} is empty.`, 'Put the exact words between the tags, or in quote:.', at)];
    case 'out-of-range':
      return [outOfRange(citation.source, citation.p, verdict.paragraphCount, file, at)];
    case 'not-found': {
      const elsewhere = verdict.foundIn.length
        ? `These words are in ${verdict.foundIn.map((n) => `¶${n}`).join(', ')}: correct the paragraph number.`
        : `The closest passage in ${address} is: "${shortQuote(verdict.closest)}". Quote the source exactly (spacing, curly quotes and dashes may differ).`;
      return [problem(file, `Misquote: "${shortQuote(citation.quote)}" is not in ${address}.`, elsewhere, at)];
    }
  }
}
