import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/index.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { ROOT } from './helpers/deployment.ts';
import { runAstro } from './helpers/astroCli.ts';
import { tempProjectPerTest } from './helpers/tempProject.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'broken-claims');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const freshProject = tempProjectPerTest();

/** Problems the check reports for one broken claim file added to a copy of the real content. */
function problemsWith(name: string, text = fixture(name)): string[] {
  const project = freshProject();
  project.write(`content/claims/${name}`, text);
  return project.problems(`content/claims/${name}`);
}

describe('claim check on the real content', () => {
  it('passes', () => {
    const { problems, counts } = checkContent(ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts.claims).toBeGreaterThan(0);
  });
});

describe('claim check on broken claims (test/fixtures/broken-claims)', () => {
  // Each fixture is one mistake an editor can make; each row is every message it must produce.
  const cases: [string, RegExp[]][] = [
    ['misquote.mdx', [/:13:18 {2}Misquote: "a total of 838 NECIIs" is not in hksar-2017-12-07 ¶9\. {2}Hint: The closest passage in hksar-2017-12-07 ¶9 is: "a total of 837 NECIIs"/]],
    ['paragraph-out-of-range.mdx', [/:13:5 {2}Paragraph 42 does not exist: hksar-2017-12-07 has 19 paragraphs\. {2}Hint: Open \/sources\/hksar-2017-12-07\//]],
    ['unknown-source.mdx', [/:13:5 {2}Unknown source "hksar-2018"\. {2}Hint: Cite one of: .*hksar-2017-12-07/]],
    ['invalid-verdict.mdx', [/:8:10 {2}Field "verdict": .* {2}Hint: Use one of: accurate, needs-context, unsupported, misleading, inaccurate\./]],
    ['missing-field.mdx', [/:\d+:\d+ {2}Missing required field "summary"\. {2}Hint: Add "summary:"/]],
    ['malformed-date.mdx', [/:10:12 {2}Field "published": .* {2}Hint: Write dates as YYYY-MM-DD/]],
    ['wrong-arithmetic.mdx', [/:24:13 {2}"average" is stated as 67 but computes to 76\.09 \(837 ÷ 11 = 76\.1\)/]],
    [
      'wrong-figure.mdx',
      [
        /:13:12 {2}The figure "total" is 873, but its quote "a total of 837 NECIIs" does not contain that number\./,
        /:19:72 {2}<Fig id="totl" \/> names no figure\. {2}Hint: Define "totl" under figures: in the frontmatter, or use one of: total\./,
      ],
    ],
    [
      'forbidden-mdx.mdx',
      [
        /:12:1 {2}Claims may not contain import lines\./,
        /:14:1 {2}<script> is not allowed in a claim\./,
        /:16:1 {2}<iframe> is not allowed in a claim\./,
        /:18:1 {2}<style> is not allowed in a claim\./,
        /:20:1 {2}The attribute "href" on <a> holds a "javascript:" URL\./,
        /:20:37 {2}The attribute "onClick" on <span> is not allowed\./,
        /:20:70 {2}A link to a "javascript:" URL is not allowed\./,
      ],
    ],
    [
      'off-site-image.mdx',
      [
        /:15:1 {2}Images are not allowed in a claim \(<img> or !\[…\]\(…\)\)\. {2}Hint: A claim page loads nothing from elsewhere/,
        /:17:1 {2}Images are not allowed in a claim \(<img> or !\[…\]\(…\)\)\. {2}Hint: A claim page loads nothing from elsewhere/,
        /:19:9 {2}Images are not allowed in a claim/,
      ],
    ],
    ['oversized-paragraph.mdx', [/:15:1 {2}This paragraph is 10,542 characters long; the limit is 10,000\. {2}Hint: Break it into shorter paragraphs/]],
    // The quote is 2,800 characters; the message shows its start and end.
    ['long-misquote.mdx', [/:13:18 {2}Misquote: "a total of 838 NECIIs were intercepted or identified in Hong Kong, a total of … intercepted or identified in Hong Kong," is not in hksar-2017-12-07 ¶9\. {2}Hint: The closest passage in hksar-2017-12-07 ¶9 is: "Meanwhile, the number of NECIIs intercepted in Hong Kong also showed a declini … operations achieved remarkable results\."\./]],
    ['number-in-words.mdx', [/:13:18 {2}<Cite> needs p as a number\. {2}Hint: Write p=\{9\}, the number in digits and braces\.$/]],
    ['unclosed-quote.mdx', [/:3:8 {2}YAML syntax error: Missing closing 'quote {2}Hint: Close the quote that starts here/]],
    // One position, the file's: not also the parser's own, counted from the start of the body.
    ['mdx-syntax-error.mdx', [/:15:22 {2}MDX syntax error: Expected a closing tag for `<Cite>` before the end of `paragraph` {2}Hint:/]],
    ['mixed-periods.mdx', [/:23:13 {2}"change" combines figures from different periods: "total2017" \(the 2016–2017 operation\) and "stow2024" \(ecns-2024-08-20: Different period\)\. {2}Hint: .* add acrossPeriods: with a note for readers, which the page shows beside the figure\./]],
    [
      'fall-sign.mdx',
      [
        /:29:187 {2}<Fig as="drop"> is not a way to show a figure\. {2}Hint: Write as="fall"/,
        /:24:13 {2}"drop" is stated as 59 but computes to −58\.92% \(\(76 − 185\) ÷ 185 = −58\.9%\), more than ±0\.5 apart\. {2}Hint: A fall is a negative change: write stated: \{ fall: 59 \} as the text says it \("fell by 59 per cent"\), or stated: -59\./,
        /:29:138 {2}<Fig id="rise" as="fall" \/>: "rise" is 143\.4%, not a fall\. {2}Hint: as="fall" shows a negative figure without its sign/,
      ],
    ],
    ['Press-Release-Arithmetic.mdx', [/:1:1 {2}Two claims have the slug "press-release-arithmetic": content\/claims\/Press-Release-Arithmetic\.mdx and content\/claims\/press-release-arithmetic\.mdx\. {2}Hint: Only one would be published, at \/claims\/press-release-arithmetic\/\./]],
    ['press_release_arithmetic.mdx', [/:1:1 {2}The file name "press_release_arithmetic\.mdx" is not a page address\. {2}Hint: Rename the file to press-release-arithmetic\.mdx: lower-case letters, digits and single hyphens\./]],
  ];

  it.each(cases)('%s', (name, expected) => {
    const problems = problemsWith(name);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(problems[i]).toMatch(pattern));
  });

  it('reports a misquote whose words are in another paragraph, with that paragraph', () => {
    const text = fixture('misquote.mdx').replace('p={9}>a total of 838 NECIIs', 'p={8}>a total of 837 NECIIs');
    expect(problemsWith('misquote.mdx', text)).toEqual([expect.stringMatching(/Hint: These words are in ¶9: correct the paragraph number\./)]);
  });

  it('reports JavaScript expressions, spreads and unknown components', () => {
    const text = fixture('misquote.mdx').replace('a total of 838 NECIIs', 'a total of 837 NECIIs') + '\n{1 + 1} <Cite {...props} /> <Widget />\n';
    const problems = problemsWith('misquote.mdx', text);
    expect(problems).toEqual([
      expect.stringMatching(/:15:1 {2}Claims may not contain JavaScript expressions/),
      expect.stringMatching(/:15:9 {2}<Cite> has a spread attribute/),
      expect.stringMatching(/:15:9 {2}<Cite> is missing its "source" attribute/),
      expect.stringMatching(/:15:9 {2}<Cite> is missing its "p" attribute/),
      expect.stringMatching(/:15:29 {2}<Widget> is not a component claims can use/),
    ]);
  });

  it('reports a claim that cites nothing', () => {
    const text = fixture('misquote.mdx').replace(/The release says.*$/m, 'No citations here.');
    expect(problemsWith('misquote.mdx', text)).toEqual([expect.stringMatching(/:12:1 {2}The claim cites no source paragraph\./)]);
  });

  it('reports two claims with one slug, and an alias that is another claim\'s address', () => {
    const project = freshProject();
    const good = fixture('misquote.mdx').replace('838', '837');
    project.write('content/claims/one.mdx', good);
    project.write('content/claims/one.md', good);
    project.write('content/claims/two.mdx', good.replace('published: 2026-11-21', 'published: 2026-11-21\naliases: [one]'));
    const problems = project.problems();
    expect(problems).toContain('content/claims/one.md:1:1  Claims are written in MDX.  Hint: Rename the file to one.mdx.');
    expect(problems.some((p) => /^content\/claims\/two\.mdx:11:\d+ {2}The alias "one" is already the address of content\/claims\/one\.mdx\./.test(p))).toBe(true);
  });

  it('refuses a claim of a megabyte before parsing it (such a paragraph takes the Markdown parser minutes)', () => {
    const unit = 'word *emph* [link](https://example.org/a) ';
    const text = `${fixture('misquote.mdx').replace('838', '837')}\n${unit.repeat(25_000)}\n`;
    expect(problemsWith('misquote.mdx', text)).toEqual([`content/claims/misquote.mdx:1:1  The claim is ${text.length.toLocaleString('en-GB')} characters long; the limit is 100,000.  Hint: A fact-check this long is more than one page: split it into several claims, or cut what the verdict does not need.`]);
  });

  it('accepts figures from different periods in a figure marked acrossPeriods, and follows the periods through later figures', () => {
    const marked = fixture('mixed-periods.mdx').replace('    change: [total2017, stow2024]\n', '    change: [total2017, stow2024]\n    acrossPeriods: Hong Kong in 2017 against the whole country in 2024.\n');
    expect(problemsWith('mixed-periods.mdx', marked)).toEqual([]);
    const later = marked.replace('---\n\nThe release', '  - id: half\n    divide: [change, two]\n---\n\nThe release').replace('  - id: change\n', '  - id: two\n    value: 2\n    source: hksar-2017-12-07\n    p: 2\n    quote: "2"\n  - id: change\n');
    expect(problemsWith('mixed-periods.mdx', later).join('\n')).toMatch(/"half" combines figures from different periods: "total2017", "two" \(the 2016–2017 operation\) and "stow2024"/);
  });

  it('accepts a fall stated as the text writes it, { fall: 59 }, and shown as="fall"', () => {
    const text = fixture('fall-sign.mdx').replace('stated: 59', 'stated: { fall: 59 }').replace(/, or a rise of .*$/m, '.');
    expect(problemsWith('fall-sign.mdx', text)).toEqual([]);
    expect(problemsWith('fall-sign.mdx', text.replace('{ fall: 59 }', '{ fall: 50 }'))).toEqual([expect.stringMatching(/"drop" is stated as a fall of 50 but computes to −58\.92%/)]);
  });

  it('names both files of a slug collision in each, and still checks the file whose name is the slug', () => {
    const project = freshProject();
    project.write('content/claims/Press-Release-Arithmetic.mdx', fixture('Press-Release-Arithmetic.mdx'));
    project.edit('content/claims/press-release-arithmetic.mdx', (t) => t.replace('published: 2026-11-21', 'published: 2026-11-31'));
    const problems = project.problems();
    expect(problems).toEqual([
      expect.stringMatching(/^content\/claims\/Press-Release-Arithmetic\.mdx:1:1 {2}Two claims have the slug "press-release-arithmetic"/),
      expect.stringMatching(/^content\/claims\/press-release-arithmetic\.mdx:1:1 {2}Two claims have the slug "press-release-arithmetic": content\/claims\/Press-Release-Arithmetic\.mdx and content\/claims\/press-release-arithmetic\.mdx\./),
      expect.stringMatching(/^content\/claims\/press-release-arithmetic\.mdx:\d+:\d+ {2}Field "published"/),
    ]);
  });

  it('reads the files Astro reads: a claim in a folder is refused, even in a folder starting with _', () => {
    const project = freshProject();
    const good = fixture('misquote.mdx').replace('838', '837');
    mkdirSync(join(project.root, 'content/claims/_drafts'));
    project.write('content/claims/_drafts/draft.mdx', good);
    project.write('content/claims/_draft.mdx', fixture('misquote.mdx'));
    expect(project.problems()).toEqual([
      'content/claims/_drafts/draft.mdx:1:1  Claims live directly in content/claims/, not in a folder.  Hint: Move the file to content/claims/draft.mdx (a file whose name starts with _ is not published).',
    ]);
  });

  it('lists every problem of every file, not only the first', () => {
    const project = freshProject();
    for (const name of ['misquote.mdx', 'wrong-arithmetic.mdx', 'forbidden-mdx.mdx']) project.write(`content/claims/${name}`, fixture(name));
    expect(checkContent(project.root).problems).toHaveLength(1 + 1 + 7);
  });
});

describe('the build refuses bad content', () => {
  it('fails with file, line and hint, and writes no pages', () => {
    const copy = freshProject({ buildable: true });
    copy.write('content/claims/misquote.mdx', fixture('misquote.mdx'));
    // A field Astro's own loader would refuse too: the build still shows the check's problem, not the loader's error.
    copy.write('content/claims/wrong-type.mdx', fixture('misquote.mdx').replace('838', '837').replace('summary: One sentence.', 'summary: 42'));
    let output = '';
    try {
      runAstro(['build'], { cwd: copy.root, env: { OUT_DIR: undefined } });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout) + String((error as { stderr?: string }).stderr);
    }
    expect(output).toMatch(/content\/claims\/misquote\.mdx:13:18 {2}Misquote: "a total of 838 NECIIs" is not in hksar-2017-12-07 ¶9\./);
    expect(output).toMatch(/content\/claims\/wrong-type\.mdx:9:\d+ {2}Field "summary": Invalid input: expected string, received number\./);
    expect(output).not.toMatch(/InvalidContentEntryDataError|does not match collection schema/);
    expect(() => readFileSync(join(copy.root, 'dist', 'index.html'))).toThrow();
  });
});

describe('chart references and field types', () => {
  it('reports a chart that does not exist, and accepts one that does', () => {
    const good = fixture('misquote.mdx').replace('838', '837');
    expect(problemsWith('misquote.mdx', `${good}\n<Chart id="monthly-decline" />\n`)).toEqual([]);
    expect(problemsWith('misquote.mdx', `${good}\n<Chart id="monthly-declines" />\n`)).toEqual([
      expect.stringMatching(/:15:1 {2}<Chart id="monthly-declines" \/> names no chart\. {2}Hint: Use one of: .*monthly-decline/),
    ]);
  });

  it('tells a wrong-typed field from a missing one', () => {
    const text = fixture('misquote.mdx').replace('838', '837').replace('summary: One sentence.', 'summary: 42');
    expect(problemsWith('misquote.mdx', text)).toEqual([expect.stringMatching(/:9:\d+ {2}Field "summary": Invalid input: expected string, received number\./)]);
  });
});
