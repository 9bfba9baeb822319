import type { APIRoute } from 'astro';
import { DATA_FILES } from '../lib/data/files.ts';
import { dataFileBody } from './data/_input.ts';

/** The JSON Feed of the fact checks (src/lib/data/jsonFeed.ts). */
export const GET: APIRoute = async ({ site }) => {
  const file = DATA_FILES.find((f) => f.path === 'feed.json')!;
  return new Response(await dataFileBody(file, site!), { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
};
