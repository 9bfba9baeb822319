/** Unit tests for the Atom feed, the sitemap and robots.txt builders (src/lib/publishing/feed.ts, src/lib/publishing/sitemap.ts). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ClaimLike } from '../src/lib/claims/claims.ts';
import { atomFeed, entryTitle, feedOrder } from '../src/lib/publishing/feed.ts';
import type { Claim } from '../src/lib/content/schema.ts';
import { isListedPage } from '../src/lib/publishing/pageFacts.ts';
import { isSitemapFile, pathOfHtml, robotsTxt, SITEMAP_LIMITS, sitemapFiles, type SitemapEntry } from '../src/lib/publishing/sitemap.ts';
import { escapeXml } from '../src/lib/publishing/xml.ts';

const claim = (id: string, data: Partial<Claim>): ClaimLike => ({
  id,
  data: {
    title: `Title ${id}`, claim: 'Words', claimant: 'Outlet', verdict: 'accurate', summary: 'Yes.',
    published: '2024-01-01', tags: [], corrections: [], aliases: [], figures: [],
    appearance: { source: 's', p: 1 },
    ...data,
  } as Claim,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'category', 'url', 'link', 'sitemap'].includes(name) });

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });
});

describe('atomFeed', () => {
  const claims = [
    claim('old', { published: '2023-05-01', verdict: 'inaccurate' }),
    claim('updated', { published: '2023-01-01', updated: '2024-03-01', verdict: 'misleading', tags: ['numbers'] }),
    claim('new', { published: '2024-02-01', title: 'Did <b>"R&D"</b> spend rise?', summary: 'Yes & no <i>.', claimant: 'A & B' }),
  ];
  const xml = atomFeed({
    feedUrl: 'https://example.org/factcheck/feed.xml',
    siteUrl: 'https://example.org/factcheck/',
    title: 'Site & Co',
    subtitle: 'About <things>',
    claims,
    claimUrl: (slug) => `https://example.org/factcheck/claims/${slug}/`,
    locale: 'en',
  });

  it('is well-formed XML with escaped text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toBe('Site & Co');
    expect(xml).not.toContain('<b>');
    const entry = feed.entry.find((e: { id: string }) => e.id.endsWith('/new/'));
    expect(entry.title).toBe('Accurate: Did <b>"R&D"</b> spend rise?');
    expect(entry.summary['#text']).toBe('Accurate. Yes & no <i>. Claim by A & B: “Words”');
  });

  it('lists every claim newest first by updated, else published, with the verdict in the title and a category', () => {
    const feed = parser.parse(xml).feed;
    expect(feed.entry.map((e: { id: string }) => e.id.split('/').at(-2))).toEqual(['updated', 'new', 'old']);
    expect(feed.updated).toBe('2024-03-01T00:00:00Z');
    const updated = feed.entry[0];
    expect(updated.title).toBe('Misleading: Title updated');
    expect(updated.published).toBe('2023-01-01T00:00:00Z');
    expect(updated.updated).toBe('2024-03-01T00:00:00Z');
    expect(updated.category.map((c: Record<string, string>) => c['@term'])).toEqual(['misleading', 'numbers']);
    expect(updated.category[0]['@label']).toBe('Misleading');
    expect(updated.link[0]['@href']).toBe('https://example.org/factcheck/claims/updated/');
    expect(feed.link.map((l: Record<string, string>) => l['@rel'])).toEqual(['self', 'alternate']);
  });

  it('orders ties by published date, then title', () => {
    const tied = [claim('b', { published: '2024-01-01' }), claim('a', { published: '2024-01-01' }), claim('c', { published: '2023-01-01', updated: '2024-01-01' })];
    expect(feedOrder(tied).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(entryTitle(tied[0]!, 'en')).toBe('Accurate: Title b');
  });

  it('is still valid with no claims', () => {
    const empty = atomFeed({ feedUrl: 'https://x/feed.xml', siteUrl: 'https://x/', title: 't', subtitle: 's', claims: [], claimUrl: (s) => s, locale: 'en' });
    expect(XMLValidator.validate(empty)).toBe(true);
  });
});

describe('sitemap', () => {
  const home = new URL('https://x.org/factcheck/');
  /** The site's sitemap while it fits in one file. */
  const sitemapXml = (entries: Parameters<typeof sitemapFiles>[0]) => {
    const [only, ...more] = sitemapFiles(entries, home);
    expect(more).toEqual([]);
    return only!.xml;
  };

  it('lists the given URLs, sorted, with lastmod where known, as valid XML', () => {
    const xml = sitemapXml([{ loc: 'https://x.org/b/?a=1&b=2' }, { loc: 'https://x.org/', lastmod: '2024-01-02' }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = parser.parse(xml).urlset.url;
    expect(urls).toEqual([{ loc: 'https://x.org/', lastmod: '2024-01-02' }, { loc: 'https://x.org/b/?a=1&b=2' }]);
  });

  it('leaves out the 404 page, redirect pages and noindex pages', () => {
    expect(isListedPage('claims/a/index.html', '<html><head><title>x</title></head></html>')).toBe(true);
    expect(isListedPage('404.html', '<html></html>')).toBe(false);
    expect(isListedPage('claims/old/index.html', '<meta http-equiv="refresh" content="0; url=/claims/new/">')).toBe(false);
    expect(isListedPage('x/index.html', '<meta name="robots" content="noindex">')).toBe(false);
    expect(pathOfHtml('index.html')).toBe('');
    expect(pathOfHtml('claims/a/index.html')).toBe('claims/a/');
  });

  const pages = (n: number) => Array.from({ length: n }, (_, i) => ({ loc: `https://x.org/factcheck/p${String(i).padStart(3, '0')}/`, lastmod: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }));
  const locsOf = (xml: string): string[] => parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc);

  it('is one sitemap.xml while the pages fit the protocol\'s limits', () => {
    const files = sitemapFiles(pages(3).reverse(), home);
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml']);
    expect(locsOf(files[0]!.xml)).toEqual(pages(3).map((e) => e.loc));
  });

  it('past the URL limit, sitemap.xml becomes an index of numbered files, each within the limit, together listing every page once', () => {
    const entries = pages(7).reverse();
    const files = sitemapFiles(entries, home, { urls: 3, bytes: SITEMAP_LIMITS.bytes });
    expect(files.map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    for (const f of files) expect(XMLValidator.validate(f.xml), f.name).toBe(true);
    const index = parser.parse(files[0]!.xml).sitemapindex.sitemap as { loc: string; lastmod: string }[];
    expect(index.map((s) => s.loc)).toEqual(['https://x.org/factcheck/sitemap-1.xml', 'https://x.org/factcheck/sitemap-2.xml', 'https://x.org/factcheck/sitemap-3.xml']);
    const listed = files.slice(1).map((f) => locsOf(f.xml));
    expect(listed.map((l) => l.length)).toEqual([3, 3, 1]);
    expect(listed.flat()).toEqual(pages(7).map((e) => e.loc));
    // Each file's lastmod in the index is the latest of its pages'.
    expect(index.map((s) => s.lastmod)).toEqual(['2024-01-03', '2024-01-06', '2024-01-07']);
    expect(files.every((f) => isSitemapFile(f.name))).toBe(true);
    expect(isSitemapFile('claims/sitemap.xml')).toBe(false);
  });

  it('past the byte limit, no file is over it', () => {
    const entries = pages(10);
    const limit = Buffer.byteLength(sitemapXml(entries.slice(0, 4)));
    const files = sitemapFiles(entries, home, { urls: SITEMAP_LIMITS.urls, bytes: limit });
    expect(files.length).toBe(4);
    for (const f of files.slice(1)) expect(Buffer.byteLength(f.xml)).toBeLessThanOrEqual(limit);
    expect(files.slice(1).flatMap((f) => locsOf(f.xml))).toEqual(entries.map((e) => e.loc));
  });

  it('holds 50,000 URLs in one file and no more, as sitemaps.org sets', () => {
    const urls = (n: number): SitemapEntry[] => Array.from({ length: n }, (_, i) => ({ loc: `https://x.org/factcheck/q${i}/` }));
    expect(sitemapFiles([...pages(1), ...urls(49_999)], home).length).toBe(1);
    expect(sitemapFiles(urls(50_001), home).map((f) => f.name)).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
  });

  it('robots.txt points at the sitemap by its full URL', () => {
    expect(robotsTxt('https://x.org/factcheck/sitemap.xml')).toMatch(/^User-agent: \*\n[\s\S]*\nSitemap: https:\/\/x\.org\/factcheck\/sitemap\.xml\n$/);
  });
});
