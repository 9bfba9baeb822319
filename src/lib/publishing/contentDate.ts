import type { ClaimLike } from '../claims/claims.ts';
import type { Source } from '../content/schema.ts';

/**
 * The date of the newest content: the latest publication, update or
 * correction of a claim, or archiving of a source. Data files and feeds
 * carry it instead of the build's clock, so a rebuild gives the same bytes.
 */
export function newestContentDate(claims: readonly ClaimLike[], sources: readonly Pick<Source, 'archived'>[]): string {
  const dates = [
    ...claims.flatMap((c) => [c.data.published, c.data.updated ?? c.data.published, ...c.data.corrections.map((k) => k.date)]),
    ...sources.map((s) => s.archived),
  ];
  return dates.reduce((a, b) => (b > a ? b : a), '1970-01-01');
}
