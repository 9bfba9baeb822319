/**
 * The social-card costs `npm run bench` reports: milliseconds to draw a new
 * card and to serve a cached one, over `count` distinct claim cards, with the
 * renderer and cache the build uses (src/lib/socialCardImage.ts,
 * src/lib/cardCache.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedCard, openCardCache } from '../../src/lib/cardCache.ts';
import { claimCard } from '../../src/lib/socialCard.ts';
import { renderCard, rendererFingerprint } from '../../src/lib/socialCardImage.ts';
import { VERDICT_KEYS } from '../../src/lib/verdicts.ts';

export interface CardCosts {
  newMs: number;
  cachedMs: number;
}

export async function cardCosts(count = 50): Promise<CardCosts> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cards-'));
  try {
    const cache = openCardCache(dir, rendererFingerprint(), (line) => console.error(line));
    const cards = Array.from({ length: count }, (_, i) =>
      claimCard({ title: `Did interceptions in synthetic report ${i} fall by more than the release says?`, verdict: VERDICT_KEYS[i % VERDICT_KEYS.length]!, claimant: 'Synthetic Publisher', siteName: 'NECII Fact Check', locale: 'en' }),
    );
    await renderCard(cards[0]!); // Loads the renderer and fonts once, as a build does.
    const time = async () => {
      const started = performance.now();
      for (const card of cards) await cachedCard(card, cache, rendererFingerprint(), renderCard);
      return (performance.now() - started) / count;
    };
    return { newMs: await time(), cachedMs: await time() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
