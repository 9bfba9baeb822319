/**
 * An Atom feed of the fact checks (issue 8), built as a string so it needs
 * no dependency; every text and attribute is escaped by escapeXml().
 * src/pages/feed.xml.ts serves it at <base>feed.xml.
 */
import type { ClaimLike } from './claims.ts';
import { VERDICTS } from './verdicts.ts';
import { escapeXml } from './xml.ts';

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

/** An ISO date (YYYY-MM-DD) as an RFC 3339 timestamp at midnight UTC. */
export const timestamp = (date: string) => `${date}T00:00:00Z`;

/** The entry title: the verdict first, so a reader sees it in any feed reader. */
export const entryTitle = (c: ClaimLike) => `${VERDICTS[c.data.verdict].label}: ${c.data.title}`;

export function atomFeed({ feedUrl, siteUrl, title, subtitle, claims, claimUrl }: FeedInput): string {
  const ordered = feedOrder(claims);
  const updated = ordered.length ? timestamp(lastChanged(ordered[0]!)) : '1970-01-01T00:00:00Z';
  const e = escapeXml;
  const entries = ordered.map((c) => {
    const url = claimUrl(c.id);
    const verdict = VERDICTS[c.data.verdict];
    return [
      '  <entry>',
      `    <id>${e(url)}</id>`,
      `    <title>${e(entryTitle(c))}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(url)}"/>`,
      `    <published>${timestamp(c.data.published)}</published>`,
      `    <updated>${timestamp(lastChanged(c))}</updated>`,
      `    <author><name>${e(title)}</name></author>`,
      `    <category term="${e(c.data.verdict)}" label="${e(verdict.label)}" scheme="${e(`${siteUrl}methodology/`)}"/>`,
      ...c.data.tags.map((t) => `    <category term="${e(t)}"/>`),
      `    <summary type="text">${e(`${verdict.label}. ${c.data.summary} Claim by ${c.data.claimant}: “${c.data.claim}”`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${e(feedUrl)}</id>`,
    `  <title>${e(title)}</title>`,
    `  <subtitle>${e(subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(siteUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
