/**
 * An Atom feed of the fact checks (issue 8), written by src/lib/atom.ts.
 * src/pages/feed.xml.ts serves it at <base>feed.xml.
 */
import type { ClaimLike } from './claims.ts';
import { VERDICTS , verdictLabel } from './verdicts.ts';
import { atomXml } from './atom.ts';

export interface FeedInput {
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the site's home page (base included). */
  siteUrl: string;
  title: string;
  subtitle: string;
  claims: readonly ClaimLike[];
  /** Absolute URL of a claim's page. */
  claimUrl: (slug: string) => string;
}

/** The date a claim last changed: `updated` if given, else `published`. */
export const lastChanged = (c: ClaimLike) => c.data.updated ?? c.data.published;

/** Newest first by last change, then by publication, then by title. */
export function feedOrder<T extends ClaimLike>(claims: readonly T[]): T[] {
  return [...claims].sort(
    (a, b) =>
      lastChanged(b).localeCompare(lastChanged(a)) ||
      b.data.published.localeCompare(a.data.published) ||
      a.data.title.localeCompare(b.data.title),
  );
}

/** The entry title: the verdict first, so a reader sees it in any feed reader. */
export const entryTitle = (c: ClaimLike) => `${verdictLabel(c.data.verdict, 'en')}: ${c.data.title}`;

export function atomFeed({ feedUrl, siteUrl, title, subtitle, claims, claimUrl }: FeedInput): string {
  const ordered = feedOrder(claims);
  return atomXml({
    feedUrl,
    pageUrl: siteUrl,
    title,
    subtitle,
    updated: ordered.length ? lastChanged(ordered[0]!) : '1970-01-01',
    entries: ordered.map((c) => {
      const verdict = VERDICTS[c.data.verdict];
      return {
        url: claimUrl(c.id),
        title: entryTitle(c),
        published: c.data.published,
        updated: lastChanged(c),
        author: title,
        categories: [{ term: c.data.verdict, label: verdictLabel(c.data.verdict, 'en'), scheme: `${siteUrl}methodology/` }, ...c.data.tags.map((term) => ({ term }))],
        summary: `${verdictLabel(c.data.verdict, 'en')}. ${c.data.summary} Claim by ${c.data.claimant}: “${c.data.claim}”`,
      };
    }),
  });
}
