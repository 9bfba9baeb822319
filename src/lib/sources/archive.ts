import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseParagraphs, type Paragraph } from './paragraphs.ts';
import { SEEDS_DIR } from './seedManifest.ts';

const cache = new Map<string, Paragraph[]>();

/** The paragraphs of one archived seed, read from disk once per build. */
export function readSeedParagraphs(root: string, seedFile: string): Paragraph[] {
  const path = join(root, SEEDS_DIR, seedFile);
  let paragraphs = cache.get(path);
  if (!paragraphs) {
    paragraphs = parseParagraphs(readFileSync(path, 'utf8'));
    cache.set(path, paragraphs);
  }
  return paragraphs;
}
