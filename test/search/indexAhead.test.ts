/**
 * The search index read ahead (src/lib/search/indexAhead.ts): Pagefind reads
 * the staging folder as the last build left it, is given the copies staged
 * again, and writes the same files as a fresh read of the folder; when pages
 * are added or gone, or many changed, the index read ahead is dropped.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, type PagefindIndex } from 'pagefind';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { aheadUsable, finishAhead, indexFolder, readAhead } from '../../src/lib/search/indexAhead.ts';
import { stagePages } from '../../src/lib/search/searchStaging.ts';

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><body><article data-pagefind-body><h1>${body}</h1><p>${body} in a paragraph.</p></article></body></html>`;
/** Ten indexed claim pages in two languages, and a page that is not indexed. */
const PAGES: Record<string, string> = {
  ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`claims/c${i}/index.html`, page('en', `Claim number ${i} about harbour interceptions`)])),
  ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`zh-hant/claims/c${i}/index.html`, page('zh-Hant-HK', `第${i}項查核：截獲人數`)])),
  'about/index.html': '<!doctype html><html lang="en"><body><main>Not indexed.</main></body></html>',
};

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));
afterAll(() => close());

function site() {
  root = mkdtempSync(join(tmpdir(), 'index-ahead-'));
  const dist = join(root, 'dist');
  const write = (rel: string, html: string) => {
    mkdirSync(dirname(join(dist, rel)), { recursive: true });
    writeFileSync(join(dist, rel), html);
  };
  for (const [rel, html] of Object.entries(PAGES)) write(rel, html);
  return { dist, staging: join(root, 'cache', 'search-pages'), write, remove: (rel: string) => rmSync(join(dist, rel)) };
}

/** Every file Pagefind wrote, by its path, with its bytes. */
async function written(index: PagefindIndex, out: string): Promise<Map<string, Buffer>> {
  const { errors } = await index.writeFiles({ outputPath: out });
  expect(errors).toEqual([]);
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(out, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

/** The index a fresh read of the whole staging folder gives. */
async function freshIndex(staging: string): Promise<PagefindIndex> {
  const { index, errors } = await indexFolder(staging);
  expect(errors).toEqual([]);
  return index;
}

describe('the search index read ahead', () => {
  it('reads nothing ahead before the folder has been staged once', async () => {
    const { staging } = site();
    expect(await readAhead(staging)).toBeNull();
  });

  it('is given the pages staged again, and writes exactly what a fresh read of the folder writes', async () => {
    const { dist, staging, write } = site();
    await stagePages(dist, staging);
    write('claims/c2/index.html', page('en', 'Claim number 2, corrected: a zebra of a word'));
    const ahead = await readAhead(staging);
    expect(ahead?.pages).toBe(10);
    const staged = await stagePages(dist, staging);
    expect(staged).toMatchObject({ indexed: 10, restaged: ['claims/c2/index.html'], sameIndexedPages: true });
    const caughtUp = await finishAhead(ahead, staging, staged);
    expect(caughtUp).not.toBeNull();
    const files = await written(caughtUp!.index, join(root, 'ahead'));
    const fresh = await written(await freshIndex(staging), join(root, 'fresh'));
    expect([...files.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [path, bytes] of fresh) expect(files.get(path)?.equals(bytes), path).toBe(true);
    // One fragment a page, and the corrected page's is the corrected one.
    const fragments = [...files].filter(([path]) => path.startsWith('fragment/')).map(([, bytes]) => gunzipSync(bytes).toString('utf8'));
    expect(fragments).toHaveLength(10);
    expect(fragments.filter((f) => f.includes('zebra'))).toHaveLength(1);
  });

  it('is dropped when a page was added or is gone, as Pagefind numbers pages by their order and keeps every page it read', async () => {
    const added = site();
    await stagePages(added.dist, added.staging);
    added.write('claims/c9/index.html', page('en', 'A new claim'));
    let ahead = await readAhead(added.staging);
    let staged = await stagePages(added.dist, added.staging);
    expect(staged).toMatchObject({ indexed: 11, sameIndexedPages: false });
    expect(await finishAhead(ahead, added.staging, staged)).toBeNull();
    rmSync(root, { recursive: true, force: true });

    const gone = site();
    await stagePages(gone.dist, gone.staging);
    gone.remove('claims/c0/index.html');
    ahead = await readAhead(gone.staging);
    staged = await stagePages(gone.dist, gone.staging);
    expect(staged).toMatchObject({ indexed: 9, sameIndexedPages: false });
    expect(await finishAhead(ahead, gone.staging, staged)).toBeNull();
  });

  it('is used only for the folder it read, with every page read, and fewer than a quarter staged again', () => {
    const staged = { indexed: 10, restaged: ['claims/c2/index.html'], sameIndexedPages: true };
    expect(aheadUsable({ staging: '/s', pages: 10 }, '/s', staged)).toBe(true);
    expect(aheadUsable({ staging: '/other', pages: 10 }, '/s', staged)).toBe(false);
    expect(aheadUsable({ staging: '/s', pages: 9 }, '/s', staged)).toBe(false);
    expect(aheadUsable({ staging: '/s', pages: 10 }, '/s', { ...staged, sameIndexedPages: false })).toBe(false);
    expect(aheadUsable({ staging: '/s', pages: 10 }, '/s', { ...staged, restaged: ['a', 'b', 'c'] })).toBe(false);
  });
});
