/**
 * Renders a social card (src/lib/socialCard.ts) to PNG at build time with
 * Takumi (@takumi-rs/core, a native renderer: layout, text and rasterising in
 * one step, off the main thread) and the self-hosted Inter fonts
 * (@fontsource/inter's woff2 files). Measured here against satori + resvg,
 * which drew the same cards: README, "Social cards".
 */
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { timed } from './buildPhases.ts';
import { cachedCard, openCardCache, type CardCache } from './cardCache.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from './socialCard.ts';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;
const fontFile = (weight: number) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);

/** A package's version, from the package.json above its entry point (its exports hide the file itself). */
function packageVersion(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (pkg.name === name) return pkg.version;
    } catch {
      // No package.json at this level.
    }
  }
  throw new Error(`No package.json found for ${name}`);
}

let renderer: Promise<Renderer> | undefined;

async function loadRenderer(): Promise<Renderer> {
  const r = new Renderer();
  for (const weight of WEIGHTS) await r.registerFont({ name: 'Inter', data: readFileSync(fontFile(weight)), weight, style: 'normal' });
  return r;
}

let fingerprint: string | undefined;

/**
 * What, besides a card's own tree, decides its pixels: the renderer's name
 * and version and the bytes of the fonts. Part of every card's cache key
 * (src/lib/cardCache.ts), so a new renderer or font never serves an old card.
 */
export function rendererFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(`@takumi-rs/core@${packageVersion('@takumi-rs/core')} @takumi-rs/helpers@${packageVersion('@takumi-rs/helpers')}`)
    .update(WEIGHTS.map((w) => readFileSync(fontFile(w))).reduce((h, bytes) => h.update(bytes), createHash('sha256')).digest())
    .digest('hex');
  return fingerprint;
}

/** The card as a 1200×630 PNG, drawn afresh. */
export async function renderCard(node: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  renderer ??= loadRenderer();
  // The card tree is a React element's shape ({ type, props }), which fromJsx reads.
  const { node: tree } = await fromJsx(node as Parameters<typeof fromJsx>[0]);
  return new Uint8Array(await (await renderer).render(tree, { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' }));
}

let cache: CardCache | undefined;

/** The card's PNG: from the build cache in `.cache/cards/` if drawn before, else drawn and saved there. */
export function cardPng(node: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  return timed('cards', () => {
    cache ??= openCardCache(join(process.cwd(), '.cache', 'cards'), rendererFingerprint(), (line) => console.warn(`[cards] ${line}`));
    return cachedCard(node, cache, rendererFingerprint(), renderCard);
  });
}
