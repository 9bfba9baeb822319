import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { aliasRedirects, formatRedirectsFile } from '../src/lib/publishing/redirects.ts';
import type { Claim } from '../src/lib/content/schema.ts';
import { runAstro } from './helpers/astroCli.ts';
import { tempProject } from './helpers/tempProject.ts';

const claim = (id: string, aliases: string[]) => ({ id, data: { aliases } as unknown as Claim });

describe('aliasRedirects', () => {
  it('maps each former slug to the current page, under the base path', () => {
    const redirects = aliasRedirects([claim('new', ['old', 'older']), claim('other', [])], '/factcheck/');
    expect(redirects).toEqual([
      { from: '/factcheck/claims/old/', to: '/factcheck/claims/new/' },
      { from: '/factcheck/claims/older/', to: '/factcheck/claims/new/' },
    ]);
    expect(formatRedirectsFile(redirects)).toBe('/factcheck/claims/old/ /factcheck/claims/new/ 301\n/factcheck/claims/older/ /factcheck/claims/new/ 301\n');
    expect(formatRedirectsFile([])).toBe('');
  });
});

describe('a renamed claim keeps its old address', () => {
  const project = tempProject({ buildable: true });
  afterAll(() => project.dispose());

  it('builds a redirect page and a host redirect rule for each alias', () => {
    project.edit('content/claims/press-release-arithmetic.mdx', (t) => t.replace(/^published: (.*)$/m, 'published: $1\naliases: [hksar-figures]'));
    runAstro(['build', '--silent'], { cwd: project.root, env: { BASE: '/factcheck/', OUT_DIR: undefined } });
    const dist = join(project.root, 'dist');
    const $ = load(readFileSync(join(dist, 'claims', 'hksar-figures', 'index.html'), 'utf8'));
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/factcheck/claims/press-release-arithmetic/');
    expect($('link[rel="canonical"]').attr('href')).toMatch(/\/factcheck\/claims\/press-release-arithmetic\/$/);
    expect($('main a[href="/factcheck/claims/press-release-arithmetic/"]')).toHaveLength(1);
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toBe('/factcheck/claims/hksar-figures/ /factcheck/claims/press-release-arithmetic/ 301\n');
  });
});
