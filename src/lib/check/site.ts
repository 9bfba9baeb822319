import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from '../content/problems.ts';
import { siteSchema, type SiteConfig } from '../content/schema.ts';
import { parseWithSchema } from './parseWithSchema.ts';
import { todoProblems } from './todos.ts';

export const SITE_FILE = 'content/site.yaml';

/** Reads and validates content/site.yaml; `site` is null when it has a problem. */
export function loadSiteConfig(root: string): { site: SiteConfig | null; problems: Problem[] } {
  if (!existsSync(join(root, SITE_FILE))) {
    return { site: null, problems: [problem(SITE_FILE, 'The site configuration is missing.', 'Restore content/site.yaml (git checkout -- content/site.yaml); its fields are described in docs/editing.md.')] };
  }
  const text = readFileSync(join(root, SITE_FILE), 'utf8');
  const { data, problems } = parseWithSchema(SITE_FILE, text, siteSchema);
  return { site: data, problems: [...todoProblems(SITE_FILE, text), ...problems] };
}
