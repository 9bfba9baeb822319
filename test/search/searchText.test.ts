/**
 * Unit tests for the search's pure functions (issue 5): number forms for the
 * index, query normalisation, excerpts and paragraph sub-results, and the
 * HTML Pagefind is given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/deployment.ts';
import { parseParagraphs } from '../../src/lib/sources/paragraphs.ts';
import { htmlForIndex } from '../../src/lib/search/searchIndexHtml.ts';
import { excerptOf, isSitePath, pageExcerpt, paragraphMatches, indexedWords, searchOnlyMask, type PagefindFragment, type Segment } from '../../src/lib/search/searchResults.ts';
import { isSearchable, MAX_QUERY_LENGTH, normaliseQuery, searchableNumberForms, SEARCH_ONLY_MARK, withCommas } from '../../src/lib/search/searchText.ts';

const text = (segments: Segment[]) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('searchableNumberForms', () => {
  it('gives the joined and comma forms of a number grouped with spaces or no-break spaces', () => {
    expect(searchableNumberForms('interception of over 67 000 NECIIs')).toEqual(['67000', '67,000']);
    expect(searchableNumberForms('over 67\u00a0000 NECIIs')).toEqual(['67000', '67,000']);
    expect(searchableNumberForms('over 67\u202f000 and 3\u2009400 persons')).toEqual(['67000', '67,000', '3400', '3,400']);
  });

  it('adds only what the text does not already write', () => {
    expect(searchableNumberForms('More than 67,600 illegal immigrants')).toEqual(['67600']);
    expect(searchableNumberForms('67,000 (67000)')).toEqual([]);
    expect(searchableNumberForms('67 000 or 67,000')).toEqual(['67000']);
  });

  it('handles several groups, and lists each form once', () => {
    expect(searchableNumberForms('1,234,567 and again 1 234 567')).toEqual(['1234567']);
    expect(searchableNumberForms('67,000 then 67,000')).toEqual(['67000']);
  });

  it('leaves plain numbers, years, decimals and non-groups alone', () => {
    expect(searchableNumberForms('a total of 837 NECIIs in 2017, down 59.5 per cent')).toEqual([]);
    expect(searchableNumberForms('in 2016 837 people')).toEqual([]);
    expect(searchableNumberForms('1,234.5 units')).toEqual([]);
    expect(searchableNumberForms('12,34 and 1,2345')).toEqual([]);
    expect(searchableNumberForms('')).toEqual([]);
  });

  it('gives a joined form for every number the archived sources group with spaces', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'seeds', 'manifest.json'), 'utf8')) as Record<string, string>;
    const all = Object.keys(manifest).flatMap((f) => parseParagraphs(readFileSync(join(ROOT, 'seeds', f), 'utf8')).map((p) => p.text));
    expect(all.length).toBeGreaterThan(50);
    const spaced = all.flatMap((t) => [...t.matchAll(/(?<![\d.,])\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)/g)].map((m) => ({ t, digits: m[0].replace(/\D/g, '') })));
    expect(spaced.map((s) => s.digits), 'the press release writes 67 000').toContain('67000');
    for (const { t, digits } of spaced) expect(searchableNumberForms(t)).toContain(digits);
    expect(all.filter((t) => t.includes(SEARCH_ONLY_MARK)), `no source may contain ${SEARCH_ONLY_MARK}`).toEqual([]);
  });

  it('withCommas groups digits in threes', () => {
    expect(withCommas('67000')).toBe('67,000');
    expect(withCommas('1234567')).toBe('1,234,567');
    expect(withCommas('837')).toBe('837');
  });
});

describe('normaliseQuery', () => {
  it('removes separators between digit groups, however written', () => {
    for (const q of ['67,000', '67 000', '67\u00a0000', '67\u202f000', '67000', '６７,０００']) expect(normaliseQuery(q)).toBe('67000');
    expect(normaliseQuery('over 3,470 people')).toBe('over 3470 people');
  });

  it('keeps words, names and lone numbers as typed, with white space collapsed', () => {
    expect(normaliseQuery('  Yin   Chengjun ')).toBe('Yin Chengjun');
    expect(normaliseQuery('NECII')).toBe('NECII');
    expect(normaliseQuery('837')).toBe('837');
    expect(normaliseQuery('2016 837')).toBe('2016 837');
  });

  it(`cuts the query at ${MAX_QUERY_LENGTH} characters`, () => {
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('knows when there is nothing to search', () => {
    expect(isSearchable(normaliseQuery('!!! ??? …'))).toBe(false);
    expect(isSearchable(normaliseQuery('""'))).toBe(false);
    expect(isSearchable('😀')).toBe(false);
    expect(isSearchable('<img src=x onerror=alert(1)>')).toBe(true);
    expect(isSearchable('837')).toBe(true);
    expect(isSearchable('香港')).toBe(true);
  });
});

const wordsIn = (content: string) => indexedWords({ content }).words;

describe('excerpts', () => {
  const content = `Title. Some words before. over 67 000 NECIIs. ${SEARCH_ONLY_MARK} 67000 67,000 ${SEARCH_ONLY_MARK}. Next paragraph here.`;
  const words = wordsIn(content);
  const hidden = searchOnlyMask(words);
  const at = (w: string) => words.indexOf(w);

  it('masks the search-only words and their brackets, even with a full stop attached', () => {
    expect(words.filter((_, i) => hidden[i])).toEqual([SEARCH_ONLY_MARK, '67000', '67,000', `${SEARCH_ONLY_MARK}.`]);
  });

  it('never shows search-only words, and highlights the visible number they stand for', () => {
    const segments = excerptOf(words, hidden, [at('67000')]);
    expect(text(segments)).toBe('Title. Some words before. over [67 000] NECIIs. Next paragraph here.');
    expect(text(segments)).not.toContain(SEARCH_ONLY_MARK);
  });

  it('highlights a hit without its punctuation, and runs of hits as one', () => {
    const w = wordsIn('said "Yin Chengjun, an official", (NECIIs) and 837.');
    const hits = [1, 2, 5, 7];
    expect(text(excerptOf(w, searchOnlyMask(w), hits))).toBe('said "[Yin Chengjun], an official", ([NECIIs]) and [837].');
  });

  it('marks direct hits and adds ellipses where it cuts', () => {
    const long = wordsIn(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
    const segments = excerptOf(long, searchOnlyMask(long), [50], { from: 0, to: long.length, length: 10 });
    expect(text(segments)).toBe('… w44 w45 w46 w47 w48 w49 [w50] w51 w52 w53 …');
  });

  it('keeps text as text: markup in the index is never interpreted', () => {
    const w = wordsIn('a <img src=x onerror=alert(1)> b');
    expect(excerptOf(w, searchOnlyMask(w), [1])).toEqual([{ text: 'a ' }, { text: '<img', mark: true }, { text: ' src=x onerror=alert(1)> b' }]);
  });
});

describe('excerpts of Chinese pages', () => {
  // As Pagefind stores a Chinese page: its segments separated by U+200B in raw_content (< and > escaped), content without them.
  const raw = ['事實', '查核', '. ', '香港', '警方', '在', '香港', '截獲', '或', '識別', '的', '837', '名', '&lt;人&gt;', '。 ', '⁂ ', '837 ', '⁂'].join('\u200b');
  const fragment: PagefindFragment = {
    url: '/zh-hant/claims/x/',
    content: raw.replaceAll('\u200b', '').replaceAll('&lt;', '<').replaceAll('&gt;', '>'),
    raw_content: raw,
    meta: {},
    filters: {},
    anchors: [],
    locations: [7],
  };

  it('numbers the words as Pagefind segmented them, and joins them without spaces', () => {
    const { words, joiner } = indexedWords(fragment);
    expect(words[7]).toBe('截獲');
    expect(words[13]).toBe('<人>');
    expect(joiner).toBe('');
  });

  it('highlights the word that matched, not the word at that place in a space-separated reading', () => {
    expect(text(pageExcerpt(fragment))).toBe('事實查核. 香港警方在香港[截獲]或識別的837名<人>。 ');
  });

  it('leaves out the search-only words there too', () => {
    expect(text(pageExcerpt({ ...fragment, locations: [16] }))).not.toContain('⁂');
  });
});

describe('paragraphMatches', () => {
  const fragment: PagefindFragment = {
    url: '/factcheck/sources/x/',
    content: 'Source title. Publisher. First paragraph about Yin. Second says Yin Chengjun spoke. Third has 837 NECIIs.',
    meta: { title: 'Source title' },
    filters: { type: ['source'] },
    anchors: [
      { element: 'h1', id: 'top', location: 0 },
      { element: 'li', id: 'p1', location: 3 },
      { element: 'li', id: 'p2', location: 7 },
      { element: 'li', id: 'p3', location: 12 },
    ],
    locations: [6, 9, 10],
    weighted_locations: [
      { location: 6, weight: 1, balanced_score: 10 },
      { location: 9, weight: 1, balanced_score: 10 },
      { location: 10, weight: 1, balanced_score: 30 },
    ],
  };

  it('finds the paragraphs holding hits, best first, each linking to #pN', () => {
    const matches = paragraphMatches(fragment);
    expect(matches.map((m) => [m.id, m.n, m.url])).toEqual([
      ['p2', 2, '/factcheck/sources/x/#p2'],
      ['p1', 1, '/factcheck/sources/x/#p1'],
    ]);
    expect(text(matches[0]!.excerpt)).toBe('Second says [Yin Chengjun] spoke.');
    expect(text(matches[1]!.excerpt)).toBe('First paragraph about [Yin].');
  });

  it('gives nothing for pages without paragraph anchors; the page excerpt covers them', () => {
    const claim = { ...fragment, anchors: [{ element: 'h2', id: 'sources-heading', location: 3 }] };
    expect(paragraphMatches(claim)).toEqual([]);
    expect(text(pageExcerpt(claim))).toContain('[Yin]');
  });
});

describe('isSitePath', () => {
  it('accepts paths on this site only', () => {
    expect(isSitePath('/sources/x/#p9')).toBe(true);
    expect(isSitePath('/factcheck/claims/y/')).toBe(true);
    for (const bad of ['//evil.example/', 'javascript:alert(1)', 'https://evil.example/', ' /x', '/\\evil', 'x/']) expect(isSitePath(bad)).toBe(false);
  });
});

describe('htmlForIndex', () => {
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>67 000 in nav</nav><article data-pagefind-body>${body}</article></body></html>`;

  it('adds the number forms inside the block that writes the number, between marks', () => {
    const $ = load(htmlForIndex(page('<ol><li id="p7"><a class="pnum" data-pagefind-ignore href="#p7">7</a><p>over 67\u00a0000 NECIIs</p></li></ol>'))!);
    expect($('#p7 p').text()).toBe(`over 67\u00a0000 NECIIs ${SEARCH_ONLY_MARK} 67000 67,000 ${SEARCH_ONLY_MARK} `);
    expect($('nav').text()).toBe('67 000 in nav');
  });

  it('puts a heading’s forms after it, so result titles stay as written', () => {
    const $ = load(htmlForIndex(page('<h1>Over 67,000 caught?</h1><p>text</p>'))!);
    expect($('h1').text()).toBe('Over 67,000 caught?');
    expect($('h1').next().text()).toContain('67000');
  });

  it('skips ignored content, and does not index pages without data-pagefind-body', () => {
    expect(load(htmlForIndex(page('<p data-pagefind-ignore>67 000</p>'))!)('p').text()).toBe('67 000');
    const plain = '<!doctype html><html><body><main><p>67 000</p></main></body></html>';
    expect(htmlForIndex(plain, '/claims/old-name/')).toBeNull();
    expect(htmlForIndex(plain, '/charts/')).toBeNull();
  });

  it('indexes a chart page’s <main> as type chart when the page does not mark its content', () => {
    const $ = load(htmlForIndex('<!doctype html><html><body><nav>n</nav><main><h1>Decline</h1><p>from 3 800 to 837</p></main></body></html>', '/charts/monthly-decline/')!);
    expect($('main').attr('data-pagefind-body')).toBe('');
    expect($('main').attr('data-pagefind-filter')).toBe('type:chart');
    expect($('main p').text()).toContain('3800');
  });
});
