import { describe, expect, it } from 'vitest';
import { allTags, type ClaimLike, tagLabel } from '../src/lib/claims/claims.ts';

const claim = (id: string, tags: string[]) => ({ id, data: { tags } }) as unknown as ClaimLike;

describe('claim tags for the search page', () => {
  it('lists every tag once, alphabetically', () => {
    expect(allTags([claim('a', ['dates', 'arithmetic']), claim('b', ['dates']), claim('c', [])])).toEqual(['arithmetic', 'dates']);
  });

  it('labels a tag as words, with proper names capitalised', () => {
    expect(tagLabel('hong-kong-figures')).toBe('Hong Kong figures');
    expect(tagLabel('nia-2024')).toBe('NIA 2024');
    expect(tagLabel('dates')).toBe('Dates');
  });
});
