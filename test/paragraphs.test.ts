import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/lib/sources/paragraphs.ts';
import { ROOT } from './helpers/deployment.ts';

const seed = (file: string) => parseParagraphs(readFileSync(join(ROOT, 'seeds', file), 'utf8'));

describe('parseParagraphs', () => {
  it('numbers every non-empty line of each seed from 1', () => {
    const counts = {
      '000_455250f0ee4d14b9.txt': 19,
      '001_6f129791a68db8f0.txt': 15,
      '002_09140f57f67b045d.txt': 17,
      '003_4315ee9a5be0297b.txt': 9,
      '004_1dcc4c14a27fe3fc.txt': 19,
    };
    for (const [file, count] of Object.entries(counts)) {
      const paragraphs = seed(file);
      expect(paragraphs, file).toHaveLength(count);
      expect(paragraphs.map((p) => p.n)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    }
  });

  it('keeps headline, byline and boilerplate as paragraphs', () => {
    const cgtn = seed('000_455250f0ee4d14b9.txt');
    expect(cgtn[0]!.text).toBe('Chinese authorities nab thousands in human smuggling operation');
    expect(cgtn[1]!.text).toBe('By Meng Qingsheng');
    const release = seed('004_1dcc4c14a27fe3fc.txt');
    expect(release[0]!.text).toBe('Go to main content');
    expect(release[15]!.text).toBe('NNNN');
  });

  it('gives each copy of a repeated CGTN caption its own number', () => {
    const cgtn = seed('000_455250f0ee4d14b9.txt');
    expect(cgtn[6]!.text).toBe(cgtn[7]!.text);
    expect(cgtn[6]!.text).toMatch(/^A border control police officer in Zhuhai/);
    expect([cgtn[6]!.n, cgtn[7]!.n]).toEqual([7, 8]);
  });

  it('treats a line of only non-breaking spaces as empty and trims NBSP indentation', () => {
    const release = seed('004_1dcc4c14a27fe3fc.txt');
    // Line 2 of the file is a lone U+00A0; the headline on line 3 is paragraph 2.
    expect(release[1]!.line).toBe(3);
    const p9 = release[8]!;
    expect(p9.text.startsWith('Meanwhile, the number of NECIIs')).toBe(true);
    expect(p9.text).toContain('drop\u00a0of three quarters');
  });

  it('records the seed line of each paragraph', () => {
    const hkfp = seed('002_09140f57f67b045d.txt');
    expect(hkfp[1]).toMatchObject({ n: 2, line: 3 });
  });

  it('handles CRLF and blank-only input', () => {
    expect(parseParagraphs('a\r\n\r\n  b  \r\n')).toEqual([
      { n: 1, text: 'a', line: 1 },
      { n: 2, text: 'b', line: 3 },
    ]);
    expect(parseParagraphs(' \u00a0 \n\t\n')).toEqual([]);
  });
});
