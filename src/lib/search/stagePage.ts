/**
 * Prepares pages for the search staging folder (./searchStaging.ts): each
 * page's copy as Pagefind should read it (./searchIndexHtml.ts), written
 * beside the others, or removed when the page is not indexed, and what the
 * host files need of the page (src/lib/publishing/pageFacts.ts). Synchronous
 * and self-contained, so a batch of pages can be prepared in a worker thread
 * (this module is the worker's code) as well as in the build's own thread.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { takeStamp, type TakenStamp } from '../fileStamp.ts';
import { pageFactsOf, type PageFacts } from '../publishing/pageFacts.ts';
import { htmlForIndex } from './searchIndexHtml.ts';

export interface PageToStage {
  /** The published page. */
  file: string;
  /** Its path under the site, with `/`. */
  rel: string;
  /** Where its staged copy goes. */
  copy: string;
  /** The page's URL under the site, for htmlForIndex. */
  url: string;
  /** A copy staged earlier may be there, to remove if the page is no longer indexed. */
  hadCopy: boolean;
}

export interface StagedCopy {
  /** SHA-256 of the published bytes read. */
  sha256: string;
  /** SHA-256 of the staged copy; null when the page is not indexed. */
  staged: string | null;
  /** The copy's stamp (src/lib/fileStamp.ts), taken as soon as it was written. */
  written?: TakenStamp;
  /** What the host files need of the page. */
  facts: PageFacts;
}

export const sha256Of = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** Stages one page: reads it, and writes (or removes) its copy. */
export function stagePage({ file, rel, copy, url, hadCopy }: PageToStage): StagedCopy {
  const html = readFileSync(file);
  const sha256 = sha256Of(html);
  const text = html.toString('utf8');
  const facts = pageFactsOf(rel, text);
  const content = htmlForIndex(text, url);
  if (content === null) {
    if (hadCopy) rmSync(copy, { force: true });
    return { sha256, staged: null, facts };
  }
  mkdirSync(dirname(copy), { recursive: true });
  // Most pages are indexed as published: their bytes are copied unchanged.
  writeFileSync(copy, content === text ? html : content);
  return { sha256, staged: content === text ? sha256 : sha256Of(content), written: takeStamp(statSync(copy, { bigint: true })), facts };
}

/** Stages a batch of pages, in order: the task a worker thread runs. */
export default function stageBatch(pages: readonly PageToStage[]): StagedCopy[] {
  return pages.map(stagePage);
}
