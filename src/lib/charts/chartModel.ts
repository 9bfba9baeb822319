import type { Locale } from '../../i18n/locales.ts';
import type { ChartData, DataTranslation } from '../content/schema.ts';
import { chartText } from './chartText.ts';
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

/**
 * A chart in `locale`: English is the data file itself; any other locale
 * needs the data file's translation (content/data/<locale>/<slug>.yaml),
 * which gives the words only; every number still comes from `data`.
 */
export function chartModel(data: ChartData, sources: SourceLookup, locale: Locale, translation?: DataTranslation): ChartModel {
  const words = chartText(locale, translation);
  switch (data.kind) {
    case 'series': return declineModel(data, sources, words);
    case 'comparison': return outletModel(data, sources, words);
    case 'timeline': return timelineModel(data, sources, words);
  }
}
