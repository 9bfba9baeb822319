/**
 * The check reads each YAML text first with js-yaml, without positions, and
 * again with positions only when there is a problem to locate
 * (src/lib/check/parseWithSchema.ts, src/lib/content/yamlDocument.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../src/lib/check/parseWithSchema.ts';
import { listContentFiles } from '../src/lib/content/contentFiles.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { claimSchema } from '../src/lib/content/schema.ts';
import { lazyYamlLocator, parseYamlDocument } from '../src/lib/content/yamlDocument.ts';

const ROOT = join(import.meta.dirname, '..');

/** Every YAML text an editor writes: the frontmatter of each MDX file and each YAML file, in the content and the test fixtures. */
function yamlTexts(): Array<{ file: string; yaml: string }> {
  const files = [...listContentFiles(ROOT, 'content', '**/*.{mdx,yaml}'), ...listContentFiles(ROOT, 'test/fixtures', '**/*.{mdx,yaml}')];
  return files.flatMap((file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    if (!file.endsWith('.mdx')) return [{ file, yaml: text }];
    const parts = splitFrontmatter(text);
    return parts ? [{ file, yaml: parts.yaml }] : [];
  });
}

describe('reading YAML without positions first', () => {
  it('gives the same data as the reading with positions, for every YAML text in the content and the fixtures', () => {
    const texts = yamlTexts();
    expect(texts.length).toBeGreaterThan(40);
    for (const { file, yaml } of texts) {
      const located = parseYamlDocument(yaml);
      if (located.errors.length) continue;
      expect(load(yaml, { schema: CORE_SCHEMA }), file).toEqual(located.data);
    }
  });

  it('keeps dates as written, so a malformed date is refused rather than rolled over into another day', () => {
    const yaml = readFileSync(join(ROOT, 'content/claims/hkfp-803-arrested.mdx'), 'utf8').split('---')[1]!.replace(/^published: .*$/m, 'published: 2017-13-45');
    const { data, problems } = parseWithSchema('content/claims/x.mdx', yaml, claimSchema, 1);
    expect(data).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Field "published"/) })]);
  });

  it('finds the same positions, when asked, as the reading with positions', () => {
    for (const { file, yaml } of yamlTexts().filter(({ file }) => file.startsWith('content/claims/'))) {
      const located = parseYamlDocument(yaml, 1);
      const lazy = lazyYamlLocator(yaml, 1);
      for (const path of [['title'], ['appearance', 'quote'], ['figures', 0, 'quote'], ['figures', 1], ['corrections', 0, 'date'], ['no-such-field']]) {
        expect({ ...lazy.locate(path) }, `${file} ${path.join('.')}`).toEqual(located.locate(path));
        expect({ ...lazy.locateKey(path) }, `${file} ${path.join('.')}`).toEqual(located.locateKey(path));
      }
    }
  });
});
