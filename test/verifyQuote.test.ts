import { describe, expect, it } from 'vitest';
import { loadSources } from '../src/lib/check/sources.ts';
import { numbersIn } from '../src/lib/text/numbers.ts';
import { verifyQuote } from '../src/lib/sources/verifyQuote.ts';
import { ROOT } from './helpers/deployment.ts';

const { sources } = loadSources(ROOT);
const paragraphsOf = (slug: string) => sources.get(slug)!.paragraphs;

describe('verifyQuote', () => {
  const release = paragraphsOf('hksar-2017-12-07');

  it('finds a quote typed with plain spaces where the source has NBSP', () => {
    expect(verifyQuote(release, 9, 'a drop of three quarters from the peak in 2015')).toEqual({ ok: true });
  });

  it('finds a quote typed with straight quotes where the source has curly ones', () => {
    expect(verifyQuote(release, 10, "Hong Kong's efforts against smuggling illegal immigrants")).toEqual({ ok: true });
    const hkfp = paragraphsOf('hkfp-2017-12-07');
    expect(verifyQuote(hkfp, 13, 'said: "some of the snakeheads in the mainland')).toEqual({ ok: true });
  });

  it('keeps the press release\'s space-separated thousands', () => {
    expect(verifyQuote(release, 7, 'over 67 000 NECIIs')).toEqual({ ok: true });
    expect(verifyQuote(release, 7, 'over 67,000 NECIIs')).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('rejects a misquote and shows the closest passage', () => {
    const result = verifyQuote(release, 9, 'a total of 838 NECIIs were intercepted');
    expect(result).toEqual({ ok: false, reason: 'not-found', foundIn: [], closest: 'a total of 837 NECIIs were intercepted' });
  });

  it('says where a quote does occur when the paragraph number is wrong', () => {
    expect(verifyQuote(release, 8, 'a total of 837 NECIIs')).toMatchObject({ ok: false, reason: 'not-found', foundIn: [9] });
  });

  it('rejects a paragraph out of range and an empty quote', () => {
    expect(verifyQuote(release, 20, 'NNNN')).toEqual({ ok: false, reason: 'out-of-range', paragraphCount: 19 });
    expect(verifyQuote(release, 0, 'NNNN')).toMatchObject({ reason: 'out-of-range' });
    expect(verifyQuote(release, 9, ' \u00a0 ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('numbersIn', () => {
  it('reads thousands written with commas, spaces and NBSP', () => {
    expect(numbersIn('over 67 000 NECIIs, 3,470 and 1\u00a0444')).toEqual([67000, 3470, 1444]);
  });

  it('keeps separate numbers apart', () => {
    expect(numbersIn('Thursday, December 7, 2017 at 19:23')).toEqual([7, 2017, 19, 23]);
    expect(numbersIn('53 organised syndicates and 293 cases')).toEqual([53, 293]);
    expect(numbersIn('a 21-month operation, 7.5 per cent')).toEqual([21, 7.5]);
  });
});
