import { computeFigures, type ComputedFigure } from './figures.ts';
import type { FigureSpec } from './schema.ts';

const cache = new Map<string, Map<string, ComputedFigure>>();

/** A claim's computed figures, computed once per claim per build. */
export function figuresOfClaim(slug: string, specs: readonly FigureSpec[]): Map<string, ComputedFigure> {
  let figures = cache.get(slug);
  if (!figures) {
    figures = computeFigures(specs).figures;
    cache.set(slug, figures);
  }
  return figures;
}

/** The claim slug of a claim page path, whatever the deployment base: `/base/claims/x/` → `x`. */
export function claimSlugFromPath(pathname: string): string | null {
  return /\/claims\/([^/]+)\/?$/.exec(pathname)?.[1] ?? null;
}
