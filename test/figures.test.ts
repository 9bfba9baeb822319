import { describe, expect, it } from 'vitest';
import { computeFigures, formatNumber, monthsInclusive, roundingTolerance } from '../src/lib/claims/figures.ts';
import type { FigureSpec } from '../src/lib/content/schema.ts';

const cited = (id: string, value: number): FigureSpec => ({ id, value, source: 'hksar-2017-12-07', p: 9, quote: String(value) });

describe('computeFigures', () => {
  it('computes a monthly average with its working', () => {
    const { figures, errors } = computeFigures([cited('total', 837), cited('months', 11), { id: 'avg', divide: ['total', 'months'], decimals: 1, stated: 76 }]);
    expect(errors).toEqual([]);
    expect(figures.get('avg')).toMatchObject({ value: 837 / 11, decimals: 1, working: '837 ÷ 11 = 76.1' });
  });

  it('computes percentage changes with a true minus sign', () => {
    const { figures } = computeFigures([cited('a2016', 185), cited('a2017', 76), cited('a2015', 318), { id: 'd1', change: ['a2016', 'a2017'] }, { id: 'd2', change: ['a2015', 'a2017'], decimals: 0 }]);
    expect(figures.get('d1')!.value).toBeCloseTo(-58.919, 3);
    expect(figures.get('d1')!.working).toBe('(76 − 185) ÷ 185 = −58.9%');
    expect(figures.get('d2')!.working).toBe('(76 − 318) ÷ 318 = −76%');
  });

  it('sums, subtracts and multiplies with thousands separators in the working', () => {
    const { figures } = computeFigures([cited('a', 67600), cited('b', 67000), { id: 'diff', subtract: ['a', 'b'] }, { id: 'sum', sum: ['a', 'b'] }, { id: 'prod', multiply: ['a', 'b'] }]);
    expect(figures.get('diff')!.working).toBe('67,600 − 67,000 = 600');
    expect(figures.get('sum')!.value).toBe(134600);
    expect(figures.get('prod')!.value).toBe(67600 * 67000);
  });

  it('counts months with both ends included', () => {
    expect(monthsInclusive('2016-02', '2017-11')).toBe(22);
    expect(monthsInclusive('2017-01', '2017-11')).toBe(11);
    const { figures } = computeFigures([{ id: 'm', months: ['2016-02', '2017-11'] }]);
    expect(figures.get('m')).toMatchObject({ value: 22, unit: ' months', working: 'February 2016 to November 2017, both counted = 22 months' });
  });

  it('accepts a stated number within its rounding and refuses one outside it', () => {
    const specs = (stated: FigureSpec['stated']): FigureSpec[] => [cited('t', 837), cited('m', 11), { id: 'avg', divide: ['t', 'm'], stated }];
    expect(computeFigures(specs(76)).errors).toEqual([]);
    expect(computeFigures(specs(76.1)).errors).toEqual([]);
    expect(computeFigures(specs(77)).errors).toEqual([expect.objectContaining({ path: [2, 'stated'], message: expect.stringContaining('stated as 77 but computes to 76.09') })]);
    expect(computeFigures(specs(76.2)).errors).toHaveLength(1);
    expect(computeFigures(specs({ value: 80, within: 4 })).errors).toEqual([]);
  });

  it('refuses references to undefined figures, duplicates, division by zero and backwards periods', () => {
    const { errors } = computeFigures([
      cited('a', 1),
      cited('a', 2),
      cited('zero', 0),
      { id: 'b', divide: ['a', 'later'] },
      { id: 'c', divide: ['a', 'zero'] },
      { id: 'd', change: ['zero', 'a'] },
      { id: 'e', months: ['2017-11', '2016-02'] },
      cited('later', 3),
    ]);
    expect(errors.map((e) => e.path)).toEqual([[1, 'id'], [3, 'divide'], [4, 'divide'], [5, 'change'], [6, 'months']]);
    expect(errors[1]!.message).toBe('The figure "b" uses "later", which is not defined above it.');
  });
});

describe('number formatting and rounding', () => {
  it('formats like the site prints numbers', () => {
    expect(formatNumber(67000)).toBe('67,000');
    expect(formatNumber(-58.919, 1)).toBe('−58.9');
    expect(formatNumber(76.0909, 0)).toBe('76');
  });

  it('derives the tolerance from how the stated number is written', () => {
    expect(roundingTolerance(76)).toBe(0.5);
    expect(roundingTolerance(76.1)).toBeCloseTo(0.05);
    expect(roundingTolerance(-60)).toBe(0.5);
  });
});

describe('units', () => {
  it('keeps the unit of like quantities in sums and differences', () => {
    const { figures } = computeFigures([
      { id: 'all', months: ['2016-02', '2017-11'] },
      { id: 'y2017', months: ['2017-01', '2017-11'] },
      { id: 'rest', subtract: ['all', 'y2017'] },
    ]);
    expect(figures.get('rest')).toMatchObject({ value: 11, unit: ' months', working: '22 months − 11 months = 11 months' });
  });
});
