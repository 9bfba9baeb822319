import { describe, expect, it } from 'vitest';
import { loadClaims } from '../src/lib/check/claims.ts';
import { loadSources } from '../src/lib/check/sources.ts';
import { claimReviewJsonLd } from '../src/lib/claims/claimReview.ts';
import { ROOT } from './helpers/deployment.ts';

const { sources } = loadSources(ROOT);
const claim = [...loadClaims(ROOT, sources).claims.values()][0]!.data;
const appearance = sources.get(claim.appearance.source)!.data;
const jsonLd = (url: string | null) =>
  claimReviewJsonLd({ locale: 'en',  claim, url: 'https://example.org/claims/x/', siteName: 'Site', siteUrl: 'https://example.org/', appearance: { ...appearance, url } });

describe('ClaimReview JSON-LD', () => {
  it("gives the appearance's URL", () => {
    expect(jsonLd('https://example.org/original').itemReviewed.appearance).toMatchObject({ url: 'https://example.org/original' });
  });

  it('leaves the URL out for a source without one', () => {
    expect(jsonLd(null).itemReviewed.appearance).not.toHaveProperty('url');
  });
});
