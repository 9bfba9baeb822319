import { describe, expect, it } from 'vitest';
import { findDoubledWords } from '../src/lib/text/doubledWords.ts';
import { blockTexts } from './helpers/pageText.ts';

const words = (text: string) => findDoubledWords(text).map((d) => d.word);

describe('findDoubledWords', () => {
  it('finds a unit printed twice after a computed figure', () => {
    expect(words('That leaves 11 months months, all of them in 2016.')).toEqual(['months']);
  });

  it('finds a doubled word whatever its case, across any white space', () => {
    expect(words('The the release')).toEqual(['The']);
    expect(words('in\nin Hong Kong')).toEqual(['in']);
    expect(words('of\u00a0of 2016')).toEqual(['of']);
  });

  it('finds every doubling in a text', () => {
    expect(words('a a b c c')).toEqual(['a', 'c']);
  });

  it('finds doubled words in other scripts', () => {
    expect(words('香港 香港')).toEqual(['香港']);
  });

  it('names the words around the doubling', () => {
    expect(findDoubledWords('That leaves 11 months months that the figure does not count.')[0]!.context).toContain('11 months months that');
  });

  it('does not take a word for its own ending or beginning', () => {
    expect(words('he held the thesis')).toEqual([]);
    expect(words('months month')).toEqual([]);
    expect(words('non-ethnic ethnic')).toEqual([]);
    expect(words("Hong Kong's Kong")).toEqual([]);
  });

  it('does not count numbers or words split by punctuation', () => {
    expect(words('over 67 000 NECIIs')).toEqual([]);
    expect(words('11 11')).toEqual([]);
    expect(words('Yes. Yes, it is.')).toEqual([]);
    expect(words('“no”, no')).toEqual([]);
  });

  it('finds nothing in clean text', () => {
    expect(words('That leaves 11 months, all of them in 2016, that the figure does not count.')).toEqual([]);
  });
});

describe('findDoubledWords on a page’s blocks', () => {
  const doubledOn = (html: string) => blockTexts(html).flatMap(findDoubledWords).map((d) => d.word);

  it('joins a computed figure and the prose after it, as they are displayed', () => {
    expect(doubledOn('<p>That leaves <data class="fig" value="11">11 months</data> months.</p>')).toEqual(['months']);
  });

  it('does not join the end of one block to the start of the next', () => {
    expect(doubledOn('<ul><li>Hong Kong</li><li>Kong Wah</li></ul><h2>Verdict</h2><p>Verdict: accurate.</p>')).toEqual([]);
  });

  it('reads the title and meta description, and skips scripts and styles', () => {
    expect(doubledOn('<head><title>The the title</title><meta name="description" content="a a"></head><body><script>x x</script></body>')).toEqual(['The', 'a']);
  });
});
