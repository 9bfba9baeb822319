import { LOCALES, type Locale } from '../../i18n/locales.ts';
import type { Claim, Source } from '../content/schema.ts';
import { VERDICTS, verdictLabel } from './verdicts.ts';

/**
 * schema.org ClaimReview, with the properties Google's fact-check markup
 * requires: claimReviewed, reviewRating (with alternateName), author,
 * datePublished, url, and itemReviewed as a Claim with author and appearance.
 * A page in another language says so with `inLanguage` and names the rating
 * in that language; the rating itself is always the original's.
 */
export function claimReviewJsonLd(options: {
  claim: Claim;
  url: string;
  siteName: string;
  siteUrl: string;
  appearance: Source;
  locale: Locale;
  /** The review's publication date in this language: a translation's own. */
  published?: string;
}) {
  const { claim, url, siteName, siteUrl, appearance, locale } = options;
  const verdict = VERDICTS[claim.verdict];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    inLanguage: LOCALES[locale].lang,
    claimReviewed: claim.claim,
    datePublished: options.published ?? claim.published,
    ...(claim.updated && !options.published ? { dateModified: claim.updated } : {}),
    author: { '@type': 'Organization', name: siteName, url: siteUrl },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdict.rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: verdictLabel(claim.verdict, locale),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: claim.claimant },
      ...(appearance.published ? { datePublished: appearance.published } : {}),
      appearance: {
        '@type': 'CreativeWork',
        ...(appearance.url ? { url: appearance.url } : {}),
        ...(appearance.title ? { headline: appearance.title } : {}),
        publisher: { '@type': 'Organization', name: appearance.publisher },
      },
    },
  };
}

/** JSON for a <script type="application/ld+json">, safe against `</script>` in the data. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
