import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/publishing/sitemap.ts';
import { withBase } from '../lib/url.ts';

/** robots.txt, pointing at the sitemap (written at build time by src/integrations/hostHeaders.ts) by its full URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(withBase(import.meta.env.BASE_URL, 'sitemap.xml'), site).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
