import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../../i18n/locales.ts';
import { localeParam } from '../../../../i18n/paths.ts';
import { cardKey } from '../../../../lib/cardCache.ts';
import { siteName } from '../../../../lib/site.ts';
import { claimCard, type CardNode } from '../../../../lib/socialCard.ts';
import { cardFingerprint, cardPng } from '../../../../lib/socialCardImage.ts';
import type { Verdict } from '../../../../lib/verdicts.ts';

/** A translation's id, `zh-hant/<slug>`, as its locale and the original's slug. */
function translationOf(id: string): { locale: Locale; slug: string } {
  const at = id.indexOf('/');
  const locale = id.slice(0, at);
  if (at < 0 || !isLocale(locale) || locale === DEFAULT_LOCALE) throw new Error(`Claim translation "${id}" is not <locale>/<slug>`);
  return { locale, slug: id.slice(at + 1) };
}

/** What a claim's card shows, from the claim or from its translation. */
const shown = (locale: Locale, slug: string, { title, verdict, claimant }: { title: string; verdict: Verdict; claimant: string }) => ({ locale, slug, title, verdict, claimant });

/**
 * A card for every claim in English (cards/claims/<slug>.png) and for every
 * translation in its language (cards/zh-hant/claims/<slug>.png), from the
 * translation's own title and claimant. Keyed by everything that decides the
 * card's pixels (its tree, from the claim or the translation, and the
 * renderer and fonts that draw it), so an unchanged card is not drawn or even
 * rendered again.
 */
export const getStaticPaths = (async () => {
  const cards = [
    ...(await getCollection('claims')).map(({ id, data }) => shown(DEFAULT_LOCALE, id, data)),
    ...(await getCollection('claimTranslations')).map(({ id, data }) => {
      const { locale, slug } = translationOf(id);
      return shown(locale, slug, data);
    }),
  ];
  return cards.map(({ locale, slug, title, verdict, claimant }) => {
    const card = claimCard({ title, verdict, claimant, siteName: siteName(locale), locale });
    return { params: { locale: localeParam(locale), slug }, props: { card }, cacheKey: cardKey(card, cardFingerprint(card)) };
  });
}) satisfies GetStaticPaths;

/** A claim's Open Graph / Twitter card: 1200×630 PNG from the same data as its page. */
export const GET: APIRoute<{ card: CardNode }> = async ({ props }) =>
  new Response(await cardPng(props.card), { headers: { 'Content-Type': 'image/png' } });
