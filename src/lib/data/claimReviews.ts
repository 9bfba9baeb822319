/** /data/claimreview.json: the ClaimReview of every claim page, built by the same function the pages use. */
import { claimReviewJsonLd } from '../claims/claimReview.ts';
import { claimPath } from '../url.ts';
import { envelope, sourceOf, type DataInput } from './input.ts';

export function claimReviewsJson(input: DataInput) {
  const claimReviews = [...input.claims]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => claimReviewJsonLd({ locale: 'en',  claim: c.data, url: input.url(claimPath(c.id)), siteName: input.site.name, siteUrl: input.url(''), appearance: sourceOf(input, c.data.appearance.source).data }));
  return { ...envelope(input), claimReviews };
}
