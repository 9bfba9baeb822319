import { describe, expect, it } from 'vitest';
import { BACKGROUND_FILE } from '../src/lib/check/background.ts';
import { tempProjectPerTest, type TempProject } from './helpers/tempProject.ts';

const freshProject = tempProjectPerTest();

/** The check's messages about the background page after `change` to a copy of the real content. */
function problemsAfter(change: (p: TempProject) => void): string[] {
  const project = freshProject();
  change(project);
  return project.problems(BACKGROUND_FILE);
}

describe('background page check', () => {
  it('passes on the real content', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('verifies every quotation against its paragraph, with file and line', () => {
    const problems = problemsAfter((p) => p.edit(BACKGROUND_FILE, (t) => t.replace('a total of 837 NECIIs', 'a total of 873 NECIIs')));
    expect(problems).toEqual([expect.stringMatching(/^content\/background\.mdx:\d+:\d+ {2}Misquote: "In the first 11 months of this year, a total of 873 NECIIs.*" is not in hksar-2017-12-07 ¶9\./)]);
  });

  it('refuses a paragraph that does not exist and an unknown chart', () => {
    const problems = problemsAfter((p) => p.edit(BACKGROUND_FILE, (t) => t.replace('p={15}>Issued', 'p={45}>Issued').replace('<Chart id="monthly-decline" />', '<Chart id="monthly" />')));
    expect(problems).toEqual([
      expect.stringMatching(/Paragraph 45 does not exist: hksar-2017-12-07 has 19 paragraphs\./),
      expect.stringMatching(/<Chart id="monthly" \/> names no chart\./),
    ]);
  });

  it('refuses figures, which only claims compute', () => {
    const problems = problemsAfter((p) => p.edit(BACKGROUND_FILE, (t) => `${t}\nThat is <Fig id="avg2017" />.\n`));
    expect(problems).toEqual([expect.stringMatching(/<Fig> is for a claim's named figures; the background page has none\. {2}Hint: Quote the number/)]);
  });

  it('refuses unknown frontmatter and a missing date', () => {
    const problems = problemsAfter((p) => p.edit(BACKGROUND_FILE, (t) => t.replace('published: 2026-12-01\n', 'author: someone\n')));
    expect(problems.join('\n')).toMatch(/author/);
    expect(problems.join('\n')).toMatch(/published/);
  });

  it('reports a missing page', () => {
    expect(problemsAfter((p) => p.remove(BACKGROUND_FILE))).toEqual([expect.stringMatching(/^content\/background\.mdx:1:1 {2}The background page is missing\./)]);
  });
});
