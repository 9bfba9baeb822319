/**
 * The corrections log (/corrections/ and its feed): every entry under a
 * claim's `corrections`, across the site, newest first.
 */
import type { ClaimLike } from '../claims/claims.ts';
import type { Correction } from '../content/schema.ts';
import type { Verdict } from '../claims/verdicts.ts';

export interface LogEntry<T extends ClaimLike = ClaimLike> {
  claim: T;
  correction: Correction;
  /** The entry's place among the claim's corrections, from 1: its anchor is #correction-<n>. */
  n: number;
  /** Set when this correction changed the verdict. */
  change?: VerdictChange;
}

/** Every correction of every claim, newest first; same day: by claim title. */
export function correctionLog<T extends ClaimLike>(claims: readonly T[]): LogEntry<T>[] {
  return claims
    .flatMap((claim) => {
      const changes = verdictChanges(claim.data);
      return claim.data.corrections.map((correction, i) => ({ claim, correction, n: i + 1, change: changes.find((c) => c.correction === correction) }));
    })
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.claim.data.title.localeCompare(b.claim.data.title));
}

export interface VerdictChange {
  date: string;
  from: Verdict;
  to: Verdict;
  correction: Correction;
}

/**
 * The verdict changes of a claim, oldest first. Each correction with a
 * `previousVerdict` changed the verdict from that one to the verdict in
 * force afterwards: the next change's previous verdict, or the current one.
 */
export function verdictChanges(claim: Pick<ClaimLike['data'], 'verdict' | 'corrections'>): VerdictChange[] {
  const changes = claim.corrections
    .filter((c): c is Correction & { previousVerdict: Verdict } => c.previousVerdict !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
  return changes.map((c, i) => ({ date: c.date, from: c.previousVerdict, to: changes[i + 1]?.previousVerdict ?? claim.verdict, correction: c }));
}
