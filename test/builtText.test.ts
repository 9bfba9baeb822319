/**
 * The text of every built page, as a reader sees it. Pages are discovered by
 * walking dist/, so a new page is covered without being listed here.
 */
import { describe, expect, it } from 'vitest';
import { findDoubledWords } from '../src/lib/doubledWords.ts';
import { distPages, readPage } from './helpers/distPages.ts';
import { blockTexts } from './helpers/pageText.ts';

const pages = distPages();

describe('built text', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s has no doubled word', (_url, page) => {
    const doubled = blockTexts(readPage(page)).flatMap(findDoubledWords);
    expect(doubled.map((d) => `"${d.word} ${d.word}" in "…${d.context}…"`)).toEqual([]);
  });
});
