import { getCollection, getEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { chartModel, type ChartModel } from '../../lib/charts/chartModel.ts';
import { sourceLookup, type SourceLookup } from '../../lib/charts/sourceInfo.ts';
import type { ChartData, DataTranslation } from '../../lib/content/schema.ts';

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

/** The words of chart `id` in `locale` (content/data/<locale>/<id>.yaml); none for English, the original. */
export async function chartTranslation(id: string, locale: Locale): Promise<DataTranslation | undefined> {
  if (locale === DEFAULT_LOCALE) return undefined;
  const entry = await getEntry('dataTranslations', `${locale}/${id}`);
  if (!entry) throw new Error(`No ${locale} words for chart "${id}": add content/data/${locale}/${id}.yaml (title, unit, notes and labels).`);
  return entry.data;
}

/** Chart `id` as pages in `locale` show it. */
export async function loadChartModel(id: string, locale: Locale): Promise<ChartModel> {
  return chartModel(await chartData(id), await chartSources(), locale, await chartTranslation(id, locale));
}
