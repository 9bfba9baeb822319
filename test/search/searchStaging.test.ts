/**
 * The search staging folder kept between builds (src/lib/search/searchStaging.ts):
 * reused page by page only while a page's bytes and the staging code are the
 * same, and never when a staged copy or the manifest is damaged; with what
 * the host files need of every page, kept beside it.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileStamp } from '../../src/lib/fileStamp.ts';
import { pageFactsOf } from '../../src/lib/publishing/pageFacts.ts';
import { htmlForIndex } from '../../src/lib/search/searchIndexHtml.ts';
import { readManifest, STAGING_CODE, stagePages as stageWithFacts } from '../../src/lib/search/searchStaging.ts';

const LIB = resolve(import.meta.dirname, '../../src/lib/search');

const page = (body: string) => `<!doctype html><html lang="en"><body><article data-pagefind-body><p>${body}</p></article></body></html>`;
const PAGES: Record<string, string> = {
  'claims/a/index.html': page('The release counts 1,060 organisers.'),
  'claims/b/index.html': page('No grouped number here.'),
  'about/index.html': '<!doctype html><html lang="en"><body><main>Not indexed.</main></body></html>',
};

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(pages: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'staging-'));
  const dist = join(root, 'dist');
  for (const [rel, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dist, rel)), { recursive: true });
    writeFileSync(join(dist, rel), html);
  }
  return { dist, staging: join(root, 'cache', 'search-pages') };
}

/** Every staged file and its text. */
function stagedFiles(staging: string): Record<string, string> {
  const files = readdirSync(staging, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [relative(staging, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

/** stagePages without the page facts and what the index read ahead needs, which are checked on their own below. */
async function stagePages(...args: Parameters<typeof stageWithFacts>) {
  const { facts: _facts, restaged: _restaged, sameIndexedPages: _same, ...staged } = await stageWithFacts(...args);
  return staged;
}

/** What a fresh staging of `pages` holds: each indexed page as htmlForIndex gives it. */
const expected = (pages: Record<string, string>) =>
  Object.fromEntries(Object.entries(pages).flatMap(([rel, html]) => {
    const content = htmlForIndex(html, `/${rel.replace(/index\.html$/, '')}`);
    return content === null ? [] : [[rel, content]];
  }));

describe('search staging', () => {
  it('prepares each page once, and again only when it changes or goes', async () => {
    const { dist, staging } = site(PAGES);
    expect(await stagePages(dist, staging)).toEqual({ indexed: 2, prepared: 3, damaged: [] });
    expect(stagedFiles(staging)).toEqual(expected(PAGES));
    expect(stagedFiles(staging)['claims/a/index.html']).not.toBe(PAGES['claims/a/index.html']);

    expect(await stagePages(dist, staging)).toEqual({ indexed: 2, prepared: 0, damaged: [] });
    expect(stagedFiles(staging)).toEqual(expected(PAGES));

    const { 'claims/a/index.html': _gone, ...kept } = PAGES;
    const edited: Record<string, string> = { ...kept, 'claims/b/index.html': page('Now 67,000 were caught.') };
    writeFileSync(join(dist, 'claims/b/index.html'), edited['claims/b/index.html']!);
    rmSync(join(dist, 'claims/a'), { recursive: true });
    expect(await stagePages(dist, staging)).toEqual({ indexed: 1, prepared: 1, damaged: [] });
    expect(stagedFiles(staging)).toEqual(expected(edited));
  });

  it('prepares in worker threads, in batches, exactly what it prepares in the build\'s thread', async () => {
    // Enough pages for several batches, indexed or not, with and without grouped numbers.
    const many: Record<string, string> = {};
    for (let i = 0; i < 70; i++) many[`claims/c${i}/index.html`] = i % 3 ? page(`Claim ${i} counts ${i},${String(i).padStart(3, '0')} arrests.`) : page(`Claim ${i}.`);
    for (let i = 0; i < 5; i++) many[`about${i}/index.html`] = PAGES['about/index.html']!;
    const manifests: unknown[] = [];
    for (const threadsFrom of [0, Infinity]) {
      const { dist, staging } = site(many);
      expect(await stagePages(dist, staging, { threadsFrom })).toEqual({ indexed: 70, prepared: 75, damaged: [] });
      expect(stagedFiles(staging)).toEqual(expected(many));
      // A page edited and one no longer indexed: only those are prepared again.
      const edited: Record<string, string> = { ...many, 'claims/c1/index.html': page('Now 67,000 were caught.'), 'claims/c2/index.html': PAGES['about/index.html']! };
      for (const rel of ['claims/c1/index.html', 'claims/c2/index.html']) writeFileSync(join(dist, rel), edited[rel]!);
      expect(await stagePages(dist, staging, { threadsFrom })).toEqual({ indexed: 69, prepared: 2, damaged: [] });
      expect(stagedFiles(staging)).toEqual(expected(edited));
      const { pages } = JSON.parse(readFileSync(`${staging}.json`, 'utf8')) as { pages: Record<string, { sha256: string; staged: string | null }> };
      manifests.push(Object.fromEntries(Object.entries(pages).map(([rel, p]) => [rel, [p.sha256, p.staged]]).sort()));
      rmSync(root, { recursive: true, force: true });
    }
    expect(manifests[0]).toEqual(manifests[1]);
  });

  it('records the stamp of a copy it wrote, once the file system\'s clock has moved on', async () => {
    // Enough pages that staging them takes longer than a tick of the clock (a few milliseconds).
    const many: Record<string, string> = {};
    for (let i = 0; i < 300; i++) many[`claims/c${i}/index.html`] = page(`Claim ${i} counts ${i},500 arrests.`);
    const { dist, staging } = site(many);
    expect(await stagePages(dist, staging)).toEqual({ indexed: 300, prepared: 300, damaged: [] });
    const pages = JSON.parse(readFileSync(`${staging}.json`, 'utf8')).pages as Record<string, { copyStamp: string | null }>;
    const recorded = Object.entries(pages).filter(([, p]) => p.copyStamp !== null);
    expect(recorded.length, 'copies written before the last tick have a stamp').toBeGreaterThan(0);
    for (const [rel, p] of recorded) expect(p.copyStamp, rel).toBe(fileStamp(lstatSync(join(staging, rel), { bigint: true })));
    // A copy with a recorded stamp, altered in place at the same size, is still found damaged.
    const [rel] = recorded[0]!;
    const copy = join(staging, rel);
    const text = readFileSync(copy, 'utf8');
    writeFileSync(copy, text.replace('arrests', 'arrestz'));
    expect(await stagePages(dist, staging)).toEqual({ indexed: 300, prepared: 1, damaged: [rel] });
    expect(stagedFiles(staging)).toEqual(expected(many));
  });

  it('stages a page afresh when its staged copy was truncated', async () => {
    const { dist, staging } = site(PAGES);
    await stagePages(dist, staging);
    const copy = join(staging, 'claims/a/index.html');
    writeFileSync(copy, readFileSync(copy).subarray(0, 40));
    expect(await stagePages(dist, staging)).toEqual({ indexed: 2, prepared: 1, damaged: ['claims/a/index.html'] });
    expect(stagedFiles(staging)).toEqual(expected(PAGES));
  });

  it('trusts a page and its copy by their settled stamps, and reads them again once written over', async () => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const { dist, staging } = site(PAGES);
    await pause(30);
    await stagePages(dist, staging);
    await pause(30);
    expect(await stagePages(dist, staging)).toEqual({ indexed: 2, prepared: 0, damaged: [] });
    const pages = JSON.parse(readFileSync(`${staging}.json`, 'utf8')).pages as Record<string, { pageStamp: string | null; copyStamp: string | null }>;
    expect(Object.values(pages).every((p) => p.pageStamp !== null), 'every page was settled').toBe(true);
    expect(pages['claims/a/index.html']!.copyStamp, 'a copy settled since it was written').not.toBeNull();

    // The same bytes written again: read, found unchanged, not prepared.
    writeFileSync(join(dist, 'claims/b/index.html'), PAGES['claims/b/index.html']!);
    // A copy altered in place, at the same size: its stamp changed, so it is read and found damaged.
    const copy = join(staging, 'claims/a/index.html');
    const text = readFileSync(copy, 'utf8');
    writeFileSync(copy, text.replace('organisers', 'organizers'));
    expect(readFileSync(copy).length).toBe(Buffer.byteLength(text));
    expect(await stagePages(dist, staging)).toEqual({ indexed: 2, prepared: 1, damaged: ['claims/a/index.html'] });
    expect(stagedFiles(staging)).toEqual(expected(PAGES));
  });

  it('stages every page afresh, into an emptied folder, when the manifest is damaged or missing', async () => {
    const { dist, staging } = site(PAGES);
    await stagePages(dist, staging);
    writeFileSync(`${staging}.json`, '{"code": "trunc');
    writeFileSync(join(staging, 'stray.html'), page('left by a stopped build'));
    expect(await stagePages(dist, staging)).toEqual({ indexed: 2, prepared: 3, damaged: [], problem: 'is damaged' });
    expect(stagedFiles(staging)).toEqual(expected(PAGES));

    rmSync(`${staging}.json`);
    writeFileSync(join(staging, 'stray.html'), page('left by a stopped build'));
    expect(await stagePages(dist, staging)).toEqual({ indexed: 2, prepared: 3, damaged: [] });
    expect(stagedFiles(staging)).toEqual(expected(PAGES));
  });

  it('refuses a manifest written by other staging code', () => {
    const text = JSON.stringify({ code: 'other', policies: [], pages: {} });
    expect(readManifest(text, 'this')).toEqual({ manifest: null, problem: 'was written by other staging code' });
    expect(readManifest(JSON.stringify({ code: 'other', pages: {} }), 'this').problem, 'an older layout, by older code').toBe('was written by other staging code');
    expect(readManifest(text, 'other').manifest).toEqual({ code: 'other', policies: [], pages: {} });
    const manifest = (page: object, policies: unknown = ['default-src \'self\'']) => JSON.stringify({ code: 'this', policies, pages: { 'a.html': page } });
    const facts = { csp: 0, listed: true, alternates: [] };
    expect(readManifest(manifest({ sha256: 'x', facts }), 'this').problem).toBe('is damaged');
    // A page without stamps is still whole: its files are read once to check them.
    expect(readManifest(manifest({ sha256: 'x', staged: null, facts }), 'this').problem).toBeUndefined();
    expect(readManifest(manifest({ sha256: 'x', staged: null, pageStamp: 5, facts }), 'this').problem).toBe('is damaged');
    // Page facts that are missing, malformed or name a policy the manifest does not hold.
    expect(readManifest(manifest({ sha256: 'x', staged: null }), 'this').problem).toBe('is damaged');
    expect(readManifest(manifest({ sha256: 'x', staged: null, facts: { ...facts, csp: 1 } }), 'this').problem).toBe('is damaged');
    expect(readManifest(manifest({ sha256: 'x', staged: null, facts: { ...facts, lastmod: '4 May 2017' } }), 'this').problem).toBe('is damaged');
    expect(readManifest(manifest({ sha256: 'x', staged: null, facts: { ...facts, alternates: [{ hreflang: 'en' }] } }), 'this').problem).toBe('is damaged');
    expect(readManifest(manifest({ sha256: 'x', staged: null, facts }, [7]), 'this').problem).toBe('is damaged');
    expect(readManifest(manifest({ sha256: 'x', staged: null, facts: { ...facts, csp: null } }, null), 'this').problem).toBe('is damaged');
  });

  it('gives what the host files need of every page, read afresh or kept from the last build', async () => {
    const head = (csp: string, extra = '') => `<head><meta http-equiv="content-security-policy" content="${csp}">${extra}</head>`;
    const pages: Record<string, string> = {
      'claims/a/index.html': `<!doctype html><html lang="en">${head("default-src 'self'", '<meta property="article:modified_time" content="2017-05-04T00:00:00Z"><link rel="alternate" hreflang="en" href="https://example.org/claims/a/"><link rel="alternate" hreflang="zh-Hant-HK" href="https://example.org/zh-hant/claims/a/">')}<body><article data-pagefind-body><p>1,060 organisers.</p></article></body></html>`,
      'claims/b/index.html': `<!doctype html><html lang="en">${head("default-src 'self'")}<body><article data-pagefind-body><p>B.</p></article></body></html>`,
      'claims/old/index.html': `<!doctype html><html>${head("default-src 'none'", '<meta http-equiv="refresh" content="0; url=/claims/a/">')}</html>`,
      '404.html': '<!doctype html><html><body>Not found.</body></html>',
    };
    const factsOf = (all: Record<string, string>) => new Map(Object.keys(all).sort().map((rel) => [rel, pageFactsOf(rel, all[rel]!)]));
    const { dist, staging } = site(pages);
    const fresh = await stageWithFacts(dist, staging);
    expect(fresh.facts).toEqual(factsOf(pages));
    expect([...fresh.facts.keys()]).toEqual(['404.html', 'claims/a/index.html', 'claims/b/index.html', 'claims/old/index.html']);
    expect(fresh.facts.get('claims/a/index.html')).toEqual({
      csp: "default-src 'self'", listed: true, lastmod: '2017-05-04',
      alternates: [{ hreflang: 'en', href: 'https://example.org/claims/a/' }, { hreflang: 'zh-Hant-HK', href: 'https://example.org/zh-hant/claims/a/' }],
    });
    expect(fresh.facts.get('claims/old/index.html')).toMatchObject({ listed: false, csp: "default-src 'none'" });
    expect(fresh.facts.get('404.html')).toEqual({ csp: null, listed: false, alternates: [] });
    // Each distinct policy is kept once.
    expect(JSON.parse(readFileSync(`${staging}.json`, 'utf8')).policies.sort()).toEqual(["default-src 'none'", "default-src 'self'"]);

    const kept = await stageWithFacts(dist, staging);
    expect(kept.prepared).toBe(0);
    expect(kept.facts).toEqual(factsOf(pages));

    const edited = { ...pages, 'claims/b/index.html': pages['claims/b/index.html']!.replace("'self'", "'self' 'sha256-x'") };
    writeFileSync(join(dist, 'claims/b/index.html'), edited['claims/b/index.html']!);
    const after = await stageWithFacts(dist, staging);
    expect(after.prepared).toBe(1);
    expect(after.facts).toEqual(factsOf(edited));
    expect(after.facts.get('claims/b/index.html')!.csp).toBe("default-src 'self' 'sha256-x'");
  });

  it('digests every file of its own that stagePage imports', () => {
    const covered = new Set(STAGING_CODE.map((file) => resolve(LIB, file)));
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'(\.[^']+)'/gm)) visit(resolve(dirname(file), specifier!));
    };
    visit(join(LIB, 'stagePage.ts'));
    expect([...seen].filter((file) => !covered.has(file)).map((file) => relative(LIB, file))).toEqual([]);
    expect(existsSync(join(LIB, 'stagePage.ts'))).toBe(true);
    expect(seen.has(join(LIB, 'searchIndexHtml.ts'))).toBe(true);
  });
});
