/**
 * Renders a social card (src/lib/socialCard.ts) to PNG at build time: satori
 * lays it out to SVG with the self-hosted Inter fonts (@fontsource/inter's
 * woff files; satori reads woff, not woff2), resvg rasterises it.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from './socialCard.ts';

const require = createRequire(import.meta.url);
let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Inter',
    data: readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

export async function renderCard(node: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  // satori's element type is React's; the tree is the same shape.
  const svg = await satori(node as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng());
}
