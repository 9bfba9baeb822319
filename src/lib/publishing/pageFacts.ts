/**
 * What the host files (sitemap.xml and `_headers`, src/integrations/hostHeaders.ts)
 * need to know of one built page, read from its HTML. The search staging
 * reads every page that changed anyway, so it takes these facts at the same
 * time and keeps them between builds (src/lib/search/searchStaging.ts): the
 * host files then read no page themselves.
 */
// Only the type: the schema (and zod with it) stays out of the search
// staging's worker threads, which take each page's facts.
import type { PageFacts } from './pageFactsSchema.ts';

export type { PageFacts };

/** The content of a page's <meta http-equiv="Content-Security-Policy">, if any. */
export function metaCspOf(html: string): string | undefined {
  for (const tag of html.match(/<meta\s[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
    const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return (content[1] ?? content[2])!.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  }
  return undefined;
}

/** A built page's `<link rel="alternate" hreflang="…" href="…">` links. */
export function hreflangLinks(html: string): { hreflang: string; href: string }[] {
  return [...html.matchAll(/<link\b[^>]*>/g)].flatMap(([tag]) => {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
    const hreflang = attr('hreflang');
    const href = attr('href');
    return attr('rel') === 'alternate' && hreflang && href ? [{ hreflang, href }] : [];
  });
}

/** Whether a built HTML file is a page to list: not the 404 page, a redirect or a noindex page. */
export function isListedPage(rel: string, html: string): boolean {
  if (rel === '404.html' || rel.endsWith('/404.html')) return false;
  if (/<meta\s[^>]*http-equiv=["']?refresh/i.test(html)) return false;
  if (/<meta\s[^>]*name=["']?robots["']?[^>]*noindex/i.test(html)) return false;
  return true;
}

const MODIFIED = /<meta\s[^>]*property=["']article:modified_time["'][^>]*content=["'](\d{4}-\d{2}-\d{2})/i;

/** The facts of the page at `rel` (its path under the site, with `/`) whose HTML is `html`. */
export function pageFactsOf(rel: string, html: string): PageFacts {
  const lastmod = MODIFIED.exec(html)?.[1];
  return {
    csp: metaCspOf(html) ?? null,
    listed: isListedPage(rel, html),
    ...(lastmod ? { lastmod } : {}),
    alternates: hreflangLinks(html),
  };
}
