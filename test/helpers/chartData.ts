import { sourceLookup } from '../../src/lib/charts/sourceInfo.ts';
import { loadData } from '../../src/lib/check/data.ts';
import { loadDataTranslations } from '../../src/lib/check/dataTranslations.ts';
import { loadSources } from '../../src/lib/check/sources.ts';
import type { ComparisonData, DataTranslation, SeriesData, TimelineData } from '../../src/lib/content/schema.ts';
import { ROOT } from './deployment.ts';

/** The project's own chart data and source lookup, as the chart tests read them. */
const { sources } = loadSources(ROOT);
const { data } = loadData(ROOT, sources);
const { translations } = loadDataTranslations(ROOT, data);

/** Every chart's data file, by id. */
export const charts = data;

export const lookup = sourceLookup([...sources.values()].map((s) => s.data));
export const series = data.get('monthly-decline')!.data as SeriesData;
export const comparison = data.get('outlet-figures')!.data as ComparisonData;
export const timeline = data.get('operation-timeline')!.data as TimelineData;

/** The Traditional Chinese words of chart `id` (content/data/zh-hant/<id>.yaml). */
export function chinese(id: string): DataTranslation {
  const found = translations.get(`zh-hant/${id}`);
  if (!found) throw new Error(`No checked zh-hant translation of "${id}".`);
  return found.translation;
}
