import { splitFrontmatter } from '../content/frontmatter.ts';
import { scanMdxBody, type BodyReference, type BodyScan } from '../content/mdxBody.ts';
import { claimSizeProblems, paragraphSizeProblems } from './sizeLimits.ts';
import { todoProblems } from './todos.ts';
import { problem, type Problem } from '../content/problems.ts';
import { citationProblems } from './citation.ts';
import { COLLECTIONS } from '../content/contentFiles.ts';
import type { LoadedSource } from './sources.ts';

/**
 * What every MDX page checks in its body: anything it may not contain, every
 * citation against its paragraph, and at least one citation. `what` names the
 * page in the message ("The claim", "The background page").
 */
export function citedBodyProblems(
  file: string,
  scan: BodyScan,
  sources: ReadonlyMap<string, LoadedSource>,
  what: string,
  firstLine: number,
): Problem[] {
  const problems = scan.problems.map((p) => problem(file, p.message, p.hint, p));
  for (const citation of scan.citations) {
    if (citation.source === undefined || citation.p === undefined) continue; // reported by the scan
    problems.push(...citationProblems(sources, { source: citation.source, p: citation.p, quote: citation.quote }, file, citation));
  }
  if (!scan.citations.length && !scan.problems.length) {
    problems.push(problem(file, `${what} cites no source paragraph.`, 'Support it with at least one <Cite source="…" p={N}>exact words</Cite>.', { line: firstLine }));
  }
  return problems;
}

/** A `<Chart id="…" />` that names no chart in content/data/. */
export function chartReferenceProblems(file: string, ref: BodyReference, chartIds: readonly string[]): Problem[] {
  if (ref.id === undefined || chartIds.includes(ref.id)) return [];
  return [problem(file, `<Chart id="${ref.id}" /> names no chart.`, `Use one of: ${chartIds.join(', ')} (the files in ${COLLECTIONS.data.base}/).`, ref)];
}

/**
 * Reads an MDX page (a claim or its translation) in the order that keeps the
 * check fast and its messages useful: the size before anything parses it,
 * leftover TODOs, the frontmatter, each paragraph's size, then the body scan
 * with every citation verified. `read` is null when the page cannot be read
 * further; `problems` says why, or what is wrong so far.
 */
export function readMdxPage(
  file: string,
  text: string,
  sources: ReadonlyMap<string, LoadedSource>,
  what: string,
): { problems: Problem[]; read: { yaml: string; scan: BodyScan; firstLine: number } | null } {
  const tooLong = claimSizeProblems(file, text);
  if (tooLong.length) return { problems: tooLong, read: null };
  const problems = todoProblems(file, text);
  const parts = splitFrontmatter(text);
  if (!parts) {
    problems.push(problem(file, `${what} has no frontmatter.`, 'Start the file with a --- line, the fields (see docs/editing.md), and another --- line.'));
    return { problems, read: null };
  }
  const longParagraphs = paragraphSizeProblems(file, parts.body, parts.bodyLineOffset);
  if (longParagraphs.length) return { problems: [...problems, ...longParagraphs], read: null };
  const scan = scanMdxBody(parts.body, parts.bodyLineOffset);
  const firstLine = parts.bodyLineOffset + 1;
  problems.push(...citedBodyProblems(file, scan, sources, what, firstLine));
  return { problems, read: { yaml: parts.yaml, scan, firstLine } };
}
