import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../../i18n/locales.ts';
import { COLLECTIONS, listContentFiles, slugFromPath } from '../content/contentFiles.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { scanMdxBody, type BodyScan } from '../content/mdxBody.ts';
import { problem, type Problem } from '../content/problems.ts';
import { backgroundTranslationSchema, claimTranslationSchema, type ClaimTranslation } from '../content/schema.ts';
import { chartReferenceProblems, citedBodyProblems, readMdxPage } from './body.ts';
import type { LoadedClaim } from './claims.ts';
import { chineseTextProblems } from './chineseText.ts';
import { parseWithSchema } from './parseWithSchema.ts';
import type { LoadedSource } from './sources.ts';
import { todoProblems } from './todos.ts';

/** A translation that follows an older version of its original: reported, not refused (the page says which version it translates). */
export interface OutdatedTranslation {
  file: string;
  translates: string;
  original: string;
}

export interface TranslationCheck {
  problems: Problem[];
  outdated: OutdatedTranslation[];
  count: number;
}

/** A claim translation as the check read it, with its collection id, `<locale>/<slug>`. */
export interface CheckedTranslation {
  id: string;
  data: ClaimTranslation;
}

/** `hksar-2017-12-07 ¶9` for each paragraph a body cites. */
const citedKeys = (scan: BodyScan) => new Set(scan.citations.flatMap((c) => (c.source !== undefined && c.p !== undefined ? [`${c.source} ¶${c.p}`] : [])));
/** The figure ids a body shows with <Fig> or <Working>. */
const shownFigures = (scan: BodyScan) => new Set(scan.references.flatMap((r) => (r.component !== 'Chart' && r.id !== undefined ? [r.id] : [])));

/** What the original cites that its translation leaves out, reported once at the start of the body. */
function missingCitations(file: string, original: BodyScan, translation: BodyScan, firstLine: number, what: string): Problem[] {
  const have = citedKeys(translation);
  return [...citedKeys(original)].filter((key) => !have.has(key)).map((key) =>
    problem(file, `The ${what} cites ${key}, which this translation does not.`, 'A translation cites exactly the paragraphs its original cites: add the <Cite> with the same source, paragraph and English words.', { line: firstLine }),
  );
}

/** What the translation cites that its original does not. */
function extraCitations(file: string, original: BodyScan, translation: BodyScan, what: string): Problem[] {
  const allowed = citedKeys(original);
  return translation.citations
    .filter((c) => c.source !== undefined && c.p !== undefined && !allowed.has(`${c.source} ¶${c.p}`))
    .map((c) => problem(file, `The translation cites ${c.source} ¶${c.p}, which the ${what} does not.`, `A translation cites exactly the paragraphs its original cites; cite it in the ${what} first, or remove it here.`, c));
}

/**
 * Checks every claim translation (content/claims/<locale>/<slug>.mdx)
 * against its English original: everything a claim's body is checked for,
 * plus the same verdict, the same cited paragraphs, the same figures (in the
 * body and as labels), one note per correction, a `translates` date no later
 * than the original's last change, and Hong Kong Traditional characters.
 */
export function checkClaimTranslations(root: string, sources: ReadonlyMap<string, LoadedSource>, claims: ReadonlyMap<string, LoadedClaim>): TranslationCheck & { translations: CheckedTranslation[] } {
  const problems: Problem[] = [];
  const outdated: OutdatedTranslation[] = [];
  const translations: CheckedTranslation[] = [];
  const chartIds = listContentFiles(root, COLLECTIONS.data.base, COLLECTIONS.data.pattern).map(slugFromPath);
  const files = listContentFiles(root, COLLECTIONS.claimTranslations.base, COLLECTIONS.claimTranslations.pattern);
  for (const file of files) {
    const slug = slugFromPath(file);
    const original = claims.get(slug);
    // An original with problems is reported in its own file; its translation is checked once it loads.
    if (!original && existsSync(join(root, COLLECTIONS.claims.base, `${slug}.mdx`))) continue;
    if (!original) {
      problems.push(problem(file, `No claim "${slug}" to translate: content/claims/${slug}.mdx does not exist.`, `Name a translation after its original's file: content/claims/<locale>/<slug>.mdx. Claims: ${[...claims.keys()].join(', ') || 'none'}.`));
      continue;
    }
    const text = readFileSync(join(root, file), 'utf8');
    const { problems: pageProblems, read } = readMdxPage(file, text, sources, 'The translation');
    problems.push(...pageProblems);
    if (!read) continue;
    problems.push(...chineseTextProblems(file, text));
    const { scan, firstLine } = read;
    problems.push(...missingCitations(file, original.scan, scan, firstLine, 'original'), ...extraCitations(file, original.scan, scan, 'original'));

    // Figures: only the original's, and every one it shows.
    const originalShows = shownFigures(original.scan);
    for (const ref of scan.references) {
      if (ref.id === undefined) continue;
      if (ref.component === 'Chart') {
        problems.push(...chartReferenceProblems(file, ref, chartIds));
      } else if (!original.figures.has(ref.id)) {
        problems.push(problem(file, `<${ref.component} id="${ref.id}" /> names a figure the original does not have.`, `A translation shows the original's figures only: ${[...original.figures.keys()].join(', ') || 'it has none'}. Add the figure to ${original.file} first.`, ref));
      }
    }
    const shows = shownFigures(scan);
    for (const id of originalShows) {
      if (!shows.has(id)) problems.push(problem(file, `The original shows the figure "${id}", which this translation does not.`, `Show it where the original does, with <Fig id="${id}" /> (or <Working id="${id}" /> for its working).`, { line: firstLine }));
    }

    const { doc, data, problems: parseProblems } = parseWithSchema(file, read.yaml, claimTranslationSchema, 1);
    problems.push(...parseProblems);
    if (!data) continue;
    translations.push({ id: file.slice(COLLECTIONS.claimTranslations.base.length + 1).replace(/\.mdx$/, ''), data });
    if (data.verdict !== original.data.verdict) {
      problems.push(problem(file, `The verdict is "${data.verdict}", but the original's is "${original.data.verdict}".`, `A translation never changes a verdict: write verdict: ${original.data.verdict}. To change the verdict, change the original and record a correction there.`, doc.locate(['verdict'])));
    }
    const labelled = original.data.figures.filter((f) => f.label !== undefined).map((f) => f.id);
    for (const id of Object.keys(data.figures)) {
      if (!labelled.includes(id)) {
        problems.push(problem(file, `figures: "${id}" is not a labelled figure of the original.`, `Give a label for each of the original's labelled figures, and no other: ${labelled.join(', ') || 'it has none'}.`, doc.locateKey(['figures', id])));
      }
    }
    const missingLabels = labelled.filter((id) => !(id in data.figures));
    if (missingLabels.length) {
      problems.push(problem(file, `figures: no label for ${missingLabels.map((id) => `"${id}"`).join(', ')}.`, 'Translate the label of every figure the original labels, so the figures table is all in one language.', doc.locateKey(data.figures && Object.keys(data.figures).length ? ['figures'] : ['title'])));
    }
    if (data.corrections.length !== original.data.corrections.length) {
      problems.push(problem(file, `corrections: ${data.corrections.length} note${data.corrections.length === 1 ? '' : 's'}, but the original records ${original.data.corrections.length} correction${original.data.corrections.length === 1 ? '' : 's'}.`, 'Translate each correction note of the original, in the same order, one list item each.', doc.locateKey(data.corrections.length ? ['corrections'] : ['title'])));
    }
    const last = original.data.updated ?? original.data.published;
    if (data.translates > last) {
      problems.push(problem(file, `translates: ${data.translates} is later than the original's last change (${last}).`, `Write the date of the version you translated: the original's updated date, or its published date if it has none (${last}).`, doc.locate(['translates'])));
    } else if (data.translates < last) {
      outdated.push({ file, translates: data.translates, original: last });
    }
  }
  return { problems, outdated, count: files.length, translations };
}

/** The background page's translations: content/<locale>/background.mdx. */
export const backgroundTranslationFile = (locale: TranslatedLocale) => `content/${locale}/background.mdx`;

/**
 * Checks each translation of the background page against the original, as a
 * claim translation is checked: the same cited paragraphs and charts, no
 * figures, a `translates` date no later than the original's, Hong Kong
 * Traditional characters. A missing translation is a problem: every page
 * exists in every language.
 */
export function checkBackgroundTranslations(root: string, sources: ReadonlyMap<string, LoadedSource>, original: { scan: BodyScan; lastChanged: string } | null): TranslationCheck {
  const problems: Problem[] = [];
  const outdated: OutdatedTranslation[] = [];
  const chartIds = listContentFiles(root, COLLECTIONS.data.base, COLLECTIONS.data.pattern).map(slugFromPath);
  for (const locale of TRANSLATED_LOCALES) {
    const file = backgroundTranslationFile(locale);
    if (!existsSync(join(root, file))) {
      problems.push(problem(file, `The background page has no ${locale} translation.`, `Every page exists in every language: translate content/background.mdx into ${file} (see docs/editing.md, "Translations").`));
      continue;
    }
    const text = readFileSync(join(root, file), 'utf8');
    problems.push(...todoProblems(file, text), ...chineseTextProblems(file, text));
    const parts = splitFrontmatter(text);
    if (!parts) {
      problems.push(problem(file, 'The translation has no frontmatter.', 'Start the file with a --- line, then title:, description:, published: and translates:, and another --- line.'));
      continue;
    }
    const scan = scanMdxBody(parts.body, parts.bodyLineOffset);
    const firstLine = parts.bodyLineOffset + 1;
    problems.push(...citedBodyProblems(file, scan, sources, 'The translation', firstLine));
    for (const ref of scan.references) {
      if (ref.component === 'Chart') problems.push(...chartReferenceProblems(file, ref, chartIds));
      else problems.push(problem(file, `<${ref.component}> is for a claim's named figures; the background page has none.`, 'Quote the number as the source writes it, inside a <Cite>.', ref));
    }
    const { doc, data, problems: parseProblems } = parseWithSchema(file, parts.yaml, backgroundTranslationSchema, 1);
    problems.push(...parseProblems);
    if (!original) continue;
    problems.push(...missingCitations(file, original.scan, scan, firstLine, 'background page'), ...extraCitations(file, original.scan, scan, 'background page'));
    if (!data) continue;
    if (data.translates > original.lastChanged) {
      problems.push(problem(file, `translates: ${data.translates} is later than the original's last change (${original.lastChanged}).`, `Write the date of the version you translated (${original.lastChanged}).`, doc.locate(['translates'])));
    } else if (data.translates < original.lastChanged) {
      outdated.push({ file, translates: data.translates, original: original.lastChanged });
    }
  }
  return { problems, outdated, count: TRANSLATED_LOCALES.length };
}
