import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../src/lib/normalize.ts';

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

  it('leaves digits, including the thin forms of thousands, comparable', () => {
    expect(normalizeForMatch('67\u00a0000')).toBe('67 000');
  });
});
