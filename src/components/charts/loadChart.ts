import { getCollection } from 'astro:content';
import { chartModel, type ChartModel } from '../../lib/charts/chartModel.ts';
import { sourceLookup, type SourceLookup } from '../../lib/charts/sourceInfo.ts';
import type { ChartData } from '../../lib/schema.ts';

/** Build-time loading of chart data from the content collections; the pure work happens in src/lib/charts/. */
const KIND_ORDER: ChartData['kind'][] = ['series', 'comparison', 'timeline'];

export async function chartSources(): Promise<SourceLookup> {
  return sourceLookup((await getCollection('sources')).map((s) => s.data));
}

/** Every chart's data, in the order the charts index lists them. */
export async function allChartData(): Promise<ChartData[]> {
  return (await getCollection('data'))
    .map((e) => e.data)
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.slug.localeCompare(b.slug));
}

export async function chartData(id: string): Promise<ChartData> {
  const data = (await allChartData()).find((d) => d.slug === id);
  if (!data) throw new Error(`No chart "${id}": add content/data/${id}.yaml or use one of the existing ids.`);
  return data;
}

export async function loadChartModel(id: string): Promise<ChartModel> {
  return chartModel(await chartData(id), await chartSources());
}
