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

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/**
 * Each claim's related claims: up to `limit` others, most shared tags first
 * (two points a tag), then the same appearance source (one point), then by
 * title. Computed for all claims at once from a tag index: each claim counts
 * only the claims it shares a tag or a source with, in typed arrays, and
 * keeps the best `limit` without sorting the rest.
 */
export function relatedClaimsIndex<T extends ClaimLike>(all: readonly T[], limit = 3): Map<string, T[]> {
  const byTitle = [...all].sort((a, b) => a.data.title.localeCompare(b.data.title));
  const rank = new Map(byTitle.map((c, i) => [c, i]));
  const holders = groupBy(byTitle.flatMap((c) => c.data.tags.map((t) => [t, c] as const)), ([t]) => t);
  const bySource = groupBy(byTitle, (c) => c.data.appearance.source);
  const score = new Int32Array(byTitle.length);
  const related = new Map<string, T[]>();
  for (const claim of byTitle) {
    const touched: number[] = [];
    const add = (other: T, points: number) => {
      const i = rank.get(other)!;
      if (other.id === claim.id) return;
      if (score[i] === 0) touched.push(i);
      score[i]! += points;
    };
    for (const tag of new Set(claim.data.tags)) for (const [, other] of holders.get(tag) ?? []) add(other, 2);
    for (const other of bySource.get(claim.data.appearance.source) ?? []) add(other, 1);
    // The best `limit` by score, then by title (a lower rank is an earlier title).
    const best: number[] = [];
    for (const i of touched) {
      let at = best.length;
      while (at > 0 && (score[best[at - 1]!]! < score[i]! || (score[best[at - 1]!] === score[i] && best[at - 1]! > i))) at--;
      if (at < limit) best.splice(at, 0, i);
      if (best.length > limit) best.pop();
    }
    related.set(claim.id, best.map((i) => byTitle[i]!));
    for (const i of touched) score[i] = 0;
  }
  return related;
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
    if (!list.some((c) => c.slug === claim.id)) list.push({ slug: claim.id, title: claim.data.title, verdict: claim.data.verdict });
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
