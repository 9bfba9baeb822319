import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, formatDateIn, translate } from '../../src/i18n/index.ts';
import { LOCALE_KEYS, localeNamed } from '../../src/i18n/locales.ts';
import { pagePathOf } from '../../src/i18n/paths.ts';
import { nonHongKongCharacters } from '../../src/lib/check/traditionalChinese.ts';
import { listContentFiles } from '../../src/lib/content/contentFiles.ts';

const ROOT = join(import.meta.dirname, '..', '..');
import { parseInlineMarkdown } from '../../src/lib/text/inlineMarkdown.ts';

describe('the dictionaries', () => {
  it('have the same keys in every language', () => {
    const keys = Object.keys(DICTIONARIES.en).sort();
    for (const locale of LOCALE_KEYS) expect(Object.keys(DICTIONARIES[locale]).sort()).toEqual(keys);
  });

  it('fill placeholders, and refuse a missing value rather than print {n}', () => {
    expect(translate('en')('claims.count', { count: 14 })).toMatch(/^14 claims,/);
    expect(translate('zh-hant')('claims.count', { count: 14 })).toMatch(/^共14項說法/);
    expect(() => translate('zh-hant')('claims.count')).toThrow(/needs a value for \{count\}/);
  });

  it('write dates the Hong Kong way in Chinese', () => {
    expect(formatDateIn('zh-hant', '2017-12-07')).toBe('2017年12月7日');
    expect(formatDateIn('en', '2017-12-07')).toBe('7 December 2017');
  });

  it('hold Hong Kong Traditional characters only in Chinese', () => {
    for (const [key, text] of Object.entries(DICTIONARIES['zh-hant'])) expect(nonHongKongCharacters(text), key).toEqual([]);
  });
});

describe('locales in addresses', () => {
  it('name a locale by Astro\'s code or path', () => {
    expect(localeNamed('zh-Hant-HK')).toBe('zh-hant');
    expect(localeNamed('zh-hant')).toBe('zh-hant');
    expect(localeNamed('en')).toBe('en');
    expect(localeNamed(undefined)).toBe('en');
  });

  it('find the page path in every language, under any base', () => {
    expect(pagePathOf('/factcheck/zh-hant/claims/x/', '/factcheck/', 'zh-hant')).toBe('claims/x/');
    expect(pagePathOf('/zh-hant/', '/', 'zh-hant')).toBe('');
    expect(pagePathOf('/claims/x/', '/', 'en')).toBe('claims/x/');
    expect(pagePathOf('/factcheck/', '/factcheck/', 'en')).toBe('');
  });
});

describe('the Hong Kong Traditional check', () => {
  it('finds Simplified characters, located', () => {
    expect(nonHongKongCharacters('这是关于香港的数字')).toEqual([
      { index: 0, found: '这', expected: '這' },
      { index: 2, found: '关于', expected: '關於' },
      { index: 7, found: '数', expected: '數' },
    ]);
  });

  it('accepts the forms written in Hong Kong, and Traditional characters that double as Simplified ones', () => {
    for (const text of ['說', '説', '峰', '峯', '群', '干擾', '公佈', '裏面', '香港特別行政區政府']) expect(nonHongKongCharacters(text), text).toEqual([]);
  });

  it("gives the verdicts of opencc's own converters, for every CJK character and every line of the Chinese content", () => {
    // The check loads opencc's Simplified-to-Traditional step once and applies
    // each region's variants after it; opencc's converters from 'cn' to 'hk',
    // 't' and 'tw' each run that step themselves.
    const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const readings = [OpenCC.Converter({ from: 'cn', to: 'hk' }), OpenCC.Converter({ from: 'cn', to: 't' }), OpenCC.Converter({ from: 'cn', to: 'tw' })];
    const accepted = (text: string) => {
      const simplified = toSimplified(text);
      return [...text].map((char, i) => readings.some((convert) => [...convert(simplified)][i] === char));
    };
    const characters = Array.from({ length: 0x9fff - 0x3400 + 1 }, (_, i) => String.fromCodePoint(0x3400 + i));
    const files = [...listContentFiles(ROOT, 'content', ['**/zh-hant/*.{mdx,yaml}']), 'src/i18n/zh-hant.ts'];
    const lines = files.flatMap((file) => readFileSync(join(ROOT, file), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(500);
    const texts = [...characters, ...lines, ...lines.map(toSimplified)];
    const differing = texts.filter((text) => {
      const flagged = new Set(nonHongKongCharacters(text).flatMap((s) => [...s.found].map((_, k) => [...text.slice(0, s.index)].length + k)));
      return accepted(text).some((ok, i) => ok === flagged.has(i));
    });
    expect(differing).toEqual([]);
  });
});

describe('dictionary sentences with links', () => {
  it('read links, strong and code, and nothing that could load or run', () => {
    expect(parseInlineMarkdown('See [how we check](methodology/) and **this** `code`.')).toEqual([
      { type: 'text', value: 'See ' },
      { type: 'link', href: 'methodology/', external: false, children: [{ type: 'text', value: 'how we check' }] },
      { type: 'text', value: ' and ' },
      { type: 'strong', children: [{ type: 'text', value: 'this' }] },
      { type: 'text', value: ' ' },
      { type: 'code', value: 'code' },
      { type: 'text', value: '.' },
    ]);
    expect(() => parseInlineMarkdown('![x](y.png)')).toThrow(/image/);
    expect(() => parseInlineMarkdown('[x](javascript:alert(1))')).toThrow(/site path or an https URL/);
    expect(() => parseInlineMarkdown('<b>x</b>')).toThrow(/html/);
  });
});
