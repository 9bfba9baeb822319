/** Pure helpers over claims: ordering, related claims, citation indexes. */
import { scanMdxBody } from '../content/mdxBody.ts';
import type { Claim } from '../content/schema.ts';
import { VERDICTS, type Verdict } from './verdicts.ts';

export interface ClaimLike {
  id: string;
  data: Claim;
  body?: string;
}

/** Verdict order (accurate first), then title. */
export function byVerdict<T extends ClaimLike>(claims: readonly T[]): T[] {
  return [...claims].sort(
    (a, b) => VERDICTS[b.data.verdict].rating - VERDICTS[a.data.verdict].rating || a.data.title.localeCompare(b.data.title),
  );
}

/**
 * Each claim's related claims: up to `limit` others, most shared tags first
 * (two points a tag), then the same appearance source (one point), then by
 * title.
 *
 * Computed for all claims at once from an index: for each of its tags and for
 * its source, the claims that hold it, in title order. A claim walks its own
 * lists together in title order, so each candidate it meets has its whole
 * score at once, and it stops as soon as no candidate still to come could
 * score more than the last of the best it has kept (a later one that only
 * ties loses on title). A tag that every claim carries therefore costs a few
 * steps per claim, not one per claim that holds it.
 */
export function relatedClaimsIndex<T extends ClaimLike>(all: readonly T[], limit = 3): Map<string, T[]> {
  const byTitle = [...all].sort((a, b) => a.data.title.localeCompare(b.data.title));
  const byTag = holderLists(byTitle.flatMap((c, rank) => c.data.tags.map((t): [string, number] => [t, rank])));
  const bySource = holderLists(byTitle.map((c, rank): [string, number] => [c.data.appearance.source, rank]));
  const related = new Map<string, T[]>();
  byTitle.forEach((claim, self) => {
    const lists = [
      ...[...new Set(claim.data.tags)].map((t) => ({ ...byTag.get(t)!, points: 2, at: 0 })),
      { ...bySource.get(claim.data.appearance.source)!, points: 1, at: 0 },
    ];
    related.set(claim.id, bestRelated(lists, self, limit).map((rank) => byTitle[rank]!));
  });
  return related;
}

/** The claims (by title rank, ascending) holding one tag or source; `most` is the most times one claim appears in it (a tag written twice). */
interface HolderList {
  ranks: number[];
  most: number;
}

/** Each tag's or source's holder list, from (key, rank) pairs in rank order. */
function holderLists(entries: [string, number][]): Map<string, HolderList> {
  const lists = new Map<string, HolderList>();
  for (const [key, group] of Map.groupBy(entries, ([k]) => k)) {
    const ranks = group.map(([, rank]) => rank);
    let most = 0;
    for (let i = 0, run = 0; i < ranks.length; i++) most = Math.max(most, (run = i > 0 && ranks[i] === ranks[i - 1] ? run + 1 : 1));
    lists.set(key, { ranks, most });
  }
  return lists;
}

/** The best `limit` ranks met walking `lists` together in rank order, skipping `self`; see relatedClaimsIndex. */
function bestRelated(lists: (HolderList & { points: number; at: number })[], self: number, limit: number): number[] {
  const best: { rank: number; score: number }[] = [];
  for (;;) {
    let bound = 0;
    let next = Infinity;
    for (const list of lists) {
      while (list.ranks[list.at] === self) list.at++;
      if (list.at === list.ranks.length) continue;
      bound += list.points * list.most;
      next = Math.min(next, list.ranks[list.at]!);
    }
    if (next === Infinity || (best.length === limit && (best[limit - 1]?.score ?? Infinity) >= bound)) break;
    let score = 0;
    for (const list of lists) while (list.ranks[list.at] === next) (score += list.points), list.at++;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    if (at < limit) best.splice(at, 0, { rank: next, score });
    if (best.length > limit) best.pop();
  }
  return best.map((b) => b.rank);
}

/** The source paragraphs a claim cites in its text, in order of first citation. */
export function citedParagraphs(body: string): Map<string, number[]> {
  const cited = new Map<string, number[]>();
  for (const c of scanMdxBody(body).citations) {
    if (!c.source || !c.p) continue;
    const ps = cited.get(c.source) ?? [];
    if (!ps.includes(c.p)) ps.push(c.p);
    cited.set(c.source, ps);
  }
  for (const ps of cited.values()) ps.sort((a, b) => a - b);
  return cited;
}

export interface CitingClaim {
  slug: string;
  title: string;
  verdict: Verdict;
}

/** Source slug → paragraph number → claims citing it (in the text or as the claim's appearance). */
export function citedByIndex(claims: readonly ClaimLike[]): Map<string, Map<number, CitingClaim[]>> {
  const index = new Map<string, Map<number, CitingClaim[]>>();
  const add = (source: string, p: number, claim: ClaimLike) => {
    const bySource = index.get(source) ?? new Map<number, CitingClaim[]>();
    const list = bySource.get(p) ?? [];
    // A claim's citations are added together, so a paragraph it already cites ends its list.
    if (list.at(-1)?.slug !== claim.id) list.push({ slug: claim.id, title: claim.data.title, verdict: claim.data.verdict });
    bySource.set(p, list);
    index.set(source, bySource);
  };
  for (const claim of claims) {
    add(claim.data.appearance.source, claim.data.appearance.p, claim);
    for (const [source, ps] of citedParagraphs(claim.body ?? '')) for (const p of ps) add(source, p, claim);
  }
  return index;
}

/** Every tag the claims use, alphabetically, each once. */
export function allTags(claims: readonly ClaimLike[]): string[] {
  return [...new Set(claims.flatMap((c) => c.data.tags))].sort();
}

/** A tag as a reader reads it: "hong-kong-figures" → "Hong Kong figures". */
export function tagLabel(tag: string): string {
  const words = tag.split('-').map((w) => ({ hong: 'Hong', kong: 'Kong', nia: 'NIA' })[w] ?? w);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
