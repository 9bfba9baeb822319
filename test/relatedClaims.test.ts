/** Related claims (src/lib/claims/claims.ts): the indexed computation agrees with the definition, on many random sets. */
import { describe, expect, it } from 'vitest';
import { relatedClaimsIndex, type ClaimLike } from '../src/lib/claims/claims.ts';

/** The definition, computed directly: score every other claim, sort, keep three. */
function reference(claim: ClaimLike, all: readonly ClaimLike[], limit = 3): string[] {
  const score = (o: ClaimLike) => o.data.tags.filter((t) => claim.data.tags.includes(t)).length * 2 + (o.data.appearance.source === claim.data.appearance.source ? 1 : 0);
  return all
    .filter((c) => c.id !== claim.id && score(c) > 0)
    .sort((a, b) => score(b) - score(a) || a.data.title.localeCompare(b.data.title))
    .slice(0, limit)
    .map((c) => c.id);
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** `n` claims with random tags (now and then one written twice), titles that may repeat, and four sources; every claim also carries `everywhere`'s tags. */
function claims(n: number, next: () => number, everywhere: string[] = []): ClaimLike[] {
  const tags = ['dates', 'figures', 'hong-kong', 'mainland', 'nia', 'organisers'];
  return Array.from({ length: n }, (_, i) => {
    const own = [...everywhere, ...tags.filter(() => next() < 0.3)];
    if (own.length > 0 && next() < 0.1) own.push(own[Math.floor(next() * own.length)]!);
    return {
      id: `claim-${i}`,
      data: { title: `Claim ${Math.floor(next() * n)}`, tags: own, appearance: { source: `source-${Math.floor(next() * 4)}` } },
    } as unknown as ClaimLike;
  });
}

describe('relatedClaimsIndex', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('matches the definition for random claim set %i', (seed) => {
    const next = random(seed);
    const all = claims(5 + Math.floor(next() * 60), next);
    const index = relatedClaimsIndex(all);
    for (const claim of all) expect(index.get(claim.id)!.map((c) => c.id), claim.id).toEqual(reference(claim, all));
  });

  it.each([1, 2, 3])('matches the definition when one tag is on every claim, set %i', (seed) => {
    const next = random(seed);
    const all = claims(300 + Math.floor(next() * 200), next, ['everywhere']);
    const index = relatedClaimsIndex(all);
    for (const claim of all) expect(index.get(claim.id)!.map((c) => c.id), claim.id).toEqual(reference(claim, all));
  });

  it('lists nothing for a claim that shares no tag or source', () => {
    const all = claims(2, random(1)).map((c, i) => ({ ...c, data: { ...c.data, tags: [`only-${i}`], appearance: { ...c.data.appearance, source: `s${i}` } } }));
    expect(relatedClaimsIndex(all).get(all[0]!.id)).toEqual([]);
  });
});
