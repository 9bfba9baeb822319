import type { Box, TextNode } from './scene.ts';
import { textWidth } from './textWidth.ts';

/** Share of the font size above the baseline and below it (DejaVu Sans, with room for accents). */
const ASCENT = 0.8;
const DESCENT = 0.22;

/** The box a text node covers. */
export function textBox(t: Pick<TextNode, 'x' | 'y' | 'text' | 'anchor' | 'size' | 'bold'>): Box {
  const width = textWidth(t.text, t.size, t.bold);
  const x = t.anchor === 'start' ? t.x : t.anchor === 'middle' ? t.x - width / 2 : t.x - width;
  return { x, y: t.y - ASCENT * t.size, width, height: (ASCENT + DESCENT) * t.size };
}

/** The height one line of text takes, for stacking lines. */
export const lineHeight = (size: number) => Math.ceil(size * 1.3);

/** True when the boxes come closer than `gap` on both axes. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

export function contains(outer: Box, inner: Box): boolean {
  const e = 1e-6;
  return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.x + inner.width <= outer.x + outer.width + e && inner.y + inner.height <= outer.y + outer.height + e;
}

export function union(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

export function pad(b: Box, by: number): Box {
  return { x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by };
}
