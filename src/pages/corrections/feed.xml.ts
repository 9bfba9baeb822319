import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { newestContentDate } from '../../lib/publishing/contentDate.ts';
import { correctionsFeed } from '../../lib/corrections/feed.ts';
import { SITE_NAME } from '../../lib/content/site.ts';
import { absoluteUrl, claimPath, correctionsFeedPath, correctionsPath } from '../../lib/url.ts';

/** The Atom feed of the corrections log (src/lib/corrections/feed.ts). */
export const GET: APIRoute = async ({ site }) => {
  const url = (path: string) => absoluteUrl(site!, import.meta.env.BASE_URL, path);
  const claims = await getCollection('claims');
  const sources = (await getCollection('sources')).map((s) => s.data);
  const body = correctionsFeed({
    feedUrl: url(correctionsFeedPath),
    logUrl: url(correctionsPath),
    methodologyUrl: url('methodology/'),
    siteName: SITE_NAME,
    contentDate: newestContentDate(claims, sources),
    claims,
    claimUrl: (slug) => url(claimPath(slug)),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
