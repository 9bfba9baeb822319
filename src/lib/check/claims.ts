import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, entrySlug, listContentFiles, slugFromPath } from '../content/contentFiles.ts';
import { mixedPeriods } from '../claims/figurePeriods.ts';
import { computeFigures, formatFigure, type ComputedFigure } from '../claims/figures.ts';
import type { BodyScan } from '../content/mdxBody.ts';
import type { QuotedPassage } from '../sources/numeralCoverage.ts';
import { numbersIn } from '../text/numbers.ts';
import { problem, shortQuote, type Problem } from '../content/problems.ts';
import { claimSchema, slug as slugSchema, type Claim } from '../content/schema.ts';
import { chartReferenceProblems, readMdxPage } from './body.ts';
import { citationProblems, paragraphProblems } from './citation.ts';
import { correctionProblems } from './corrections.ts';
import { parseWithSchema } from './parseWithSchema.ts';
import type { LoadedSource } from './sources.ts';

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
  const chartIds = listContentFiles(root, COLLECTIONS.data.base, COLLECTIONS.data.pattern).map(slugFromPath);
  const files = claimFiles(root);
  problems.push(...files.problems);
  const slugOwners = new Map(files.claims.map(({ file, slug }) => [slug, file]));
  const aliases: { alias: string; file: string; at: { line: number; column: number } }[] = [];

  for (const { file, slug } of files.claims) {
    const { problems: pageProblems, read } = readMdxPage(file, readFileSync(join(root, file), 'utf8'), sources, 'The claim');
    problems.push(...pageProblems);
    if (!read) continue;
    const { scan } = read;

    const { doc, data, problems: parseProblems } = parseWithSchema(file, read.yaml, claimSchema, 1);
    problems.push(...parseProblems);
    if (!data) continue;
    const located = (path: (string | number)[]) => doc.locate(path);
    problems.push(...correctionProblems(data, file, located));

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
        problems.push(problem(file, `The figure "${spec.id}" is ${spec.value}, but its quote "${shortQuote(spec.quote)}" does not contain that number.`, `Quote the words that state ${spec.value}; the numbers in this quote are ${numbersIn(spec.quote).join(', ') || 'none'}.`, located(['figures', index, 'value'])));
      }
    });

    const { figures, errors } = computeFigures(data.figures);
    for (const e of errors) problems.push(problem(file, e.message, e.hint, located(['figures', ...e.path])));
    for (const m of mixedPeriods(data.figures, (slug) => periodName(sources.get(slug)))) {
      const from = [...m.periods].map(([period, ids]) => `${ids.map((id) => `"${id}"`).join(', ')} (${period})`).join(' and ');
      problems.push(problem(file, `"${m.id}" combines figures from different periods: ${from}.`, 'A text about another period or story is not comparable with the 2016–2017 operation. If the comparison is the point, add acrossPeriods: with a note for readers, which the page shows beside the figure.', located(['figures', m.index, m.field])));
    }

    for (const ref of scan.references) {
      if (ref.id === undefined) continue;
      if (ref.component === 'Chart') {
        problems.push(...chartReferenceProblems(file, ref, chartIds));
        continue;
      }
      const figure = figures.get(ref.id);
      if (!figure) {
        problems.push(problem(file, `<${ref.component} id="${ref.id}" /> names no figure.`, `Define "${ref.id}" under figures: in the frontmatter${figures.size ? `, or use one of: ${[...figures.keys()].join(', ')}` : ''}.`, ref));
      } else if (ref.as === 'fall' && !(figure.value < 0)) {
        problems.push(problem(file, `<Fig id="${ref.id}" as="fall" />: "${ref.id}" is ${formatFigure(figure)}, not a fall.`, 'as="fall" shows a negative figure without its sign, where the words already say "fall" or "drop"; for any other figure leave as out.', ref));
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

/**
 * The claim files Astro publishes, each with the slug Astro gives it, and
 * problems for what would not be published as written: a .md file, a file in
 * a folder, a file name that is not its own address, and two files with one
 * address (Astro would publish only one of them).
 */
function claimFiles(root: string): { claims: { file: string; slug: string }[]; problems: Problem[] } {
  const { base, pattern } = COLLECTIONS.claims;
  const problems = listContentFiles(root, base, '**/[^_]*.md').map((file) =>
    problem(file, 'Claims are written in MDX.', `Rename the file to ${slugFromPath(file)}.mdx.`),
  );
  const claims: { file: string; slug: string }[] = [];
  const bySlug = Map.groupBy(listContentFiles(root, base, pattern), (file) => entrySlug(file.slice(base.length + 1)));
  for (const [slug, group] of bySlug) {
    if (group.length > 1) {
      const count = group.length === 2 ? 'Two' : String(group.length);
      for (const file of group) {
        problems.push(problem(file, `${count} claims have the slug "${slug}": ${group.join(' and ')}.`, `Only one would be published, at /claims/${slug}/. Rename or remove the copy: a file's name, lower-cased and without punctuation, is its page address.`));
      }
    }
    for (const file of group) {
      const name = slugFromPath(file);
      if (slug.includes('/')) {
        problems.push(problem(file, `Claims live directly in ${base}/, not in a folder.`, `Move the file to ${base}/${name}.mdx (a file whose name starts with _ is not published).`));
      } else if (name === slug && slugSchema.safeParse(slug).success) {
        claims.push({ file, slug });
      } else if (group.length === 1) {
        const suggested = slug.replace(/_+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '') || 'a-name';
        const published = name === slug ? '' : `: it would be published at /claims/${slug}/`;
        problems.push(problem(file, `The file name "${name}.mdx" is not a page address${published}.`, `Rename the file to ${suggested}.mdx: lower-case letters, digits and single hyphens.`));
      }
    }
  }
  return { claims, problems };
}

/** The period a source speaks of, as a message names it. */
function periodName(source: LoadedSource | undefined): string | undefined {
  if (!source) return undefined;
  const { scope, slug } = source.data;
  return scope.operation ? 'the 2016–2017 operation' : `${slug}: ${scope.heading}`;
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
