import { describe, expect, it } from 'vitest';
import { sourceFact } from '../src/lib/sources/sourceFacts.ts';

describe('sourceFact', () => {
  it('shows a stated fact with its basis', () => {
    expect(sourceFact('Catherine Lai', 'Byline in the text.', 'Not stated')).toEqual({ text: 'Catherine Lai', basis: 'Byline in the text.', isBasis: false });
  });

  it('says "Not stated" once: a basis that says it stands alone', () => {
    expect(sourceFact(null, 'Not stated in the archived text or its provenance record.', 'Not stated')).toEqual({ text: 'Not stated in the archived text or its provenance record.', basis: null, isBasis: true });
  });

  it('says "Not stated" before a basis that does not', () => {
    expect(sourceFact(null, 'Captured from the print edition, which has no address.', 'Not stated')).toEqual({ text: 'Not stated', basis: 'Captured from the print edition, which has no address.', isBasis: false });
  });
});
