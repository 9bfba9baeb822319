import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'astro/zod';
import { problem, type Problem } from '../content/problems.ts';
import { schemaProblems } from '../content/schemaProblems.ts';
import { lazyYamlLocator, parseYamlDocument, type YamlLocator } from '../content/yamlDocument.ts';

/**
 * Parses an editor's YAML and validates it against its schema, with every
 * syntax or schema problem located. `data` is null when either step fails.
 * `lineOffset` shifts positions when the YAML is a file's frontmatter.
 *
 * The text is first read with js-yaml, which keeps no positions and is
 * several times faster, under YAML 1.2's core schema as the reading with
 * positions uses (dates stay text, so a malformed date is refused rather
 * than rolled over into another day). When that reading fails or its data
 * does not fit the schema, the text is read again with positions and the
 * problems are reported from that reading. Content without problems is
 * never read twice: `doc` finds positions when first asked.
 */
export function parseWithSchema<T>(file: string, yaml: string, schema: z.ZodType<T>, lineOffset = 0): { doc: YamlLocator; data: T | null; problems: Problem[] } {
  const quick = quickRead(yaml);
  if (quick.read) {
    const parsed = schema.safeParse(quick.data);
    if (parsed.success) return { doc: lazyYamlLocator(yaml, lineOffset), data: parsed.data, problems: [] };
  }
  const doc = parseYamlDocument(yaml, lineOffset);
  if (doc.errors.length) {
    return {
      doc,
      data: null,
      problems: doc.errors.map((e) =>
        problem(file, `YAML syntax error: ${e.message}`, e.message.startsWith('Missing closing') ? 'Close the quote that starts here, on the same value, or remove it: a value needs quotes only when it contains a colon.' : 'Check indentation, and quote values that contain a colon.', e.at),
      ),
    };
  }
  // reportInput lets a wrong-typed value be told apart from a missing one.
  const parsed = schema.safeParse(doc.data, { reportInput: true });
  return parsed.success ? { doc, data: parsed.data, problems: [] } : { doc, data: null, problems: schemaProblems(file, parsed.error, doc) };
}

/** The text as js-yaml reads it under the core schema, or `read: false` when js-yaml refuses it. */
function quickRead(yaml: string): { read: true; data: unknown } | { read: false } {
  try {
    return { read: true, data: load(yaml, { schema: CORE_SCHEMA }) };
  } catch {
    return { read: false };
  }
}
