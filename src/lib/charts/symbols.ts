import { symbol, symbolCircle, symbolDiamond, symbolTriangle } from 'd3';
import type { UIKey } from '../../i18n/index.ts';
import type { Qualifier } from './qualifier.ts';
import type { SceneNode } from './scene.ts';

/**
 * The mark for a stated number, so precision shows without colour (and in
 * black-and-white print): a circle for an exact figure, a triangle pointing
 * to where the true number lies for "more than" or "fewer than", a diamond
 * for "almost" or "about".
 */
export function qualifierSymbol(qualifier: Qualifier, x: number, y: number, area: number, className: string): SceneNode {
  const type = qualifier === 'exact' ? symbolCircle : qualifier === 'over' || qualifier === 'under' ? symbolTriangle : symbolDiamond;
  const rotate = qualifier === 'over' ? 90 : qualifier === 'under' ? -90 : 0;
  const d = symbol(type, qualifier === 'over' || qualifier === 'under' ? area * 1.25 : area)()!;
  return { kind: 'path', d, className: `symbol ${qualifier} ${className}`.trim(), transform: `translate(${round(x)},${round(y)})${rotate ? ` rotate(${rotate})` : ''}` };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** What each symbol means, for the legend under the chart: the dictionary key of its words. */
export const QUALIFIER_LEGEND: { qualifier: Qualifier; key: UIKey }[] = [
  { qualifier: 'exact', key: 'chart.legend.exact' },
  { qualifier: 'over', key: 'chart.legend.over' },
  { qualifier: 'under', key: 'chart.legend.under' },
];
