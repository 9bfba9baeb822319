import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, listContentFiles, slugFromPath } from '../content/contentFiles.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { scanMdxBody, type BodyScan } from '../content/mdxBody.ts';
import { problem, type Problem } from '../content/problems.ts';
import { backgroundSchema } from '../content/schema.ts';
import { chartReferenceProblems, citedBodyProblems } from './body.ts';
import { parseWithSchema } from './parseWithSchema.ts';
import { todoProblems } from './todos.ts';
import type { LoadedSource } from './sources.ts';

/** The background page: what the primary source says, published at /background/. */
export const BACKGROUND_FILE = 'content/background.mdx';

/**
 * Checks the background page as a claim is checked: frontmatter schema,
 * what the MDX may contain, and every quotation against its paragraph. It
 * computes no figures, so <Fig> and <Working> are refused.
 */
export function checkBackground(root: string, sources: ReadonlyMap<string, LoadedSource>): { problems: Problem[]; page: { scan: BodyScan; lastChanged: string } | null } {
  const file = BACKGROUND_FILE;
  if (!existsSync(join(root, file))) {
    return { problems: [problem(file, 'The background page is missing.', `Restore ${file}: the home page and every claim link to it.`)], page: null };
  }
  const text = readFileSync(join(root, file), 'utf8');
  const problems = todoProblems(file, text);
  const parts = splitFrontmatter(text);
  if (!parts) {
    return { problems: [...problems, problem(file, 'The background page has no frontmatter.', 'Start the file with a --- line, then title:, description: and published:, and another --- line.')], page: null };
  }
  const { data, problems: parseProblems } = parseWithSchema(file, parts.yaml, backgroundSchema, 1);
  problems.push(...parseProblems);
  const scan = scanMdxBody(parts.body, parts.bodyLineOffset);
  problems.push(...citedBodyProblems(file, scan, sources, 'The background page', parts.bodyLineOffset + 1));
  const chartIds = listContentFiles(root, COLLECTIONS.data.base, COLLECTIONS.data.pattern).map(slugFromPath);
  for (const ref of scan.references) {
    if (ref.component === 'Chart') {
      problems.push(...chartReferenceProblems(file, ref, chartIds));
    } else {
      problems.push(problem(file, `<${ref.component}> is for a claim's named figures; the background page has none.`, 'Quote the number as the source writes it, inside a <Cite>.', ref));
    }
  }
  return { problems, page: data ? { scan, lastChanged: data.updated ?? data.published } : null };
}
