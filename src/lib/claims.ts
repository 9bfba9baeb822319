/** Pure helpers over claims: ordering, related claims, citation indexes. */
import { scanMdxBody } from './mdxBody.ts';
import type { Claim } from './schema.ts';
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

/** Up to `limit` other claims, most shared tags first, then same appearance source. */
export function relatedClaims<T extends ClaimLike>(claim: T, all: readonly T[], limit = 3): T[] {
  const score = (other: T) =>
    other.data.tags.filter((t) => claim.data.tags.includes(t)).length * 2 +
    (other.data.appearance.source === claim.data.appearance.source ? 1 : 0);
  return all
    .filter((c) => c.id !== claim.id && score(c) > 0)
    .sort((a, b) => score(b) - score(a) || a.data.title.localeCompare(b.data.title))
    .slice(0, limit);
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
