import type { BodyReference, BodyScan } from '../mdxBody.ts';
import { problem, type Problem } from '../problems.ts';
import { citationProblems } from './citation.ts';
import { COLLECTIONS } from '../contentFiles.ts';
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
