import { describe, expect, it } from 'vitest';
import { scanMdxBody } from '../src/lib/content/mdxBody.ts';

describe('scanMdxBody', () => {
  it('collects citations with their plain-text quote and position', () => {
    const scan = scanMdxBody('Intro.\n\nIt says <Cite source="hksar-2017-12-07" p={9}>a total of *837* NECIIs</Cite>.\n', 10);
    expect(scan.problems).toEqual([]);
    expect(scan.citations).toEqual([{ source: 'hksar-2017-12-07', p: 9, quote: 'a total of 837 NECIIs', line: 13, column: 9 }]);
  });

  it('collects figure and chart references', () => {
    const scan = scanMdxBody('<Fig id="avg" /> and <Working id="avg" />\n\n<Chart id="monthly-decline" />\n');
    expect(scan.references.map((r) => [r.component, r.id])).toEqual([['Fig', 'avg'], ['Working', 'avg'], ['Chart', 'monthly-decline']]);
  });

  it('allows plain Markdown and simple HTML', () => {
    const scan = scanMdxBody('## Heading\n\n*em* **strong** [link](https://example.org) <abbr title="non-ethnic Chinese illegal immigrants">NECII</abbr>\n\n- a\n- b\n');
    expect(scan.problems).toEqual([]);
  });

  it('places a syntax error in the file, and a tag opened earlier by how far above it is', () => {
    const unclosed = scanMdxBody('Intro.\n\nIt says <Cite source="a" p={1}>x\n\nmore\n', 10).problems;
    expect(unclosed.map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 13, column: 9, message: 'MDX syntax error: Expected a closing tag for `<Cite>` before the end of `paragraph`' },
    ]);
    const mismatched = scanMdxBody('<div>\n\nSome text.\n\n</span>\n', 10).problems;
    expect(mismatched.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 15, message: 'MDX syntax error: Unexpected closing tag `</span>`, expected corresponding closing tag for `<div>` (4 lines above)' },
    ]);
  });

  it.each([
    ['import X from "y"', 'Claims may not contain import lines.'],
    ['export const x = 1', 'Claims may not contain export statements or other JavaScript.'],
    ['<script>alert(1)</script>', '<script> is not allowed in a claim.'],
    ['<iframe src="https://example.org" />', '<iframe> is not allowed in a claim.'],
    ['<object data="x" />', '<object> is not allowed in a claim.'],
    ['<a href="javascript:alert(1)">x</a>', 'The attribute "href" on <a> holds a "javascript:" URL.'],
    ['<a href=" JavaScript:alert(1)">x</a>', 'The attribute "href" on <a> holds a "JavaScript:" URL.'],
    ['<span onMouseOver="x()">y</span>', 'The attribute "onMouseOver" on <span> is not allowed.'],
    ['<span style="display:none">y</span>', 'The attribute "style" on <span> is not allowed.'],
    ['[x](javascript:alert(1))', 'A link to a "javascript:" URL is not allowed.'],
    ['[x](data:image/svg+xml,abc)', 'A link to a "data:" URL is not allowed.'],
    ['![x](data:image/svg+xml,abc)', 'Images are not allowed in a claim'],
    ['![x](https://example.org/x.png)', 'Images are not allowed in a claim'],
    ['<img src="/x.png" alt="x" />', 'Images are not allowed in a claim'],
    ['<Cite source="a" p="9">x</Cite>', '<Cite> needs p as a number.'],
    ['{process.exit(1)}', 'Claims may not contain JavaScript expressions ({process.exit(1)}).'],
    ['<Cite source="a" p={n + 1}>x</Cite>', 'The attribute p={n + 1} on <Cite> is not a plain number.'],
    ['<Fig id="a" extra="b" />', '<Fig> has no attribute "extra".'],
    ['<Foo.Bar />', '<Foo.Bar> is not a component claims can use.'],
    ['<Cite source="a" p={1}>unclosed', 'MDX syntax error'],
  ])('refuses %s', (body, message) => {
    const scan = scanMdxBody(`${body}\n`);
    expect(scan.problems.map((p) => p.message)).toContainEqual(expect.stringContaining(message));
    for (const p of scan.problems) expect(p.hint.length).toBeGreaterThan(10);
  });
});
