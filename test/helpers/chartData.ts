import { sourceLookup } from '../../src/lib/charts/sourceInfo.ts';
import { loadData } from '../../src/lib/check/data.ts';
import { loadSources } from '../../src/lib/check/sources.ts';
import type { ComparisonData, SeriesData, TimelineData } from '../../src/lib/schema.ts';
import { ROOT } from './deployment.ts';

/** The project's own chart data and source lookup, as the chart tests read them. */
const { sources } = loadSources(ROOT);
const { data } = loadData(ROOT, sources);

/** Every chart's data file, by id. */
export const charts = data;

export const lookup = sourceLookup([...sources.values()].map((s) => s.data));
export const series = data.get('monthly-decline')!.data as SeriesData;
export const comparison = data.get('outlet-figures')!.data as ComparisonData;
export const timeline = data.get('operation-timeline')!.data as TimelineData;
