import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { localeParam } from '../../../../i18n/paths.ts';
import { claimCards } from '../../../../lib/cards/claimCards.ts';
import { siteName } from '../../../../lib/content/site.ts';
import type { CardNode } from '../../../../lib/cards/socialCard.ts';
import { cardPng } from '../../../../lib/cards/socialCardImage.ts';

/**
 * A card for every claim and every translation (src/lib/cards/claimCards.ts),
 * keyed by everything that decides its pixels, so an unchanged card is not
 * drawn or even rendered again.
 */
export const getStaticPaths = (async () =>
  claimCards(await getCollection('claims'), await getCollection('claimTranslations'), siteName).map(({ locale, slug, card, key }) => ({
    params: { locale: localeParam(locale), slug },
    props: { card, key },
    cacheKey: key,
  }))) satisfies GetStaticPaths;

/** A claim's Open Graph / Twitter card: 1200×630 PNG from the same data as its page. */
export const GET: APIRoute<{ card: CardNode; key: string }> = async ({ props }) =>
  new Response(await cardPng(props.card, props.key), { headers: { 'Content-Type': 'image/png' } });
