import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_NAME } from '../../lib/site.ts';
import { siteCard } from '../../lib/socialCard.ts';
import { cardPng } from '../../lib/socialCardImage.ts';

/** The Open Graph / Twitter card of every page that is not a claim. */
export const GET: APIRoute = async () =>
  new Response(await cardPng(siteCard({ siteName: SITE_NAME, description: SITE_DESCRIPTION, locale: 'en' })), { headers: { 'Content-Type': 'image/png' } });
