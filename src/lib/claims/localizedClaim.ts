/**
 * A claim as a page in one language shows it. The English original's data
 * with, where a translation exists, its title, claimant and summary: so lists,
 * feeds and related claims work the same in every language. The verdict, the
 * figures, the dates and the claim's own words always come from the original.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales.ts';
import type { ClaimLike } from './claims.ts';
import type { ClaimTranslation } from '../content/schema.ts';

export interface LocalizedClaim extends ClaimLike {
  /** The language the title and summary are in: the page's, or English where no translation exists. */
  lang: string;
  /** The translation shown, or null: the original itself, or a claim not yet translated. */
  translation: ClaimTranslation | null;
}

export function localizeClaim<T extends ClaimLike>(claim: T, locale: Locale, translation: ClaimTranslation | undefined): T & LocalizedClaim {
  if (locale === DEFAULT_LOCALE || !translation) return { ...claim, lang: LOCALES[DEFAULT_LOCALE].lang, translation: null };
  const { title, claimant, summary } = translation;
  return { ...claim, data: { ...claim.data, title, claimant, summary }, lang: LOCALES[locale].lang, translation };
}
