import { describe, expect, it } from 'vitest';
import { localizeClaim } from '../../src/lib/claims/localizedClaim.ts';
import type { Claim, ClaimTranslation } from '../../src/lib/content/schema.ts';

const claim = {
  id: 'a-claim',
  data: { title: 'Did it fall?', claimant: 'China Daily', summary: 'Yes.', verdict: 'accurate', claim: 'It fell.', published: '2026-11-21' } as Claim,
};
const translation = { title: '有否下跌？', claimant: 'China Daily', summary: '有。', verdict: 'accurate', claim: '下跌了。', translates: '2026-11-21', published: '2026-12-02', figures: {}, corrections: [] } as ClaimTranslation;

describe('a claim as a language shows it', () => {
  it('takes the translation\'s words, and everything else from the original', () => {
    const shown = localizeClaim(claim, 'zh-hant', translation);
    expect(shown.data).toEqual({ ...claim.data, title: '有否下跌？', summary: '有。' });
    expect(shown.data.claim).toBe('It fell.');
    expect(shown.lang).toBe('zh-Hant-HK');
    expect(shown.translation).toBe(translation);
  });

  it('shows a claim not yet translated in English, marked as English, never dropped', () => {
    const shown = localizeClaim(claim, 'zh-hant', undefined);
    expect(shown.data).toEqual(claim.data);
    expect(shown.lang).toBe('en');
    expect(shown.translation).toBeNull();
  });

  it('leaves English pages as they are', () => {
    expect(localizeClaim(claim, 'en', translation)).toEqual({ ...claim, lang: 'en', translation: null });
  });
});
