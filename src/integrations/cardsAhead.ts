import type { AstroIntegration } from 'astro';
import { claimCards } from '../lib/cards/claimCards.ts';
import { siteName } from '../lib/content/site.ts';
import { drawCardsAhead } from '../lib/cards/socialCardImage.ts';
import { whenChecked } from './contentCheck.ts';

/**
 * Draws the social cards (src/lib/cards/claimCards.ts) that are not in the build
 * cache as soon as the content check has passed, while Astro syncs,
 * bundles and renders the pages; the card route then finds each card drawn
 * (src/lib/cards/socialCardImage.ts). The renderer is native and draws off the main
 * thread, so on two cores the cards cost the build little of its time.
 * Listed after contentCheck() in astro.config.mjs.
 */
export function cardsAhead(): AstroIntegration {
  return {
    name: 'cards-ahead',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        whenChecked(({ claims, translations }) => {
          const started = performance.now();
          void drawCardsAhead(claimCards(claims, translations, siteName)).then((drawn) => {
            if (drawn) logger.info(`Drew ${drawn} new social cards in ${((performance.now() - started) / 1000).toFixed(1)} s, beside the build.`);
          });
        });
      },
    },
  };
}
