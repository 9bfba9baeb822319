/**
 * The search index read ahead (src/integrations/searchIndex.ts): while Astro
 * bundles and renders, Pagefind reads the staging folder as the last build
 * left it (./searchStaging.ts), and once this build's pages are staged it is
 * given only the copies written in this build, each replacing the page it
 * holds under the same URL. After a one-claim edit that is a few dozen pages
 * instead of every page, read while the build's own thread is busy elsewhere.
 *
 * The index read ahead is used only when the build indexes exactly the pages
 * the last one did: Pagefind numbers pages in the order it read them, and
 * cannot forget one, so with a page added or gone the index would not be the
 * one a fresh read of the folder gives. It is also dropped when a quarter of
 * the pages or more were written again, as Pagefind takes single pages four
 * times as long as a folder.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createIndex, type PagefindIndex } from 'pagefind';
import type { Staged } from './searchStaging.ts';

/** Pagefind's index of a folder of staged pages, as it read them. */
export interface FolderIndex {
  index: PagefindIndex;
  /** Pages Pagefind read from the folder. */
  pages: number;
  /** What Pagefind could not read. */
  errors: string[];
}

/** Pagefind's read of every page in `folder` (one index per language, by each page's `<html lang>`). */
export async function indexFolder(folder: string): Promise<FolderIndex> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: folder });
  return { index, pages: added.page_count, errors: added.errors };
}

export interface IndexAhead extends FolderIndex {
  /** The staging folder read. */
  staging: string;
}

/**
 * Pagefind's read of `staging` as the last build left it; null when the last
 * build left no manifest beside it, or the read failed. Whether the folder
 * can be reused is settled by the staging itself (`aheadUsable`).
 */
export async function readAhead(staging: string): Promise<IndexAhead | null> {
  if (!(await access(`${staging}.json`).then(() => true, () => false))) return null;
  const read = await indexFolder(staging);
  if (read.errors.length) {
    await read.index.deleteIndex();
    return null;
  }
  return { staging, ...read };
}

/** Whether the index read ahead from `staging` can be brought up to date with `staged` by giving it the copies written again. */
export const aheadUsable = (ahead: Pick<IndexAhead, 'staging' | 'pages'>, staging: string, staged: Pick<Staged, 'indexed' | 'restaged' | 'sameIndexedPages'>): boolean =>
  ahead.staging === staging && staged.sameIndexedPages && ahead.pages === staged.indexed && staged.restaged.length * 4 < staged.indexed;

/**
 * The index read ahead, with each copy written in this build in place of the
 * one it read; or null, the index dropped, when it cannot be used.
 */
export async function finishAhead(ahead: IndexAhead | null, staging: string, staged: Staged): Promise<IndexAhead | null> {
  if (!ahead) return null;
  if (!aheadUsable(ahead, staging, staged)) {
    await ahead.index.deleteIndex();
    return null;
  }
  for (const rel of staged.restaged) {
    const { errors } = await ahead.index.addHTMLFile({ sourcePath: rel, content: await readFile(join(staging, rel), 'utf8') });
    if (errors.length) throw new Error(`Pagefind could not read the staged copy of ${rel}:\n${errors.join('\n')}`);
  }
  return ahead;
}
