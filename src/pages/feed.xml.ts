import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed } from '../lib/feed.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';
import { claimPath, withBase } from '../lib/url.ts';

/** The Atom feed of fact checks, newest first (src/lib/feed.ts). */
export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  const body = atomFeed({
    feedUrl: url('feed.xml'),
    siteUrl: url(''),
    title: SITE_NAME,
    subtitle: SITE_DESCRIPTION,
    claims: await getCollection('claims'),
    claimUrl: (slug) => url(claimPath(slug)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
