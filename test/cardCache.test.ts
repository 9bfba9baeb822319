/** The social-card build cache (src/lib/cardCache.ts): hits, misses, damage, another renderer, a cache that cannot be written (a file where its directory should be: the tests run as root, who may write anywhere else). */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedCard, cardKey, openCardCache } from '../src/lib/cardCache.ts';
import { claimCard } from '../src/lib/socialCard.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cards-'));
  dirs.push(d);
  return join(d, 'cards');
};

const card = (title: string) => claimCard({ title, verdict: 'accurate', claimant: 'HKFP', siteName: 'NECII Fact Check', locale: 'en' });

/** A stand-in renderer that counts its calls and returns bytes derived from the card. */
function counter() {
  const drawn: string[] = [];
  return {
    drawn,
    render: async (node: ReturnType<typeof card>) => {
      drawn.push(JSON.stringify(node));
      return new Uint8Array(Buffer.from(`png of ${JSON.stringify(node).length} ${drawn.length}`));
    },
  };
}

describe('cardKey', () => {
  it('changes with the title and with the renderer fingerprint, and only then', () => {
    expect(cardKey(card('A'), 'r1')).toBe(cardKey(card('A'), 'r1'));
    expect(cardKey(card('B'), 'r1')).not.toBe(cardKey(card('A'), 'r1'));
    expect(cardKey(card('A'), 'r2')).not.toBe(cardKey(card('A'), 'r1'));
  });
});

describe('cachedCard', () => {
  it('draws a new card once and serves the same bytes afterwards, also from a new process', async () => {
    const dir = tempDir();
    const said: string[] = [];
    const r = counter();
    const first = await cachedCard(card('A'), openCardCache(dir, 'r1', (l) => said.push(l)), 'r1', r.render);
    const again = await cachedCard(card('A'), openCardCache(dir, 'r1', (l) => said.push(l)), 'r1', r.render);
    expect(r.drawn).toHaveLength(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    expect(said).toEqual([]);
  });

  it('draws a card whose title changed', async () => {
    const dir = tempDir();
    const cache = openCardCache(dir, 'r1', () => {});
    const r = counter();
    await cachedCard(card('A'), cache, 'r1', r.render);
    await cachedCard(card('A, corrected'), cache, 'r1', r.render);
    expect(r.drawn).toHaveLength(2);
  });

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, 10)],
    ['empty', () => Buffer.alloc(0)],
    ['with one byte changed', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, -1), Buffer.from([bytes.at(-1)! ^ 1])])],
  ])('draws afresh, saying so once, when an entry is %s', async (_, damage) => {
    const dir = tempDir();
    const r = counter();
    await cachedCard(card('A'), openCardCache(dir, 'r1', () => {}), 'r1', r.render);
    const entry = join(dir, readdirSync(dir).find((f) => f.endsWith('.card'))!);
    writeFileSync(entry, damage(readFileSync(entry)));
    const said: string[] = [];
    const png = await cachedCard(card('A'), openCardCache(dir, 'r1', (l) => said.push(l)), 'r1', r.render);
    expect(r.drawn).toHaveLength(2);
    expect(Buffer.from(png).toString()).toContain('png of');
    expect(said).toEqual([expect.stringMatching(/^Card cache entry .*\.card is damaged: drawing that card afresh\.$/)]);
  });

  it('empties a cache written by another renderer, saying so once', async () => {
    const dir = tempDir();
    const r = counter();
    await cachedCard(card('A'), openCardCache(dir, 'old renderer', () => {}), 'old renderer', r.render);
    const said: string[] = [];
    await cachedCard(card('A'), openCardCache(dir, 'new renderer', (l) => said.push(l)), 'new renderer', r.render);
    expect(r.drawn).toHaveLength(2);
    expect(said).toEqual([expect.stringMatching(/was written by another renderer or fonts: drawing every card afresh\.$/)]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.card'))).toHaveLength(1);
  });

  it('draws without saving when the cache directory is a file, saying so once', async () => {
    const parent = tempDir();
    writeFileSync(parent, 'not a directory');
    const said: string[] = [];
    const r = counter();
    const cache = openCardCache(join(parent, 'cards'), 'r1', (l) => said.push(l));
    await cachedCard(card('A'), cache, 'r1', r.render);
    await cachedCard(card('B'), cache, 'r1', r.render);
    expect(r.drawn).toHaveLength(2);
    expect(said).toEqual([expect.stringMatching(/^Card cache .* cannot be written \(ENOTDIR\): cards are drawn without saving them\.$/)]);
  });
});
