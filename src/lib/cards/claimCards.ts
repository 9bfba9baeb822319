/**
 * The social cards the site publishes: one for every claim in English
 * (cards/claims/<slug>.png) and one for every translation in its language
 * (cards/<locale>/claims/<slug>.png), from the translation's own title and
 * claimant. The card route (src/pages/cards/) and the cards drawn ahead of
 * the pages (src/integrations/cardsAhead.ts) both list them here, so they
 * agree on every card and its cache key.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales.ts';
import { cardKey } from './cardCache.ts';
import { claimCard, type CardNode } from './socialCard.ts';
import { cardFingerprint } from './socialCardImage.ts';
import type { Verdict } from '../claims/verdicts.ts';

export interface ClaimCard {
  locale: Locale;
  slug: string;
  card: CardNode;
  /** Everything that decides the card's pixels, hashed (src/lib/cards/cardCache.ts). */
  key: string;
}

/** What a claim's card shows, from the claim or from its translation. */
interface Shown {
  title: string;
  verdict: Verdict;
  claimant: string;
}

/** A translation's id, `zh-hant/<slug>`, as its locale and the original's slug. */
function translationOf(id: string): { locale: Locale; slug: string } {
  const at = id.indexOf('/');
  const locale = id.slice(0, at);
  if (at < 0 || !isLocale(locale) || locale === DEFAULT_LOCALE) throw new Error(`Claim translation "${id}" is not <locale>/<slug>`);
  return { locale, slug: id.slice(at + 1) };
}

/** Every card, claims first, then translations, each in the order given. */
export function claimCards(
  claims: ReadonlyArray<{ id: string; data: Shown }>,
  translations: ReadonlyArray<{ id: string; data: Shown }>,
  siteName: (locale: Locale) => string,
): ClaimCard[] {
  const shown = [
    ...claims.map(({ id, data }) => ({ locale: DEFAULT_LOCALE as Locale, slug: id, data })),
    ...translations.map(({ id, data }) => ({ ...translationOf(id), data })),
  ];
  return shown.map(({ locale, slug, data: { title, verdict, claimant } }) => {
    const card = claimCard({ title, verdict, claimant, siteName: siteName(locale), locale });
    return { locale, slug, card, key: cardKey(card, cardFingerprint(card)) };
  });
}
