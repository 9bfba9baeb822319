import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files of a content folder with one of the given extensions, sorted, as project-relative paths. */
export function listContentFiles(root: string, dir: string, extensions: string[]): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.some((ext) => f.endsWith(ext)) && !f.split(sep).some((part) => part.startsWith('_')))
    .map((f) => relative(root, join(abs, f)).split(sep).join('/'))
    .sort();
}

/** The slug a content file gets from its name: `content/claims/a-b.mdx` → `a-b`. */
export function slugFromPath(file: string): string {
  return file.split('/').pop()!.replace(/\.[^.]+$/, '');
}
