import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseParagraphs, type Paragraph } from './paragraphs.ts';
import { SEEDS_DIR } from './seedManifest.ts';

/** The paragraphs of one archived seed, read from disk (build time only). */
export function readSeedParagraphs(root: string, seedFile: string): Paragraph[] {
  return parseParagraphs(readFileSync(join(root, SEEDS_DIR, seedFile), 'utf8'));
}
