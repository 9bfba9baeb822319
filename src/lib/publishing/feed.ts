/**
 * An Atom feed of the fact checks (issue 8), written by src/lib/publishing/atom.ts.
 * src/pages/feed.xml.ts serves it at <base>feed.xml.
 */
import type { ClaimLike } from '../claims/claims.ts';
import { verdictLabel } from '../claims/verdicts.ts';
import { atomXml } from './atom.ts';
import { translate } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';

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
  /** The feed's language: its verdict names and summary lines. */
  locale: Locale;
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
export const entryTitle = (c: ClaimLike, locale: Locale) => translate(locale)('feed.entryTitle', { verdict: verdictLabel(c.data.verdict, locale), title: c.data.title });

export function atomFeed({ feedUrl, siteUrl, title, subtitle, claims, claimUrl, locale }: FeedInput): string {
  const t = translate(locale);
  const ordered = feedOrder(claims);
  return atomXml({
    feedUrl,
    pageUrl: siteUrl,
    title,
    subtitle,
    updated: ordered.length ? lastChanged(ordered[0]!) : '1970-01-01',
    entries: ordered.map((c) => {
      const verdict = verdictLabel(c.data.verdict, locale);
      return {
        url: claimUrl(c.id),
        title: entryTitle(c, locale),
        published: c.data.published,
        updated: lastChanged(c),
        author: title,
        categories: [{ term: c.data.verdict, label: verdict, scheme: `${siteUrl}methodology/` }, ...c.data.tags.map((term) => ({ term }))],
        summary: t('feed.summary', { verdict, summary: c.data.summary, claimant: c.data.claimant, claim: c.data.claim }),
      };
    }),
  });
}
