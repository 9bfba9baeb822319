import { describe, expect, it } from 'vitest';
import { sentences, wordCount } from '../src/lib/text/sentences.ts';

describe('sentences', () => {
  it('splits after a full stop, question or exclamation mark and a capital', () => {
    expect(sentences('No. The release says so. Does it? Yes!')).toEqual(['No.', 'The release says so.', 'Does it?', 'Yes!']);
  });

  it('keeps a closing quotation mark or bracket with its sentence', () => {
    expect(sentences('It says “over 67 000.” The number (837.) Then more.')).toEqual(['It says “over 67 000.”', 'The number (837.)', 'Then more.']);
  });

  it('splits before a digit or an opening quotation mark', () => {
    expect(sentences('It ends. 2016 was the start. “Extend” implies more.')).toEqual(['It ends.', '2016 was the start.', '“Extend” implies more.']);
  });

  it('does not split inside numbers, before lower case, or on line breaks', () => {
    expect(sentences('A change of −58.9% is shown. It is 76.1 a\nmonth. see below.')).toEqual(['A change of −58.9% is shown.', 'It is 76.1 a month. see below.']);
  });
});

describe('wordCount', () => {
  it('counts words between white space', () => {
    expect(wordCount(' That leaves 11 months, all of them in 2016. ')).toBe(9);
    expect(wordCount('')).toBe(0);
  });
});
