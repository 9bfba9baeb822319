/** The social-card build cache (src/lib/cards/cardCache.ts): hits, misses, damage, another renderer, a cache that cannot be written (a file where its directory should be: the tests run as root, who may write anywhere else). */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedCard, cardKey, openCardCache } from '../../src/lib/cards/cardCache.ts';
import { faceBytes, faceDigest, facesFor } from '../../src/lib/cards/cardFonts.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { claimCard } from '../../src/lib/cards/socialCard.ts';
import { cardFingerprint, rendererFingerprint } from '../../src/lib/cards/socialCardImage.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cards-'));
  dirs.push(d);
  return join(d, 'cards');
};

const card = (title: string, locale: Locale = 'en') => claimCard({ title, verdict: 'accurate', claimant: 'HKFP', siteName: locale === 'en' ? 'NECII Fact Check' : 'NECII 事實查核', locale });

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

describe('cardKey of a Chinese card', () => {
  it('differs from the English card of the same words', () => {
    expect(cardKey(card('A', 'zh-hant'), 'r1')).not.toBe(cardKey(card('A', 'en'), 'r1'));
    expect(cardKey(card('警方是否？', 'zh-hant'), 'r1')).not.toBe(cardKey(card('警方是否？', 'en'), 'r1'));
  });
});

describe('cardFingerprint', () => {
  it('of an English card is the renderer fingerprint, as before Chinese cards', () => {
    expect(cardFingerprint(card('A'))).toBe(rendererFingerprint());
  });

  it('of a Chinese card also covers the bytes of the Noto Sans HK subsets it is drawn with, and only those', () => {
    const chinese = card('警方是否查獲？', 'zh-hant');
    expect(cardFingerprint(chinese)).not.toBe(rendererFingerprint());
    expect(cardFingerprint(chinese)).toBe(cardFingerprint(chinese));
    // Other words from the same subsets: the same fonts, so the same fingerprint (the tree still tells the cards apart).
    expect(cardFingerprint(card('查獲警方是否？', 'zh-hant'))).toBe(cardFingerprint(chinese));
    // A rare character brings in another subset.
    expect(facesFor(card('警方是否查獲鼷？', 'zh-hant')).length).toBeGreaterThan(facesFor(chinese).length);
    expect(cardFingerprint(card('警方是否查獲鼷？', 'zh-hant'))).not.toBe(cardFingerprint(chinese));
  });

  it('of a Chinese card changes when any of its font files changes', () => {
    const chinese = card('警方是否查獲？', 'zh-hant');
    const faces = facesFor(chinese);
    expect(faces.length).toBeGreaterThan(1);
    for (const changed of [faces[0]!, faces.at(-1)!]) {
      const bytes = Buffer.from(faceBytes(changed));
      bytes[bytes.length - 1] ^= 1;
      expect(faceDigest(changed, bytes)).not.toBe(faceDigest(changed));
      const fingerprint = cardFingerprint(chinese, (face) => (face === changed ? faceDigest(face, bytes) : faceDigest(face)));
      expect(fingerprint, changed.file).not.toBe(cardFingerprint(chinese));
      expect(cardKey(chinese, fingerprint)).not.toBe(cardKey(chinese, cardFingerprint(chinese)));
    }
  });
});

describe('cachedCard', () => {
  it('keeps the English and the Chinese card of a claim apart', async () => {
    const dir = tempDir();
    const cache = openCardCache(dir, 'r1', () => {});
    const r = counter();
    for (const locale of ['en', 'zh-hant', 'en', 'zh-hant'] as const) await cachedCard(card('A', locale), cache, 'r1', r.render);
    expect(r.drawn).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.card'))).toHaveLength(2);
  });

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
