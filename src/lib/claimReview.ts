import type { Claim, Source } from './schema.ts';
import { VERDICTS , verdictLabel } from './verdicts.ts';

/**
 * schema.org ClaimReview, with the properties Google's fact-check markup
 * requires: claimReviewed, reviewRating (with alternateName), author,
 * datePublished, url, and itemReviewed as a Claim with author and appearance.
 */
export function claimReviewJsonLd(options: {
  claim: Claim;
  url: string;
  siteName: string;
  siteUrl: string;
  appearance: Source;
}) {
  const { claim, url, siteName, siteUrl, appearance } = options;
  const verdict = VERDICTS[claim.verdict];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim.claim,
    datePublished: claim.published,
    ...(claim.updated ? { dateModified: claim.updated } : {}),
    author: { '@type': 'Organization', name: siteName, url: siteUrl },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdict.rating,
      bestRating: 5,
      worstRating: 1,
      alternateName: verdictLabel(claim.verdict, 'en'),
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
