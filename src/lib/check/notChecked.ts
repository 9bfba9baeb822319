import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { numbersIn } from '../text/numbers.ts';
import { problem, type Problem } from '../content/problems.ts';
import { notCheckedSchema, type NotChecked } from '../content/schema.ts';
import { citationProblems } from './citation.ts';
import { parseWithSchema } from './parseWithSchema.ts';
import type { LoadedSource } from './sources.ts';

/** Numerals in the news reports that no claim checks, with the reason (see notCheckedSchema). */
export const NOT_CHECKED_FILE = 'content/not-checked.yaml';

function readNotChecked(root: string) {
  const file = NOT_CHECKED_FILE;
  if (!existsSync(join(root, file))) return null;
  return parseWithSchema(file, readFileSync(join(root, file), 'utf8'), notCheckedSchema);
}

/**
 * The entries of content/not-checked.yaml, for the pages that list them,
 * without reading the sources: the content check has verified them before
 * anything is built.
 */
export const notCheckedEntries = (root: string): NotChecked => readNotChecked(root)?.data ?? [];

/** Reads content/not-checked.yaml, if there is one; every quote is verified like a citation. */
export function loadNotChecked(root: string, sources: ReadonlyMap<string, LoadedSource>): { entries: NotChecked; problems: Problem[] } {
  const file = NOT_CHECKED_FILE;
  const read = readNotChecked(root);
  if (!read) return { entries: [], problems: [] };
  const { doc, data, problems } = read;
  if (!data) return { entries: [], problems };
  data.forEach((entry, index) => {
    const at = doc.locate([index, 'quote']);
    const quoteProblems = citationProblems(sources, entry, file, at);
    problems.push(...quoteProblems);
    if (!quoteProblems.length && !numbersIn(entry.quote).length) {
      problems.push(problem(file, `The quote "${entry.quote}" contains no numeral.`, 'List only words that contain the numerals not checked.', at));
    }
  });
  return { entries: data, problems };
}
