import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeedParagraphs } from '../sources/archive.ts';
import { COLLECTIONS, listContentFiles, slugFromPath } from '../content/contentFiles.ts';
import type { Paragraph } from '../sources/paragraphs.ts';
import { problem, type Problem } from '../content/problems.ts';
import { sourceSchema, type Source } from '../content/schema.ts';
import { SEEDS_DIR } from '../sources/seedManifest.ts';
import { parseWithSchema } from './parseWithSchema.ts';
import { todoProblems } from './todos.ts';

export interface LoadedSource {
  file: string;
  data: Source;
  paragraphs: Paragraph[];
}

/**
 * Reads and validates every source metadata file; valid ones are returned by
 * slug. `unloaded` holds the slugs (by file name) of files that exist but
 * could not be loaded, whose own problems are reported here.
 */
export function loadSources(root: string): { sources: Map<string, LoadedSource>; unloaded: Set<string>; problems: Problem[] } {
  const sources = new Map<string, LoadedSource>();
  const unloaded = new Set<string>();
  const problems: Problem[] = [];
  for (const file of listContentFiles(root, COLLECTIONS.sources.base, COLLECTIONS.sources.pattern)) {
    const text = readFileSync(join(root, file), 'utf8');
    problems.push(...todoProblems(file, text));
    const { doc, data, problems: parseProblems } = parseWithSchema(file, text, sourceSchema);
    problems.push(...parseProblems);
    const fileSlug = slugFromPath(file);
    if (!data) {
      unloaded.add(fileSlug);
      continue;
    }
    if (data.slug !== fileSlug) {
      problems.push(problem(file, `The slug "${data.slug}" differs from the file name.`, `Rename the file to ${data.slug}.yaml or set slug: ${fileSlug}.`, doc.locate(['slug'])));
    }
    const other = sources.get(data.slug);
    if (other) {
      problems.push(problem(file, `Two sources have the slug "${data.slug}" (also ${other.file}).`, 'Each source needs its own slug; citations use it as their address.', doc.locate(['slug'])));
      continue;
    }
    if (data.published && data.archived < data.published) {
      problems.push(problem(file, `The text is archived on ${data.archived}, before it was published (${data.published}).`, 'archived is the day the text was added to seeds/; check it and the published date.', doc.locate(['archived'])));
    }
    if (!existsSync(join(root, SEEDS_DIR, data.seed))) {
      problems.push(problem(file, `The seed file "${data.seed}" does not exist in ${SEEDS_DIR}/.`, 'Copy the captured text into seeds/ byte-for-byte (npm run new -- source <slug> <file.txt> does it) or correct the file name.', doc.locate(['seed'])));
      unloaded.add(data.slug);
      continue;
    }
    sources.set(data.slug, { file, data, paragraphs: readSeedParagraphs(root, data.seed) });
  }
  return { sources, unloaded, problems };
}
