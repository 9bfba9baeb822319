/**
 * The text of built pages, as a reader sees it. Pages are discovered by
 * walking dist/, so a new page is covered without being listed here.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { findDoubledWords } from '../src/lib/text/doubledWords.ts';
import { sentences, wordCount } from '../src/lib/text/sentences.ts';
import { BASE, distPages, isUnder, readPage } from './helpers/distPages.ts';
import { blockTexts } from './helpers/pageText.ts';

const pages = distPages();

describe('built text', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s has no doubled word', (_url, page) => {
    const doubled = blockTexts(readPage(page)).flatMap(findDoubledWords);
    expect(doubled.map((d) => `"${d.word} ${d.word}" in "…${d.context}…"`)).toEqual([]);
  });
});

/** Longest sentence of the site's own words on a fact-check page; a quotation counts as one word. */
const MAX_WORDS = 40;
const written = pages.filter((p) => !p.redirectTo && (isUnder(p.url, 'claims') || p.url === `${BASE}background/`));

describe(`sentences of at most ${MAX_WORDS} words`, () => {
  it('covers every claim page and the background page', () => {
    expect(written.length).toBeGreaterThan(2);
  });

  it.each(written.map((p) => [p.url, p] as const))('%s: summary and explanation', (_url, page) => {
    const $ = load(readPage(page));
    $('q.quote').replaceWith('“…”');
    $('a.cite-ref').remove();
    const text = $('.claim-verdict .summary, .prose p, .prose li').map((_, el) => $(el).text()).get();
    const long = text.flatMap(sentences).filter((s) => wordCount(s) > MAX_WORDS).map((s) => `${wordCount(s)} words: ${s}`);
    expect(long).toEqual([]);
  });
});
