import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES } from '../../lib/data/files.ts';
import { dataFileBody } from './_input.ts';

/** Every file under /data/ (src/lib/data/files.ts), and the JSON Schema of each. */
const routes = DATA_FILES.flatMap((f) => [
  ...(f.path.startsWith('data/') ? [{ name: f.path.slice('data/'.length), file: f, kind: 'data' as const }] : []),
  ...(f.schemaPath ? [{ name: f.schemaPath.slice('data/'.length), file: f, kind: 'schema' as const }] : []),
]);

export const getStaticPaths: GetStaticPaths = () => routes.map((r) => ({ params: { file: r.name } }));

export const GET: APIRoute = async ({ params, site }) => {
  const route = routes.find((r) => r.name === params.file)!;
  const body = route.kind === 'schema' ? `${JSON.stringify(route.file.schema, null, 2)}\n` : await dataFileBody(route.file, site!);
  const type = route.kind === 'schema' ? 'application/schema+json' : route.file.mediaType;
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
