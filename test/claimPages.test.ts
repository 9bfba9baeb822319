import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { loadClaims } from '../src/lib/check/claims.ts';
import { loadSources } from '../src/lib/check/sources.ts';
import { normalizeForMatch } from '../src/lib/sources/normalize.ts';
import { VERDICTS, verdictLabel } from '../src/lib/claims/verdicts.ts';
import { DIST, ROOT } from './helpers/deployment.ts';

const { sources } = loadSources(ROOT);
const { claims } = loadClaims(ROOT, sources);
const page = (path: string) => load(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const all = [...claims.values()];

describe('built claim pages', () => {
  it.each(all.map((c) => [c.slug, c] as const))('%s shows the verdict and summary first', (slug, claim) => {
    const $ = page(`claims/${slug}`);
    const verdict = $('.claim-verdict');
    expect(verdict.text()).toContain(verdictLabel(claim.data.verdict, 'en'));
    expect(verdict.text()).toContain(claim.data.summary);
    // The verdict comes before the claim statement and the explanation.
    expect($('main').html()!.indexOf('claim-verdict')).toBeLessThan($('main').html()!.indexOf('claim-statement'));
    expect($('.verdict svg[aria-hidden="true"]').length).toBeGreaterThan(0);
  });

  it.each(all.map((c) => [c.slug, c] as const))('%s: every citation links to a paragraph whose text holds the highlighted words', (slug, claim) => {
    const $ = page(`claims/${slug}`);
    const links = $('a.cite-ref');
    expect(links.length).toBe(claim.scan.citations.length);
    links.each((_, a) => {
      const match = /^\/sources\/([^/]+)\/#p(\d+):~:text=(.+)$/.exec($(a).attr('href')!);
      expect(match, $(a).attr('href')).not.toBeNull();
      const [, source, n, fragment] = match!;
      const target = page(`sources/${source}`)(`#p${n} p`).text();
      expect(target.length).toBeGreaterThan(0);
      expect(normalizeForMatch(target)).toContain(normalizeForMatch(decodeURIComponent(fragment!)));
    });
  });

  it.each(all.map((c) => [c.slug, c] as const))('%s carries ClaimReview JSON-LD with the required properties', (slug, claim) => {
    const $ = page(`claims/${slug}`);
    const blocks = $('script[type="application/ld+json"]');
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks.text());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `http://localhost:4321/claims/${slug}/`,
      claimReviewed: claim.data.claim,
      datePublished: claim.data.published,
      author: { '@type': 'Organization', name: expect.any(String) },
      reviewRating: { '@type': 'Rating', alternateName: verdictLabel(claim.data.verdict, 'en'), ratingValue: VERDICTS[claim.data.verdict].rating },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: claim.data.claimant },
        appearance: { '@type': 'CreativeWork', url: sources.get(claim.data.appearance.source)!.data.url },
      },
    });
  });

  it('shows the working of derived figures', () => {
    const $ = page('claims/press-release-arithmetic');
    expect($('.working').first().text()).toContain('837 ÷ 11 = 76.1');
    expect($('main').text()).toContain('(76 − 185) ÷ 185 = −58.9%');
  });

  it('lists the citing claims under each cited source paragraph', () => {
    const $ = page('sources/hksar-2017-12-07');
    expect($('#p9 .cited-by a[href="/claims/press-release-arithmetic/"]')).toHaveLength(1);
  });

  it('lists every claim on the index and the home page', () => {
    for (const path of ['claims', '']) {
      const $ = page(path);
      for (const slug of claims.keys()) expect($(`main a[href="/claims/${slug}/"]`).length, `${path} → ${slug}`).toBeGreaterThan(0);
    }
  });
});
