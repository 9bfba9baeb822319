/**
 * Atom 1.0 as a string (RFC 4287), for the site's feeds: the fact checks
 * (src/lib/publishing/feed.ts) and the corrections log (src/lib/corrections/feed.ts).
 * Callers say what is in a feed; this writes it, every text and attribute
 * escaped by escapeXml().
 */
import { escapeXml as e } from './xml.ts';

/** An ISO date (YYYY-MM-DD) as an RFC 3339 timestamp at midnight UTC. */
export const timestamp = (date: string) => `${date}T00:00:00Z`;

export interface AtomCategory {
  term: string;
  label?: string;
  scheme?: string;
}

export interface AtomEntry {
  /** Absolute URL: the entry's id and its link. */
  url: string;
  title: string;
  /** ISO dates. */
  published?: string;
  updated: string;
  author: string;
  categories: AtomCategory[];
  summary: string;
}

export interface AtomFeed {
  /** Absolute URL of the feed itself: its id and its rel="self" link. */
  feedUrl: string;
  /** Absolute URL of the page the feed follows. */
  pageUrl: string;
  title: string;
  subtitle: string;
  /** ISO date. */
  updated: string;
  entries: AtomEntry[];
}

const category = ({ term, label, scheme }: AtomCategory) =>
  `    <category term="${e(term)}"${label === undefined ? '' : ` label="${e(label)}"`}${scheme === undefined ? '' : ` scheme="${e(scheme)}"`}/>`;

const entryXml = (entry: AtomEntry) =>
  [
    '  <entry>',
    `    <id>${e(entry.url)}</id>`,
    `    <title>${e(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${e(entry.url)}"/>`,
    ...(entry.published ? [`    <published>${timestamp(entry.published)}</published>`] : []),
    `    <updated>${timestamp(entry.updated)}</updated>`,
    `    <author><name>${e(entry.author)}</name></author>`,
    ...entry.categories.map(category),
    `    <summary type="text">${e(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n');

export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${e(feed.feedUrl)}</id>`,
    `  <title>${e(feed.title)}</title>`,
    `  <subtitle>${e(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(feed.pageUrl)}"/>`,
    `  <updated>${timestamp(feed.updated)}</updated>`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
