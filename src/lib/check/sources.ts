import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeedParagraphs } from '../archive.ts';
import { listContentFiles } from '../contentFiles.ts';
import type { Paragraph } from '../paragraphs.ts';
import { problem, type Problem } from '../problems.ts';
import { sourceSchema, type Source } from '../schema.ts';
import { schemaProblems } from '../schemaProblems.ts';
import { SEEDS_DIR } from '../seedManifest.ts';
import { parseYamlDocument } from '../yamlDocument.ts';
import { todoProblems } from './todos.ts';

export const SOURCES_DIR = 'content/sources';

export interface LoadedSource {
  file: string;
  data: Source;
  paragraphs: Paragraph[];
}

/** Reads and validates every source metadata file; valid ones are returned by slug. */
export function loadSources(root: string): { sources: Map<string, LoadedSource>; problems: Problem[] } {
  const sources = new Map<string, LoadedSource>();
  const problems: Problem[] = [];
  for (const file of listContentFiles(root, SOURCES_DIR, ['.yaml', '.yml'])) {
    const text = readFileSync(join(root, file), 'utf8');
    problems.push(...todoProblems(file, text));
    const doc = parseYamlDocument(text);
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push(problem(file, `YAML syntax error: ${e.message}`, 'Check indentation and quote values that contain a colon.', e.at));
      continue;
    }
    // reportInput lets a wrong-typed value be told apart from a missing one.
    const parsed = sourceSchema.safeParse(doc.data, { reportInput: true });
    if (!parsed.success) {
      problems.push(...schemaProblems(file, parsed.error, doc));
      continue;
    }
    const data = parsed.data;
    const fileSlug = file.split('/').pop()!.replace(/\.ya?ml$/, '');
    if (data.slug !== fileSlug) {
      problems.push(problem(file, `The slug "${data.slug}" differs from the file name.`, `Rename the file to ${data.slug}.yaml or set slug: ${fileSlug}.`, doc.locate(['slug'])));
    }
    const other = sources.get(data.slug);
    if (other) {
      problems.push(problem(file, `Two sources have the slug "${data.slug}" (also ${other.file}).`, 'Each source needs its own slug; citations use it as their address.', doc.locate(['slug'])));
      continue;
    }
    if (!existsSync(join(root, SEEDS_DIR, data.seed))) {
      problems.push(problem(file, `The seed file "${data.seed}" does not exist in ${SEEDS_DIR}/.`, 'Copy the captured text into seeds/ byte-for-byte (npm run new -- source <slug> <file.txt> does it) or correct the file name.', doc.locate(['seed'])));
      continue;
    }
    sources.set(data.slug, { file, data, paragraphs: readSeedParagraphs(root, data.seed) });
  }
  return { sources, problems };
}
