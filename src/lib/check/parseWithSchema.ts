import type { z } from 'astro/zod';
import { problem, type Problem } from '../content/problems.ts';
import { schemaProblems } from '../content/schemaProblems.ts';
import { parseYamlDocument, type YamlDocument } from '../content/yamlDocument.ts';

/**
 * Parses an editor's YAML and validates it against its schema, with every
 * syntax or schema problem located. `data` is null when either step fails.
 * `lineOffset` shifts positions when the YAML is a file's frontmatter.
 */
export function parseWithSchema<T>(file: string, yaml: string, schema: z.ZodType<T>, lineOffset = 0): { doc: YamlDocument; data: T | null; problems: Problem[] } {
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
