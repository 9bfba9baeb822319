import { describe, expect, it } from 'vitest';
import { findVerbatim, normalizeForMatch } from '../src/lib/sources/normalize.ts';

describe('normalizeForMatch', () => {
  it('collapses ordinary and non-breaking white space', () => {
    expect(normalizeForMatch('a\u00a0 drop\u00a0\u00a0of\tthree\nquarters ')).toBe('a drop of three quarters');
  });

  it('folds curly quotes and apostrophes to straight ones', () => {
    expect(normalizeForMatch('Hong Kong\u2019s \u201csnakeheads\u201d')).toBe(`Hong Kong's "snakeheads"`);
  });

  it('folds dashes and the minus sign to a hyphen', () => {
    expect(normalizeForMatch('2016\u20132017 \u2014 \u22125')).toBe('2016-2017 - -5');
  });

  it('keeps every other ASCII character as it is, and folds the backtick and ASCII white space', () => {
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      const folded = /\s/.test(char) ? ' ' : char === '`' ? "'" : char.normalize('NFKC');
      expect(normalizeForMatch(`a${char}b`), `U+${code.toString(16).padStart(4, '0')}`).toBe(folded === ' ' ? 'a b' : `a${folded}b`);
    }
  });

  it('folds full-width and compatibility forms by NFKC', () => {
    expect(normalizeForMatch('\uFF11\uFF12\uFF13 \uFB01')).toBe('123 fi');
  });

  it('leaves digits, including the thin forms of thousands, comparable', () => {
    expect(normalizeForMatch('67\u00a0000')).toBe('67 000');
  });
});

describe('findVerbatim', () => {
  it('cuts the archived wording out of the source for a quote typed plainly', () => {
    const source = 'Hong Kong\u2019s efforts, a drop\u00a0of three quarters';
    expect(findVerbatim(source, "Hong Kong's efforts")).toBe('Hong Kong\u2019s efforts');
    expect(findVerbatim(source, 'a drop of three')).toBe('a drop\u00a0of three');
    expect(findVerbatim(source, 'eight quarters')).toBeNull();
  });

  it('folds runs of white space inside the source', () => {
    expect(findVerbatim('a  \u00a0 b c', 'a b')).toBe('a  \u00a0 b');
  });
});
