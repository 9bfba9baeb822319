import { getEntry } from 'astro:content';
import type { AstroGlobal } from 'astro';
import { claimSlugFromPath, figuresOfClaim } from '../../lib/claims/claimFigures.ts';
import type { ComputedFigure } from '../../lib/claims/figures.ts';
import type { Locale } from '../../i18n/locales.ts';

/**
 * The figure `id` of the claim being rendered. Components in MDX do not get
 * the page's props, so the claim is found from the page URL.
 */
export async function figureForPage(astro: AstroGlobal, id: string, locale: Locale): Promise<ComputedFigure> {
  const slug = claimSlugFromPath(astro.url.pathname);
  const entry = slug ? await getEntry('claims', slug) : undefined;
  const figure = entry && figuresOfClaim(entry.id, entry.data.figures, locale).get(id);
  if (!figure) throw new Error(`Figure "${id}" is not defined for ${astro.url.pathname}. Run npm run check.`);
  return figure;
}
