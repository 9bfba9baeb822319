/** The bundler's grouping of the content's MDX modules (src/lib/build/contentChunks.ts). */
import { describe, expect, it } from 'vitest';
import { contentCodeSplitting, contentModuleTest } from '../../src/lib/build/contentChunks.ts';

const dir = '/site/content/';
const isContentModule = (id: string, contentDir: string) => contentModuleTest(contentDir)(id);

describe('contentModuleTest', () => {
  it('takes the MDX entries under the content folder and the modules Astro derives from them', () => {
    expect(isContentModule('/site/content/claims/a.mdx', dir)).toBe(true);
    expect(isContentModule('/site/content/zh-hant/claims/a.mdx?astroPropagatedAssets', dir)).toBe(true);
    expect(isContentModule('/site/content/background.mdx', '/site/content')).toBe(true);
  });

  it('leaves every other module where the bundler puts it', () => {
    expect(isContentModule('/site/content/site.yaml', dir)).toBe(false);
    expect(isContentModule('/site/content/claims/a.mdx.ts', dir)).toBe(false);
    expect(isContentModule('/site/src/pages/about.mdx', dir)).toBe(false);
    expect(isContentModule('/site/contents/a.mdx', dir)).toBe(false);
    expect(isContentModule('/elsewhere/site/content/a.mdx', dir)).toBe(false);
    expect(isContentModule('\0virtual:astro:content/a.mdx', dir)).toBe(false);
  });

  it('matches Windows paths, which the bundler writes with /', () => {
    expect(isContentModule('C:/site/content/claims/a.mdx', 'C:\\site\\content\\')).toBe(true);
  });
});

describe('contentCodeSplitting', () => {
  it('gives one size-bounded group whose test is contentModuleTest', () => {
    const { groups } = contentCodeSplitting(dir);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.maxSize).toBeGreaterThan(0);
    expect(groups[0]!.test('/site/content/claims/a.mdx')).toBe(true);
    expect(groups[0]!.test('/site/src/lib/a.ts')).toBe(false);
  });
});
