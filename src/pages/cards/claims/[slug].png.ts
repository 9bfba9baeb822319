import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cardKey } from '../../../lib/cardCache.ts';
import { SITE_NAME } from '../../../lib/site.ts';
import { claimCard, type CardNode } from '../../../lib/socialCard.ts';
import { cardPng, rendererFingerprint } from '../../../lib/socialCardImage.ts';

/** Keyed by everything that decides the card's pixels, so an unchanged card is not drawn or even rendered again. */
export const getStaticPaths = (async () =>
  (await getCollection('claims')).map(({ id, data }) => {
    const card = claimCard({ title: data.title, verdict: data.verdict, claimant: data.claimant, siteName: SITE_NAME, locale: 'en' });
    return { params: { slug: id }, props: { card }, cacheKey: cardKey(card, rendererFingerprint()) };
  })) satisfies GetStaticPaths;

/** A claim's Open Graph / Twitter card: 1200×630 PNG from the same data as its page. */
export const GET: APIRoute<{ card: CardNode }> = async ({ props }) =>
  new Response(await cardPng(props.card), { headers: { 'Content-Type': 'image/png' } });
