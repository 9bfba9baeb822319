/**
 * sitemap.xml and robots.txt (issue 8). The sitemap is written from the
 * built pages themselves (src/integrations/hostHeaders.ts), so a page added
 * later is listed without anyone remembering to; redirect pages (a renamed
 * claim's old address) and the 404 page are left out. Each page lists its
 * twins in the other languages, as Google's sitemap hreflang extension reads them.
 */
import { escapeXml } from './xml.ts';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** YYYY-MM-DD, when known. */
  lastmod?: string;
  /** The same page in every language, `x-default` included, as the page's own hreflang links give them. */
  alternates?: readonly { hreflang: string; href: string }[];
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

/** 'index.html' → '', 'claims/x/index.html' → 'claims/x/', 'a.html' → 'a.html'. */
export const pathOfHtml = (rel: string) => rel.replace(/(^|\/)index\.html$/, '$1');

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const sorted = [...entries].sort((a, b) => a.loc.localeCompare(b.loc));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...sorted.map((e) => {
      const alternates = (e.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`).join('');
      return `  <url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}${alternates}</url>`;
    }),
    '</urlset>',
    '',
  ].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap by its full URL, as the format requires. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
