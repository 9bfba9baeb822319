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

/** 'index.html' → '', 'claims/x/index.html' → 'claims/x/', 'a.html' → 'a.html'. */
export const pathOfHtml = (rel: string) => rel.replace(/(^|\/)index\.html$/, '$1');

const lastmodXml = (lastmod: string | undefined) => (lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : '');
const urlXml = (e: SitemapEntry) => {
  const alternates = (e.alternates ?? []).map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`).join('');
  return `  <url><loc>${escapeXml(e.loc)}</loc>${lastmodXml(e.lastmod)}${alternates}</url>`;
};
const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
const URLSET_OPEN = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';
const urlset = (lines: readonly string[]) => [XML_DECLARATION, URLSET_OPEN, ...lines, '</urlset>', ''].join('\n');
const byLoc = (a: SitemapEntry, b: SitemapEntry) => a.loc.localeCompare(b.loc);

/** What the sitemap protocol allows in one file: 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed (sitemaps.org). */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 52_428_800 };

/** `sitemap.xml`, and the numbered files a sitemap index lists. */
export const isSitemapFile = (rel: string) => /^sitemap(-\d+)?\.xml$/.test(rel);

export interface SitemapFile {
  /** File name at the root of the site. */
  name: string;
  xml: string;
}

/**
 * The site's sitemap: `sitemap.xml` listing every entry while they fit in one
 * file; past the protocol's limits, `sitemap.xml` becomes a sitemap index of
 * `sitemap-1.xml`, `sitemap-2.xml`, …, each within the limits, so robots.txt
 * and search consoles keep the same address whatever the archive's size.
 * `home` is the site's root URL (with its base path); an index gives each
 * file the latest lastmod of the pages it lists.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], home: URL, limits = SITEMAP_LIMITS): SitemapFile[] {
  const sorted = [...entries].sort(byLoc);
  const frame = Buffer.byteLength(urlset([]));
  const chunks: { lines: string[]; lastmod?: string }[] = [];
  let chunk: (typeof chunks)[number] = { lines: [] };
  let bytes = frame;
  for (const entry of sorted) {
    const line = urlXml(entry);
    const size = Buffer.byteLength(line) + 1;
    if (frame + size > limits.bytes) throw new Error(`The sitemap entry for ${entry.loc} alone is over ${limits.bytes} bytes.`);
    if (chunk.lines.length === limits.urls || bytes + size > limits.bytes) {
      chunks.push(chunk);
      chunk = { lines: [] };
      bytes = frame;
    }
    chunk.lines.push(line);
    // lastmods are dates (YYYY-MM-DD), so the latest is the greatest string.
    if (entry.lastmod && (!chunk.lastmod || entry.lastmod > chunk.lastmod)) chunk.lastmod = entry.lastmod;
    bytes += size;
  }
  chunks.push(chunk);
  if (chunks.length === 1) return [{ name: 'sitemap.xml', xml: urlset(chunk.lines) }];
  const name = (i: number) => `sitemap-${i + 1}.xml`;
  const index = [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...chunks.map(({ lastmod }, i) => `  <sitemap><loc>${escapeXml(new URL(name(i), home).href)}</loc>${lastmodXml(lastmod)}</sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [{ name: 'sitemap.xml', xml: index }, ...chunks.map(({ lines }, i) => ({ name: name(i), xml: urlset(lines) }))];
}

/** robots.txt: everything may be crawled; the sitemap by its full URL, as the format requires. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
