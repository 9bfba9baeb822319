/**
 * The social-card costs `npm run bench` reports: milliseconds to draw a new
 * card and to serve a cached one, over `count` distinct claim cards in one
 * language, with the renderer and cache the build uses
 * (src/lib/cards/socialCardImage.ts, src/lib/cards/cardCache.ts). `firstMs` is the first
 * card, which loads the renderer and fonts (for Chinese, the Noto Sans HK
 * subsets that card needs; later cards load the subsets they add).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locale } from '../../src/i18n/locales.ts';
import { cachedCard, openCardCache } from '../../src/lib/cards/cardCache.ts';
import { claimCard } from '../../src/lib/cards/socialCard.ts';
import { cardFingerprint, renderCard, rendererFingerprint } from '../../src/lib/cards/socialCardImage.ts';
import { VERDICT_KEYS } from '../../src/lib/claims/verdicts.ts';

export interface CardCosts {
  firstMs: number;
  newMs: number;
  cachedMs: number;
}

/** Synthetic claims, worded like the site's own. */
const CLAIMS: Record<Locale, (i: number) => { title: string; claimant: string; siteName: string }> = {
  en: (i) => ({ title: `Did interceptions in synthetic report ${i} fall by more than the release says?`, claimant: 'Synthetic Publisher', siteName: 'NECII Fact Check' }),
  'zh-hant': (i) => ({ title: `第${i}份合成報告所述的截獲人數，跌幅是否大於新聞公報所說？`, claimant: 'Synthetic Publisher', siteName: 'NECII 事實查核' }),
};

export async function cardCosts(count = 50, locale: Locale = 'en'): Promise<CardCosts> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cards-'));
  try {
    const cache = openCardCache(dir, rendererFingerprint(), (line) => console.error(line));
    const cards = Array.from({ length: count }, (_, i) => claimCard({ ...CLAIMS[locale](i), verdict: VERDICT_KEYS[i % VERDICT_KEYS.length]!, locale }));
    const started = performance.now();
    await renderCard(cards[0]!); // Loads the renderer and fonts once, as a build does.
    const firstMs = performance.now() - started;
    const time = async () => {
      const started = performance.now();
      for (const card of cards) await cachedCard(card, cache, cardFingerprint(card), renderCard);
      return (performance.now() - started) / count;
    };
    return { firstMs, newMs: await time(), cachedMs: await time() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
