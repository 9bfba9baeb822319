/**
 * The built site in both languages: every English page has its Chinese twin
 * and back, each linked both ways with hreflang and through the language
 * switch; a Chinese fact check never differs from its English original on a
 * verdict, a figure or a citation; the Chinese feed, sitemap alternates and
 * ClaimReview say what they should.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadClaims } from '../../src/lib/check/claims.ts';
import { loadSources } from '../../src/lib/check/sources.ts';
import { verdictLabel } from '../../src/lib/claims/verdicts.ts';
import { DIST, ROOT } from '../helpers/deployment.ts';
import { distPages, readPage } from '../helpers/distPages.ts';

const pages = distPages().filter((p) => !p.redirectTo && p.rel !== '404.html');
const english = pages.filter((p) => !p.rel.startsWith('zh-hant/'));
const chinese = pages.filter((p) => p.rel.startsWith('zh-hant/'));
const twinOf = (rel: string) => (rel.startsWith('zh-hant/') ? rel.slice('zh-hant/'.length) : `zh-hant/${rel}`);
const $page = (rel: string): CheerioAPI => load(readFileSync(join(DIST, rel), 'utf8'));
const { claims } = loadClaims(ROOT, loadSources(ROOT).sources);

describe('two languages, one site', () => {
  it('gives every English page a Chinese twin, and every Chinese page an English one', () => {
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter((p) => !existsSync(join(DIST, twinOf(p.rel)))).map((p) => p.rel)).toEqual([]);
    expect(chinese.filter((p) => !existsSync(join(DIST, twinOf(p.rel)))).map((p) => p.rel)).toEqual([]);
    expect(chinese.length).toBe(english.length);
  });

  it.each(pages.map((p) => [p.rel, p] as const))('%s: its language, hreflang both ways with x-default, and a switch to its twin', (rel, page) => {
    const $ = load(readPage(page));
    const isChinese = rel.startsWith('zh-hant/');
    expect($('html').attr('lang')).toBe(isChinese ? 'zh-Hant-HK' : 'en');
    const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]').toArray().map((l) => [$(l).attr('hreflang'), $(l).attr('href')]));
    const englishUrl = new URL(isChinese ? page.url.replace('/zh-hant/', '/') : page.url, 'http://localhost:4321').href;
    const chineseUrl = new URL(isChinese ? page.url : page.url.replace(/^\//, '/zh-hant/'), 'http://localhost:4321').href;
    expect(alternates).toEqual({ en: englishUrl, 'zh-Hant-HK': chineseUrl, 'x-default': englishUrl });
    const twin = isChinese ? englishUrl : chineseUrl;
    const link = $('header nav.languages a');
    expect(link).toHaveLength(1);
    expect(new URL(link.attr('href')!, 'http://localhost:4321').href).toBe(twin);
    expect(link.attr('hreflang')).toBe(isChinese ? 'en' : 'zh-Hant-HK');
    // Named in both languages: the language's own name, and what it is in the page's language.
    expect(link.parent().text().replace(/\s+/g, ' ').trim()).toBe(isChinese ? 'English（英文）' : '繁體中文 (Traditional Chinese)');
  });

  it('writes dates the Hong Kong way on Chinese pages', () => {
    const $ = $page('zh-hant/claims/hkfp-803-arrested/index.html');
    expect($('time[datetime="2026-12-01"]').first().text()).toBe('2026年12月1日');
  });
});

describe('a Chinese fact check and its English original', () => {
  it.each([...claims.keys()])('%s: same verdict, figures and citations', (slug) => {
    const en = $page(`claims/${slug}/index.html`);
    const zh = $page(`zh-hant/claims/${slug}/index.html`);
    const claim = claims.get(slug)!;
    expect(zh('article').attr('data-verdict')).toBe(claim.data.verdict);
    expect(zh('.claim-verdict .verdict-label').first().text()).toBe(verdictLabel(claim.data.verdict, 'zh-hant'));
    // Every figure the page shows has the same value in both languages.
    const values = ($: CheerioAPI) => $('data.fig').toArray().map((d) => $(d).attr('value')).sort();
    expect([...new Set(values(zh))]).toEqual([...new Set(values(en))]);
    // The same paragraphs cited, with the same English words.
    // The same paragraphs cited (link targets without the highlighted words, which follow each quote's own wording).
    const cited = ($: CheerioAPI) => [...new Set($('.prose a.cite-ref').toArray().map((a) => $(a).attr('href')!.split(':~:')[0]!.replace('/zh-hant/', '/')))].sort();
    expect(cited(zh)).toEqual(cited(en));
    // The claimant's words stay in English, with the site's translation marked as ours.
    expect(zh('.claim-statement blockquote').attr('lang')).toBe('en');
    expect(zh('.claim-statement blockquote').text().trim()).toBe(claim.data.claim);
    expect(zh('.claim-statement .rendering .muted').text()).toBe('本網站譯文：');
  });

  it('carries ClaimReview with the language, the Chinese rating name and the original\'s rating', () => {
    for (const slug of claims.keys()) {
      const review = (rel: string) => JSON.parse($page(rel)('script[type="application/ld+json"]').text()) as { inLanguage: string; reviewRating: { ratingValue: number; alternateName: string } };
      const en = review(`claims/${slug}/index.html`);
      const zh = review(`zh-hant/claims/${slug}/index.html`);
      expect(en.inLanguage).toBe('en');
      expect(zh.inLanguage).toBe('zh-Hant-HK');
      expect(zh.reviewRating.ratingValue).toBe(en.reviewRating.ratingValue);
      expect(zh.reviewRating.alternateName).toBe(verdictLabel(claims.get(slug)!.data.verdict, 'zh-hant'));
    }
  });
});

describe('feeds and sitemap in both languages', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

  it('publishes a Chinese Atom feed of the translated checks, linked from every Chinese page', () => {
    const feed = parser.parse(readFileSync(join(DIST, 'zh-hant', 'feed.xml'), 'utf8')).feed;
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(claims.size);
    expect(entries.every((e: { link: { href: string } }) => e.link.href.includes('/zh-hant/claims/'))).toBe(true);
    expect(entries.some((e: { title: string }) => /^無從證實：/.test(e.title))).toBe(true);
    expect($page('zh-hant/index.html')('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe('http://localhost:4321/zh-hant/feed.xml');
  });

  it('lists both languages in the sitemap, each page with its alternates', () => {
    const urls = [parser.parse(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).urlset.url].flat() as { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[];
    const claim = urls.find((u) => u.loc === 'http://localhost:4321/zh-hant/claims/hkfp-803-arrested/')!;
    expect(claim['xhtml:link']!.map((l) => `${l.hreflang} ${l.href}`).sort()).toEqual([
      'en http://localhost:4321/claims/hkfp-803-arrested/',
      'x-default http://localhost:4321/claims/hkfp-803-arrested/',
      'zh-Hant-HK http://localhost:4321/zh-hant/claims/hkfp-803-arrested/',
    ]);
    expect(urls.filter((u) => u.loc.includes('/zh-hant/')).length).toBe(urls.filter((u) => !u.loc.includes('/zh-hant/')).length);
  });
});
