/**
 * Each chart is laid out twice: a compact layout for phones (and any
 * container narrower than WIDE_MIN_CSS_PX) and a wide one. Text sizes are
 * in viewBox units, chosen so that on screen they stay between about 11
 * and 17 CSS pixels whichever layout shows.
 */
export const COMPACT_WIDTH = 320;
export const WIDE_WIDTH = 600;
/** Container width from which the wide layout shows (see ChartFigure.astro). */
export const WIDE_MIN_CSS_PX = 520;

export type LayoutName = 'compact' | 'wide';
export const LAYOUTS: readonly { name: LayoutName; width: number }[] = [
  { name: 'compact', width: COMPACT_WIDTH },
  { name: 'wide', width: WIDE_WIDTH },
];

export interface TextSizes { large: number; body: number; small: number }
export const textSizes = (width: number): TextSizes => (width < 480 ? { large: 16.5, body: 14, small: 12.5 } : { large: 16, body: 13, small: 12 });
