/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`,
 * issue 13). Astro re-renders a page from `getStaticPaths()` only when its
 * `cacheKey` or the code it imports changed, so a key must cover everything
 * the page shows from content, and nothing else:
 *
 * - a claim page: the claim, the claims it lists as related, and every
 *   source and chart (few, archived, rarely edited; a claim may cite or
 *   chart any of them);
 * - a source page: the source and the claims that cite each paragraph;
 * - both: the site's configuration (content/site.yaml: the name in every
 *   page's header, and on claim pages the error-report link), which pages
 *   read from a file rather than import, so Astro cannot see it change.
 *
 * Index pages, feeds and every page without getStaticPaths are rendered on
 * every build. Keys are SHA-256 digests of plain JSON, so equal content
 * gives equal keys on any machine.
 */
import { createHash } from 'node:crypto';
import type { CitingClaim, ClaimLike } from '../claims/claims.ts';
import type { SiteConfig } from '../content/schema.ts';

/** SHA-256 of the JSON of `parts` (Maps as their entries). */
export function digestOf(...parts: unknown[]): string {
  const json = JSON.stringify(parts, (_, value: unknown) => (value instanceof Map ? [...value] : value));
  return createHash('sha256').update(json).digest('hex');
}

/** What an entry holds: its data and, for MDX, its body. */
const contentOf = (entry: { data: unknown; body?: string }) => [entry.data, entry.body ?? null];

/** One digest of a whole collection, for keys that depend on all of it. */
export const collectionDigest = (entries: ReadonlyArray<{ id: string; data: unknown; body?: string }>): string =>
  digestOf([...entries].sort((a, b) => a.id.localeCompare(b.id)).map((e) => [e.id, ...contentOf(e)]));

/**
 * A claim page's key: the claim (and, in another language, its translation),
 * its related claims as listed, the sources and charts it may use, and the
 * site's configuration.
 */
export const claimPageKey = (
  claim: ClaimLike,
  translation: { data: unknown; body?: string } | null,
  related: readonly ClaimLike[],
  sourcesAndCharts: string,
  site: SiteConfig,
): string =>
  digestOf('claim', contentOf(claim), translation && contentOf(translation), related.map((r) => [r.id, r.data.title, r.data.verdict, r.data.claimant, r.data.summary]), sourcesAndCharts, site);

/** A source page's key: the source, per paragraph the claims citing it (as the page's language lists them), and the site's configuration. */
export const sourcePageKey = (source: { data: unknown }, citing: ReadonlyMap<number, readonly unknown[]>, site: SiteConfig): string =>
  digestOf('source', source.data, citing, site);
