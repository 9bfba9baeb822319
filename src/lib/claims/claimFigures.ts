import type { Locale } from '../../i18n/locales.ts';
import { computeFigures, type ComputedFigure } from './figures.ts';
import type { FigureSpec } from '../content/schema.ts';

const cache = new Map<string, Map<string, ComputedFigure>>();

/** A claim's computed figures, with their working in `locale`, computed once per claim and language per build. */
export function figuresOfClaim(slug: string, specs: readonly FigureSpec[], locale: Locale = 'en'): Map<string, ComputedFigure> {
  let figures = cache.get(`${locale}/${slug}`);
  if (!figures) {
    figures = computeFigures(specs, locale).figures;
    cache.set(`${locale}/${slug}`, figures);
  }
  return figures;
}

/** The claim slug of a claim page path, whatever the deployment base: `/base/claims/x/` → `x`. */
export function claimSlugFromPath(pathname: string): string | null {
  return /\/claims\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null;
}
