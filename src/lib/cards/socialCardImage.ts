/**
 * Renders a social card (src/lib/cards/socialCard.ts) to PNG at build time with
 * Takumi (@takumi-rs/core, a native renderer: layout, text and rasterising in
 * one step, off the main thread) and self-hosted fonts: Inter
 * (@fontsource/inter's woff2 files) for English cards, and for Chinese cards
 * the Noto Sans HK subsets that hold their characters (src/lib/cards/cardFonts.ts),
 * loaded only when a Chinese card is drawn. Measured here against satori +
 * resvg, which drew the same cards: README, Benchmark, "Social cards".
 */
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { packageVersion } from '../packageVersion.ts';
import { timed } from '../build/buildPhases.ts';
import { shared } from '../shared.ts';
import { cachedPng, cardKey, openCardCache, type CardCache } from './cardCache.ts';
import { CJK_FAMILY, faceBytes, faceDigest, facesFor, type CardFontFace } from './cardFonts.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from './socialCard.ts';

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700] as const;
const fontFile = (weight: number) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);

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
 * (src/lib/cards/cardCache.ts), so a new renderer or font never serves an old card.
 */
export function rendererFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(`@takumi-rs/core@${packageVersion('@takumi-rs/core')} @takumi-rs/helpers@${packageVersion('@takumi-rs/helpers')}`)
    .update(WEIGHTS.map((w) => readFileSync(fontFile(w))).reduce((h, bytes) => h.update(bytes), createHash('sha256')).digest())
    .digest('hex');
  return fingerprint;
}

/**
 * The key part of a card that decides its pixels besides its tree: the
 * renderer's fingerprint and, for a card with Chinese text, the bytes of
 * every Noto Sans HK subset it is drawn with. An English card's is the
 * renderer's fingerprint alone, as it was before Chinese cards.
 */
export function cardFingerprint(node: CardNode, digestOf: (face: CardFontFace) => string = faceDigest): string {
  const faces = facesFor(node);
  if (!faces.length) return rendererFingerprint();
  const hash = createHash('sha256').update(rendererFingerprint());
  for (const face of faces) hash.update(`\0${digestOf(face)}`);
  return hash.digest('hex');
}

/**
 * Chinese cards have a renderer of their own, holding only Noto Sans HK,
 * so English cards are drawn exactly as before: Takumi falls back to any
 * registered font for a character the card's family lacks, and an English
 * card must not be drawn differently once a Chinese card has been drawn.
 */
let cjkRenderer: Renderer | undefined;
/** Noto Sans HK subsets given to the Chinese renderer so far, by file: each is registered once, when a card first needs it. */
const registered = new Map<string, Promise<unknown>>();

/** The Noto Sans HK files loaded so far (none until a Chinese card is drawn). */
export const loadedCjkFaces = (): string[] => [...registered.keys()];

async function cjkRendererFor(faces: readonly CardFontFace[]): Promise<Renderer> {
  const r = (cjkRenderer ??= new Renderer());
  await Promise.all(
    faces.map((face) => {
      let done = registered.get(face.file);
      if (!done) {
        done = r.registerFont({ name: CJK_FAMILY, data: faceBytes(face), weight: face.weight, style: 'normal', unicodeRange: face.ranges });
        registered.set(face.file, done);
      }
      return done;
    }),
  );
  return r;
}

/** The card as a 1200×630 PNG, drawn afresh. */
export async function renderCard(node: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  const faces = facesFor(node);
  const r = faces.length ? await cjkRendererFor(faces) : await (renderer ??= loadRenderer());
  // The card tree is a React element's shape ({ type, props }), which fromJsx reads.
  const { node: tree } = await fromJsx(node as Parameters<typeof fromJsx>[0]);
  return new Uint8Array(await r.render(tree, { width: CARD_WIDTH, height: CARD_HEIGHT, format: 'png' }));
}

let cache: CardCache | undefined;
const cardCache = () => (cache ??= openCardCache(join(process.cwd(), '.cache', 'cards'), rendererFingerprint(), (line) => console.warn(`[cards] ${line}`)));

/** Cards being drawn ahead of the pages, by key, shared by the integration that draws them and the card route (src/lib/shared.ts). */
const drawingAhead = () => shared('cardsAhead', () => new Map<string, Promise<Uint8Array<ArrayBuffer>>>());

/** Cards drawn at once ahead of the pages: the native renderer draws off the main thread, on the core Astro's rendering leaves free. */
const AHEAD_AT_ONCE = 2;

/**
 * Starts drawing every card that is not in the build cache, a few at a time,
 * while Astro bundles and renders the pages; each is saved in the cache and
 * handed to the card route when it asks (cardPng). Resolves to the number
 * drawn. A card that fails to draw fails its route, with the renderer's error.
 */
export function drawCardsAhead(cards: ReadonlyArray<{ card: CardNode; key: string }>): Promise<number> {
  const limit = pLimit(AHEAD_AT_ONCE);
  const ahead = drawingAhead();
  // One drawing per key: two cards that show the same are one card.
  const missing = [...new Map(cards.map((c) => [c.key, c])).values()].filter(({ key }) => !ahead.has(key) && !cardCache().has(key));
  const drawn = missing.map(({ card, key }) => {
    const png = limit(() => cachedPng(key, cardCache(), () => renderCard(card)));
    ahead.set(key, png);
    return png;
  });
  return Promise.allSettled(drawn).then(() => missing.length);
}

/**
 * The card's PNG: drawn ahead for this build, or from the build cache in
 * `.cache/cards/` if drawn before, or drawn now and saved there. `key` is
 * the card's cache key, when the caller has it already (src/lib/cards/claimCards.ts).
 */
export function cardPng(node: CardNode, key = cardKey(node, cardFingerprint(node))): Promise<Uint8Array<ArrayBuffer>> {
  return timed('cards', () => {
    const ahead = drawingAhead().get(key);
    if (ahead) {
      drawingAhead().delete(key);
      return ahead;
    }
    return cachedPng(key, cardCache(), () => renderCard(node));
  });
}
