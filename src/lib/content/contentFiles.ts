import { join, posix } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { globSync } from 'tinyglobby';
import { TRANSLATED_LOCALES } from '../../i18n/locales.ts';

/**
 * The content collections: the folder each lives in and the files Astro's
 * glob loader reads there. src/content.config.ts and the content check both
 * use these, so the check reads exactly the files the build publishes.
 */
export const COLLECTIONS = {
  sources: { base: 'content/sources', pattern: '**/[^_]*.{yaml,yml}' },
  claims: { base: 'content/claims', pattern: ['**/[^_]*.mdx', ...TRANSLATED_LOCALES.map((l) => `!${l}/**`)] },
  data: { base: 'content/data', pattern: ['**/[^_]*.{yaml,yml}', ...TRANSLATED_LOCALES.map((l) => `!${l}/**`)] },
  /** Translations of claims: content/claims/<locale>/<slug>.mdx, with the id `<locale>/<slug>`. */
  claimTranslations: { base: 'content/claims', pattern: TRANSLATED_LOCALES.map((l) => `${l}/[^_]*.mdx`) },
  /** Translations of chart data: content/data/<locale>/<slug>.yaml, with the id `<locale>/<slug>`. */
  dataTranslations: { base: 'content/data', pattern: TRANSLATED_LOCALES.map((l) => `${l}/[^_]*.{yaml,yml}`) },
} as const satisfies Record<string, { base: string; pattern: string | string[] }>;

/**
 * The files under `base` that match `pattern`, found as Astro's glob loader
 * finds them (tinyglobby, without expanding directories), sorted, as
 * project-relative paths with forward slashes.
 */
export function listContentFiles(root: string, base: string, pattern: string | readonly string[]): string[] {
  return globSync(typeof pattern === 'string' ? pattern : [...pattern], { cwd: join(root, base), expandDirectories: false })
    .map((file) => posix.join(base, file))
    .sort();
}

/**
 * The slug Astro's glob loader gives an entry without a `slug` field, from
 * its path inside the collection: each folder and the file name without its
 * extension through github-slugger, a final `/index` dropped (as in
 * getContentEntryIdAndSlug, astro/dist/content/utils.js). So
 * `Press-Release-Arithmetic.mdx` and `press-release-arithmetic.mdx` are one slug.
 */
export function entrySlug(pathInCollection: string): string {
  const withoutExtension = pathInCollection.slice(0, pathInCollection.length - posix.extname(pathInCollection).length);
  return withoutExtension.split('/').map((segment) => githubSlug(segment)).join('/').replace(/\/index$/, '');
}

/** The file name without folder or extension: `content/claims/a-b.mdx` → `a-b`. */
export function slugFromPath(file: string): string {
  return file.split('/').pop()!.replace(/\.[^.]+$/, '');
}
