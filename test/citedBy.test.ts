/** What cites each source paragraph (src/lib/claims/claims.ts): each claim once per paragraph, in claim order. */
import { describe, expect, it } from 'vitest';
import { citedByIndex, type ClaimLike } from '../src/lib/claims/claims.ts';

function claim(id: string, appearance: { source: string; p: number }, body: string): ClaimLike {
  return { id, body, data: { title: `Title ${id}`, verdict: 'accurate', appearance } } as unknown as ClaimLike;
}

describe('citedByIndex', () => {
  it('lists a claim once for a paragraph it cites as its appearance and again in its text', () => {
    const all = [
      claim('a', { source: 's', p: 1 }, '<Cite source="s" p={1}>x</Cite> <Cite source="s" p={2}>y</Cite> <Cite source="s" p={1}>z</Cite>'),
      claim('b', { source: 't', p: 3 }, '<Cite source="s" p={2}>y</Cite>'),
      claim('c', { source: 's', p: 1 }, ''),
    ];
    const index = citedByIndex(all);
    const slugs = (source: string, p: number) => index.get(source)?.get(p)?.map((c) => c.slug);
    expect(slugs('s', 1)).toEqual(['a', 'c']);
    expect(slugs('s', 2)).toEqual(['a', 'b']);
    expect(slugs('t', 3)).toEqual(['b']);
    expect(index.get('s')?.get(1)?.[0]).toEqual({ slug: 'a', title: 'Title a', verdict: 'accurate' });
  });
});
