import type { z } from 'astro/zod';
import { problem, type Problem } from './problems.ts';
import type { YamlLocator } from './yamlDocument.ts';

/** Turns zod issues into located problems with a hint an editor can act on. */
export function schemaProblems(file: string, error: z.ZodError, doc: YamlLocator): Problem[] {
  return bestIssues(error.issues).map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(top level)';
    const where = doc.locate(issue.path);
    let hint = referenceHint(file);
    if (issue.code === 'unrecognized_keys') {
      hint = `Remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed fields are listed in src/lib/content/schema.ts.`;
      return problem(file, `Unknown field ${issue.keys.join(', ')}${issue.path.length ? ` in ${field}` : ''}.`, hint, doc.locateKey([...issue.path, issue.keys[0]!]));
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return problem(file, `Missing required field "${field}".`, `Add "${String(issue.path.at(-1))}:" with a value.`, where);
    }
    if (issue.code === 'invalid_format' && issue.format === 'date') hint = 'Write dates as YYYY-MM-DD, for example 2017-12-07.';
    if (issue.code === 'invalid_value') hint = `Use one of: ${issue.values.map(String).join(', ')}.`;
    return problem(file, `Field "${field}": ${issue.message}.`, hint, where);
  });
}

/** Where docs/editing.md lists the fields of this kind of file. */
function referenceHint(file: string): string {
  if (file.startsWith('content/sources/')) return 'See the table of source fields in docs/editing.md, under "Add a source".';
  if (file.startsWith('content/claims/')) return 'See the table of claim fields in docs/editing.md, under "Add a claim".';
  return 'See the field reference in docs/editing.md.';
}

/**
 * A union (such as the kinds of figure) reports every branch's issues; the
 * branch with the fewest is the one the editor meant, so report only those.
 */
function bestIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || !issue.errors.length) return [issue];
    const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    return bestIssues(best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}
