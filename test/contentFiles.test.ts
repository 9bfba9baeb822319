import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entrySlug } from '../src/lib/content/contentFiles.ts';
import { ROOT } from './helpers/deployment.ts';

/** Astro's own slug function, read from its build (it is not a public export). */
const { getContentEntryIdAndSlug } = (await import(pathToFileURL(join(ROOT, 'node_modules/astro/dist/content/utils.js')).href)) as {
  getContentEntryIdAndSlug(options: { entry: URL; contentDir: URL; collection: string }): { id: string; slug: string };
};
const astroSlug = (path: string) =>
  getContentEntryIdAndSlug({ entry: new URL(`./${encodeURI(path)}`, 'file:///content/claims/'), contentDir: new URL('file:///content/claims/'), collection: '' }).slug;

describe('entrySlug', () => {
  const paths = [
    'press-release-arithmetic.mdx',
    'Press-Release-Arithmetic.mdx',
    'press_release_arithmetic.mdx',
    'press release arithmetic.mdx',
    'PRESS–RELEASE.mdx',
    '.hidden.mdx',
    'a.b.mdx',
    'Ärger im Hafen.mdx',
    'sub/Folder Name/index.mdx',
    'sub/claim.mdx',
  ];
  it.each(paths)('gives %s the slug Astro gives it', (path) => {
    expect(entrySlug(path)).toBe(astroSlug(path));
  });

  it('maps a capitalised copy to the same slug', () => {
    expect(entrySlug('Press-Release-Arithmetic.mdx')).toBe('press-release-arithmetic');
  });
});
