/** Unit tests for the Atom feed, the sitemap and robots.txt builders (src/lib/publishing/feed.ts, src/lib/publishing/sitemap.ts). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ClaimLike } from '../src/lib/claims/claims.ts';
import { atomFeed, entryTitle, feedOrder } from '../src/lib/publishing/feed.ts';
import type { Claim } from '../src/lib/content/schema.ts';
import { isListedPage, pathOfHtml, robotsTxt, sitemapXml } from '../src/lib/publishing/sitemap.ts';
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

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'category', 'url', 'link'].includes(name) });

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

  it('robots.txt points at the sitemap by its full URL', () => {
    expect(robotsTxt('https://x.org/factcheck/sitemap.xml')).toMatch(/^User-agent: \*\n[\s\S]*\nSitemap: https:\/\/x\.org\/factcheck\/sitemap\.xml\n$/);
  });
});
