import { contains, overlaps, textBox } from './box.ts';
import type { Box, TextNode } from './scene.ts';

/** Space kept between a label and anything else. */
export const LABEL_GAP = 2;

/**
 * The first candidate position that stays inside `bounds` and clear of every
 * obstacle. A candidate is a block of lines placed together. Candidates are
 * listed best first, so a label moves only when it must. Throws rather than
 * draw overlapping text: a build error is better than an unreadable chart.
 */
export function placeLabel(candidates: readonly (readonly TextNode[])[], obstacles: readonly Box[], bounds: Box): TextNode[] {
  for (const block of candidates) {
    const boxes = block.map(textBox);
    if (boxes.every((b) => contains(bounds, b) && !obstacles.some((o) => overlaps(b, o, LABEL_GAP)))) return [...block];
  }
  const text = candidates[0]?.map((t) => t.text).join(' ');
  throw new Error(`No room for the label "${text}" in a chart ${bounds.width} wide; widen the chart or shorten the label.`);
}
