import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartData, chartData, chartSources } from '../../../components/charts/loadChart.ts';
import { chartModel } from '../../../lib/charts/chartModel.ts';
import { chartRows, computedValues } from '../../../lib/charts/downloads.ts';
import { chartPath, sourcePath, withBase } from '../../../lib/url.ts';

export const getStaticPaths: GetStaticPaths = async () => (await allChartData()).map((d) => ({ params: { id: d.slug } }));

/** The chart's data with citations, the computed values with their working, and the notes, as JSON. */
export const GET: APIRoute = async ({ params, site }) => {
  const data = await chartData(params.id!);
  const sources = await chartSources();
  const url = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  const model = chartModel(data, sources, 'en');
  const { columns, rows } = chartRows(data, sources, url);
  const body = {
    id: data.slug,
    title: model.title,
    description: model.description,
    page: url(chartPath(data.slug)),
    csv: url(`${chartPath(data.slug)}data.csv`),
    sources: model.sources.map((slug) => ({ slug, label: sources.get(slug)!.label, archive: url(sourcePath(slug)) })),
    columns,
    rows,
    computed: computedValues(data),
    notes: model.notes,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
