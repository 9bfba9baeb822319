/**
 * What a build keeps of the previous output (src/lib/build/previousOutput.ts):
 * only page files exactly as the last build recorded them, in the folder it
 * recorded them for; the rest is cleared before Astro writes, and a kept file
 * no route wrote again is removed after.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clearPreviousOutput,
  emptyOutput,
  readOutputRecord,
  recordFile,
  removeOrphans,
  RECORD_VERSION,
  sortPreviousOutput,
  writeOutputRecord,
  type OutputRecord,
} from '../../src/lib/build/previousOutput.ts';

const record = (files: Record<string, string>): OutputRecord => ({ version: RECORD_VERSION, outDir: '/site/dist', files });

describe('sortPreviousOutput', () => {
  const entries = [
    { path: '_astro', stamp: null },
    { path: '_astro/app.js', stamp: null },
    { path: 'claims', stamp: null },
    { path: 'claims/a', stamp: null },
    { path: 'claims/a/index.html', stamp: '10:1:5:5' },
    { path: 'claims/b', stamp: null },
    { path: 'claims/b/index.html', stamp: '12:2:9:9' },
    { path: 'index.html', stamp: '30:3:5:5' },
    { path: 'sitemap.xml', stamp: null },
  ];

  it('keeps recorded files with their recorded stamp, and removes the rest, each folder without a kept file whole', () => {
    const sorted = sortPreviousOutput(entries, record({ 'claims/a/index.html': '10:1:5:5', 'claims/b/index.html': '12:2:5:5', 'index.html': '30:3:5:5' }));
    expect(sorted.keep).toEqual(['claims/a/index.html', 'index.html']);
    expect(sorted.remove).toEqual(['_astro', 'claims/b', 'sitemap.xml']);
  });

  it('without a record, removes every top-level entry', () => {
    expect(sortPreviousOutput(entries, null)).toEqual({ keep: [], remove: ['_astro', 'claims', 'index.html', 'sitemap.xml'] });
  });
});

describe('readOutputRecord', () => {
  it('reads a whole record for the same folder', () => {
    const r = record({ 'index.html': '1:2:3:4' });
    expect(readOutputRecord(JSON.stringify(r), '/site/dist')).toEqual({ record: r });
  });

  it('gives no record, and says why, when it is damaged or from another version', () => {
    expect(readOutputRecord('{"version": 1, "outDir": "/site/di', '/site/dist')).toEqual({ record: null, problem: 'is damaged' });
    expect(readOutputRecord(JSON.stringify({ ...record({}), version: RECORD_VERSION + 1 }), '/site/dist')).toEqual({ record: null, problem: 'is damaged' });
    expect(readOutputRecord(JSON.stringify(record({ 'index.html': 4 as unknown as string })), '/site/dist')).toEqual({ record: null, problem: 'is damaged' });
  });

  it('gives no record, and no problem, when there is none or it is for another folder', () => {
    expect(readOutputRecord(null, '/site/dist')).toEqual({ record: null });
    expect(readOutputRecord(JSON.stringify(record({})), '/site/other')).toEqual({ record: null });
  });
});

describe('the previous output on disk', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  function site(files: Record<string, string>): { outDir: string; cacheDir: string } {
    const root = mkdtempSync(join(tmpdir(), 'previous-output-'));
    roots.push(root);
    const outDir = join(root, 'dist');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(outDir, path)), { recursive: true });
      writeFileSync(join(outDir, path), text);
    }
    return { outDir, cacheDir: join(root, '.cache', 'astro') };
  }

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const PAGES = ['index.html', 'claims/a/index.html', 'claims/b/index.html', 'cards/a.png'];

  it('keeps the recorded pages as they were, clears the rest, and removes the record as it starts', async () => {
    const { outDir, cacheDir } = site({
      'index.html': 'home',
      'claims/a/index.html': 'claim a',
      'claims/b/index.html': 'claim b',
      'cards/a.png': 'card a',
      'pagefind/pagefind.js': 'index',
      'sitemap.xml': 'sitemap',
    });
    mkdirSync(cacheDir, { recursive: true });
    await pause(50);
    await writeOutputRecord(outDir, cacheDir, PAGES);
    await pause(50);
    writeFileSync(join(outDir, 'claims/b/index.html'), 'claim b'); // the same bytes, written again
    writeFileSync(join(outDir, 'stale.html'), 'a page the last build did not write');
    const cleared = await clearPreviousOutput(outDir, cacheDir);
    expect(existsSync(recordFile(cacheDir)), 'the record is removed before anything changes').toBe(false);
    expect(cleared.kept.sort()).toEqual(['cards/a.png', 'claims/a/index.html', 'index.html']);
    expect(readdirSync(outDir).sort()).toEqual(['cards', 'claims', 'index.html']);
    expect(readdirSync(join(outDir, 'claims'))).toEqual(['a']);
    expect(readFileSync(join(outDir, 'claims/a/index.html'), 'utf8')).toBe('claim a');
    await cleared.removal;
    expect(readdirSync(cacheDir), 'what was cleared is deleted').toEqual([]);
  });

  it('keeps nothing when the record is damaged, and says so', async () => {
    const { outDir, cacheDir } = site({ 'index.html': 'home' });
    mkdirSync(cacheDir, { recursive: true });
    await writeOutputRecord(outDir, cacheDir, ['index.html']);
    writeFileSync(recordFile(cacheDir), readFileSync(recordFile(cacheDir), 'utf8').slice(0, 20));
    const cleared = await clearPreviousOutput(outDir, cacheDir);
    expect(cleared).toMatchObject({ kept: [], problem: 'is damaged' });
    expect(existsSync(outDir)).toBe(false);
    await cleared.removal;
  });

  it('keeps nothing after a build into another folder, which Astro’s shared cache has moved on from', async () => {
    const { outDir, cacheDir } = site({ 'index.html': 'home' });
    mkdirSync(cacheDir, { recursive: true });
    await pause(50);
    await writeOutputRecord(outDir, cacheDir, ['index.html']);
    expect(Object.keys(JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')).files)).toEqual(['index.html']);
    expect(readdirSync(outDir), 'the clock probe is gone').toEqual(['index.html']);
    mkdirSync(`${outDir}-other`);
    await (await clearPreviousOutput(`${outDir}-other`, cacheDir)).removal;
    await writeOutputRecord(`${outDir}-other`, cacheDir, []);
    const cleared = await clearPreviousOutput(outDir, cacheDir);
    expect(cleared).toMatchObject({ kept: [], problem: undefined });
    await cleared.removal;
  });

  it('leaves a page last written in the current tick of the clock out of the record', async () => {
    const { outDir, cacheDir } = site({ 'index.html': 'home', 'about/index.html': 'about' });
    mkdirSync(cacheDir, { recursive: true });
    await pause(50);
    writeFileSync(join(outDir, 'index.html'), 'home, again');
    const { mtimeNs, ctimeNs } = statSync(join(outDir, 'index.html'), { bigint: true });
    await writeOutputRecord(outDir, cacheDir, ['index.html', 'about/index.html'], { mtimeNs, ctimeNs });
    expect(Object.keys(JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')).files)).toEqual(['about/index.html']);
  });

  it('leaves a top-level .git in place', async () => {
    const { outDir, cacheDir } = site({ '.git/HEAD': 'ref', 'index.html': 'home' });
    const cleared = await clearPreviousOutput(outDir, cacheDir);
    expect(readdirSync(outDir)).toEqual(['.git']);
    await cleared.removal;
    await emptyOutput(outDir);
    expect(readdirSync(outDir)).toEqual(['.git']);
  });

  it('removes a kept file no route wrote again, and the folders it leaves empty', async () => {
    const { outDir } = site({ 'index.html': 'home', 'claims/a/index.html': 'claim a', 'claims/b/index.html': 'claim b' });
    const removed = await removeOrphans(outDir, ['index.html', 'claims/a/index.html'], ['index.html', 'claims/a/index.html', 'claims/b/index.html']);
    expect(removed).toBe(1);
    expect(readdirSync(join(outDir, 'claims'))).toEqual(['a']);
    await removeOrphans(outDir, ['index.html'], ['claims/a/index.html']);
    expect(readdirSync(outDir)).toEqual(['index.html']);
  });
});
