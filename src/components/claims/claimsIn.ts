import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { localizeClaim, type LocalizedClaim } from '../../lib/claims/localizedClaim.ts';

export type ClaimIn = CollectionEntry<'claims'> & LocalizedClaim;

/** Every claim as pages in `locale` show it (src/lib/claims/localizedClaim.ts), with that language's translations if the caller has read them already. */
export async function claimsIn(locale: Locale, read?: Map<string, CollectionEntry<'claimTranslations'>>): Promise<ClaimIn[]> {
  const translations = read ?? (await translationsIn(locale));
  return (await getCollection('claims')).map((entry) => localizeClaim(entry, locale, translations.get(entry.id)?.data));
}

/** The claims' translations into `locale`, by claim slug. */
export async function translationsIn(locale: Locale): Promise<Map<string, CollectionEntry<'claimTranslations'>>> {
  const all = await getCollection('claimTranslations');
  return new Map(all.filter((t) => t.id.startsWith(`${locale}/`)).map((t) => [t.id.slice(locale.length + 1), t]));
}
