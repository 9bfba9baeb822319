/**
 * The Atom feed of the corrections log (/corrections/feed.xml): one entry per
 * correction, newest first, titled with its kind and the claim.
 */
import type { ClaimLike } from '../claims/claims.ts';
import { atomXml } from '../publishing/atom.ts';
import { translate } from '../../i18n/index.ts';
import { verdictLabel } from '../claims/verdicts.ts';
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
  const log = correctionLog(claims);
  return atomXml({
    feedUrl,
    pageUrl: logUrl,
    title: `${siteName}: corrections`,
    subtitle: 'Every correction, update and clarification of a published fact check, newest first.',
    updated: log[0]?.correction.date ?? contentDate,
    // An entry's id is the claim page's anchor for it, #correction-<n>, which stays as later entries are added.
    entries: log.map(({ claim, correction, n, change }) => {
      const kind = { label: translate('en')(`correction.${correction.kind}`) };
      const verdict = change ? ` Verdict changed from ${verdictLabel(change.from, 'en')} to ${verdictLabel(change.to, 'en')}.` : '';
      return {
        url: `${claimUrl(claim.id)}#correction-${n}`,
        title: `${kind.label}: ${claim.data.title}`,
        updated: correction.date,
        author: siteName,
        categories: [{ term: correction.kind, label: kind.label, scheme: `${methodologyUrl}#correction-kinds` }],
        summary: `${correction.note}${verdict}`,
      };
    }),
  });
}
