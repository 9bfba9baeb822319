import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listContentFiles, slugFromPath } from '../contentFiles.ts';
import { computeFigures, type ComputedFigure } from '../figures.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { scanMdxBody, type BodyScan } from '../mdxBody.ts';
import type { QuotedPassage } from '../numeralCoverage.ts';
import { numbersIn } from '../numbers.ts';
import { problem, type Problem } from '../problems.ts';
import { claimSchema, type Claim } from '../schema.ts';
import { chartReferenceProblems, citedBodyProblems } from './body.ts';
import { citationProblems, paragraphProblems } from './citation.ts';
import { DATA_DIR } from './data.ts';
import { parseWithSchema } from './parseWithSchema.ts';
import { todoProblems } from './todos.ts';
import type { LoadedSource } from './sources.ts';

export const CLAIMS_DIR = 'content/claims';

export interface LoadedClaim {
  file: string;
  slug: string;
  data: Claim;
  scan: BodyScan;
  figures: Map<string, ComputedFigure>;
}

/**
 * Reads every claim and checks everything an editor can get wrong: the
 * frontmatter schema, every citation and figure, the arithmetic, and what
 * the MDX body is allowed to contain. Returns every problem, not only the first.
 */
export function loadClaims(root: string, sources: ReadonlyMap<string, LoadedSource>): { claims: Map<string, LoadedClaim>; problems: Problem[] } {
  const claims = new Map<string, LoadedClaim>();
  const problems: Problem[] = [];
  const files = listContentFiles(root, CLAIMS_DIR, ['.mdx', '.md']);
  const chartIds = listContentFiles(root, DATA_DIR, ['.yaml', '.yml']).map(slugFromPath);
  const slugOwners = new Map<string, string>();
  const aliases: { alias: string; file: string; at: { line: number; column: number } }[] = [];

  for (const file of files) {
    const slug = slugFromPath(file);
    if (file.endsWith('.md')) {
      problems.push(problem(file, 'Claims are written in MDX.', `Rename the file to ${slug}.mdx.`));
      continue;
    }
    const claimed = slugOwners.get(slug);
    if (claimed) {
      problems.push(problem(file, `Two claims have the slug "${slug}" (also ${claimed}).`, 'Rename one of the files: the file name is the page address.'));
      continue;
    }
    slugOwners.set(slug, file);

    const text = readFileSync(join(root, file), 'utf8');
    problems.push(...todoProblems(file, text));
    const parts = splitFrontmatter(text);
    if (!parts) {
      problems.push(problem(file, 'The claim has no frontmatter.', 'Start the file with a --- line, the fields (see docs/editing.md), and another --- line.'));
      continue;
    }
    const scan = scanMdxBody(parts.body, parts.bodyLineOffset);
    problems.push(...citedBodyProblems(file, scan, sources, 'The claim', parts.bodyLineOffset + 1));

    const { doc, data, problems: parseProblems } = parseWithSchema(file, parts.yaml, claimSchema, 1);
    problems.push(...parseProblems);
    if (!data) continue;
    const located = (path: (string | number)[]) => doc.locate(path);

    // Where the claim appears.
    const { appearance } = data;
    if (appearance.quote) {
      problems.push(...citationProblems(sources, { source: appearance.source, p: appearance.p, quote: appearance.quote }, file, located(['appearance', 'quote'])));
    } else {
      problems.push(...paragraphProblems(sources, appearance.source, appearance.p, file, located(['appearance'])));
    }

    // Cited figures: the quote must stand in the source and contain the number.
    data.figures.forEach((spec, index) => {
      if (!('value' in spec)) return;
      const at = located(['figures', index, 'quote']);
      const citeProblems = citationProblems(sources, spec, file, at);
      problems.push(...citeProblems);
      if (!citeProblems.length && !numbersIn(spec.quote).includes(spec.value)) {
        problems.push(problem(file, `The figure "${spec.id}" is ${spec.value}, but its quote "${spec.quote}" does not contain that number.`, `Quote the words that state ${spec.value}; the numbers in this quote are ${numbersIn(spec.quote).join(', ') || 'none'}.`, located(['figures', index, 'value'])));
      }
    });

    const { figures, errors } = computeFigures(data.figures);
    for (const e of errors) problems.push(problem(file, e.message, e.hint, located(['figures', ...e.path])));

    for (const ref of scan.references) {
      if (ref.id === undefined) continue;
      if (ref.component === 'Chart') {
        problems.push(...chartReferenceProblems(file, ref, chartIds));
        continue;
      }
      const figure = figures.get(ref.id);
      if (!figure) {
        problems.push(problem(file, `<${ref.component} id="${ref.id}" /> names no figure.`, `Define "${ref.id}" under figures: in the frontmatter${figures.size ? `, or use one of: ${[...figures.keys()].join(', ')}` : ''}.`, ref));
      } else if (ref.component === 'Working' && !figure.working) {
        problems.push(problem(file, `<Working id="${ref.id}" />: "${ref.id}" is a cited figure, so there is no working to show.`, `Use <Fig id="${ref.id}" /> for its value.`, ref));
      }
    }
    data.aliases.forEach((alias, index) => aliases.push({ alias, file, at: located(['aliases', index]) }));
    claims.set(slug, { file, slug, data, scan, figures });
  }

  // An alias keeps a former address alive, so it must not be anyone's address now.
  for (const { alias, file, at } of aliases) {
    const owner = slugOwners.get(alias);
    if (owner) {
      problems.push(problem(file, `The alias "${alias}" is already the address of ${owner}.`, 'An alias is a former slug of this claim; remove it or rename the other claim.', at));
    } else {
      slugOwners.set(alias, file);
    }
  }
  return { claims, problems };
}

/** Every passage a claim quotes: where it appears, its citations and its cited figures. */
export function quotedPassages(claim: LoadedClaim): QuotedPassage[] {
  const { appearance, figures } = claim.data;
  return [
    ...(appearance.quote ? [{ source: appearance.source, p: appearance.p, quote: appearance.quote }] : []),
    ...claim.scan.citations.flatMap((c) => (c.source !== undefined && c.p !== undefined ? [{ source: c.source, p: c.p, quote: c.quote }] : [])),
    ...figures.flatMap((f) => ('quote' in f ? [{ source: f.source, p: f.p, quote: f.quote }] : [])),
  ];
}
