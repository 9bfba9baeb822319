import type { ChartData } from '../schema.ts';
import { declineModel } from './declineModel.ts';
import { outletModel } from './outletModel.ts';
import { timelineModel } from './timelineModel.ts';
import type { Scene } from './scene.ts';
import type { SourceLookup } from './sourceInfo.ts';
import type { DataTable } from './table.ts';
import type { LayoutName } from './layoutSizes.ts';

/** Everything a page needs to show one chart; built at build time, rendered as static SVG and HTML. */
export interface ChartModel {
  id: string;
  kind: ChartData['kind'];
  title: string;
  /** The finding in words: the SVG's <desc> and the page's description. */
  description: string;
  scenes: Record<LayoutName, Scene>;
  /** The same data as tables, with citations. */
  tables: DataTable[];
  notes: string[];
  /** Slugs of every source the chart cites, in order of first use. */
  sources: string[];
}

export function chartModel(data: ChartData, sources: SourceLookup): ChartModel {
  switch (data.kind) {
    case 'series': return declineModel(data, sources);
    case 'comparison': return outletModel(data, sources);
    case 'timeline': return timelineModel(data, sources);
  }
}
