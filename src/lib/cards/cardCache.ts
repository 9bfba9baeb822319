/**
 * A build cache for social cards (issue 13), kept between builds in
 * `.cache/cards/` (ignored by git, safe to delete). A card's key is the
 * SHA-256 of its whole layout tree (title, verdict, claimant, site name,
 * every style: src/lib/cards/socialCard.ts) and of the renderer's fingerprint
 * (renderer version and font bytes, for a Chinese card also those of the
 * Noto Sans HK subsets it is drawn with: cardFingerprint() in
 * src/lib/cards/socialCardImage.ts), so any change to what decides its pixels
 * draws it afresh.
 *
 * An entry is the PNG's own SHA-256 followed by the PNG. A truncated or
 * corrupt entry fails that check and is drawn again; so is every entry when
 * the cache was written by another renderer. A cache that cannot be written
 * is used as far as it can be. Each of these says so in one line.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardNode } from './socialCard.ts';

const DIGEST = 32;
const FINGERPRINT_FILE = 'renderer.txt';

export const cardKey = (node: CardNode, fingerprint: string): string =>
  createHash('sha256').update(fingerprint).update('\0').update(JSON.stringify(node)).digest('hex');

export interface CardCache {
  /** Whether there is an entry for the key (read() still checks it). */
  has(key: string): boolean;
  /** The cached PNG, or undefined when there is none or it is damaged. */
  read(key: string): Uint8Array<ArrayBuffer> | undefined;
  write(key: string, png: Uint8Array): void;
}

/** Opens (and creates) the cache in `dir` for cards drawn with `fingerprint`; `say` gets one line per problem. */
export function openCardCache(dir: string, fingerprint: string, say: (line: string) => void): CardCache {
  const said = new Set<string>();
  const once = (topic: string, line: string) => {
    if (said.has(topic)) return;
    said.add(topic);
    say(line);
  };
  let writable = true;
  const cannotWrite = (error: unknown) => {
    writable = false;
    once('write', `Card cache ${dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? error}): cards are drawn without saving them.`);
  };

  let previous: string | undefined;
  try {
    previous = readFileSync(join(dir, FINGERPRINT_FILE), 'utf8');
  } catch {
    // A new cache.
  }
  try {
    if (previous !== undefined && previous !== fingerprint) {
      once('renderer', `Card cache ${dir} was written by another renderer or fonts: drawing every card afresh.`);
      for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true });
    }
    if (previous !== fingerprint) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, FINGERPRINT_FILE), fingerprint);
    }
  } catch (error) {
    cannotWrite(error);
  }

  const file = (key: string) => join(dir, `${key}.card`);
  return {
    has: (key) => existsSync(file(key)),
    read(key) {
      let entry: Buffer;
      try {
        entry = readFileSync(file(key));
      } catch {
        return undefined;
      }
      const png = entry.subarray(DIGEST);
      if (entry.length > DIGEST && createHash('sha256').update(png).digest().equals(entry.subarray(0, DIGEST))) return new Uint8Array(png);
      once('corrupt', `Card cache entry ${file(key)} is damaged: drawing that card afresh.`);
      return undefined;
    },
    write(key, png) {
      if (!writable) return;
      const digest = createHash('sha256').update(png).digest();
      // Written beside, then renamed: a build stopped mid-write leaves no half entry.
      const temp = `${file(key)}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, Buffer.concat([digest, png]));
        renameSync(temp, file(key));
      } catch (error) {
        rmSync(temp, { force: true });
        cannotWrite(error);
      }
    },
  };
}

/** The PNG cached under `key`, or drawn by `draw` and saved there. */
export async function cachedPng(key: string, cache: CardCache, draw: () => Promise<Uint8Array<ArrayBuffer>>): Promise<Uint8Array<ArrayBuffer>> {
  const hit = cache.read(key);
  if (hit) return hit;
  const png = await draw();
  cache.write(key, png);
  return png;
}

/** The card's PNG from the cache, or drawn by `render` and saved. */
export const cachedCard = (
  node: CardNode,
  cache: CardCache,
  fingerprint: string,
  render: (node: CardNode) => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> => cachedPng(cardKey(node, fingerprint), cache, () => render(node));
