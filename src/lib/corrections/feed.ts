/**
 * The Atom feed of the corrections log (/corrections/feed.xml): one entry per
 * correction, newest first, titled with its kind and the claim.
 */
import type { ClaimLike } from '../claims.ts';
import { timestamp } from '../feed.ts';
import { VERDICTS } from '../verdicts.ts';
import { escapeXml } from '../xml.ts';
import { CORRECTION_KINDS } from './kinds.ts';
import { correctionLog } from './log.ts';

export interface CorrectionsFeedInput {
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the corrections log page. */
  logUrl: string;
  /** Absolute URL of /methodology/, whose #correction-kinds names the scheme. */
  methodologyUrl: string;
  siteName: string;
  /** The date of the newest content, for a feed with no entries yet. */
  contentDate: string;
  claims: readonly ClaimLike[];
  /** Absolute URL of a claim's page. */
  claimUrl: (slug: string) => string;
}

export function correctionsFeed(input: CorrectionsFeedInput): string {
  const { feedUrl, logUrl, methodologyUrl, siteName, contentDate, claims, claimUrl } = input;
  const e = escapeXml;
  const log = correctionLog(claims);
  // An entry's id is the claim page's anchor for it, #correction-<n>, which stays as later entries are added.
  const entries = log.map(({ claim, correction, n, change }) => {
    const url = claimUrl(claim.id);
    const kind = CORRECTION_KINDS[correction.kind];
    const verdict = change ? ` Verdict changed from ${VERDICTS[change.from].label} to ${VERDICTS[change.to].label}.` : '';
    return [
      '  <entry>',
      `    <id>${e(`${url}#correction-${n}`)}</id>`,
      `    <title>${e(`${kind.label}: ${claim.data.title}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${e(`${url}#correction-${n}`)}"/>`,
      `    <updated>${timestamp(correction.date)}</updated>`,
      `    <author><name>${e(siteName)}</name></author>`,
      `    <category term="${e(correction.kind)}" label="${e(kind.label)}" scheme="${e(`${methodologyUrl}#correction-kinds`)}"/>`,
      `    <summary type="text">${e(`${correction.note}${verdict}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${e(feedUrl)}</id>`,
    `  <title>${e(`${siteName}: corrections`)}</title>`,
    `  <subtitle>${e('Every correction, update and clarification of a published fact check, newest first.')}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${e(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${e(logUrl)}"/>`,
    `  <updated>${timestamp(log[0]?.correction.date ?? contentDate)}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
