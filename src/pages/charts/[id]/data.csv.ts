import type { APIRoute, GetStaticPaths } from 'astro';
import { allChartData, chartData, chartSources } from '../../../components/charts/loadChart.ts';
import { chartRows, toCsv } from '../../../lib/charts/downloads.ts';
import { withBase } from '../../../lib/url.ts';

export const getStaticPaths: GetStaticPaths = async () => (await allChartData()).map((d) => ({ params: { id: d.slug } }));

/** The chart's data with a citation on every row, as CSV. */
export const GET: APIRoute = async ({ params, site }) => {
  const data = await chartData(params.id!);
  const url = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  return new Response(toCsv(chartRows(data, await chartSources(), url)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
