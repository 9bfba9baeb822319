import { describe, expect, it } from 'vitest';
import { ContentError, formatGithubAnnotation, formatProblem, problem, shortQuote, sortProblems } from '../src/lib/content/problems.ts';

const p = problem('content/claims/a.mdx', 'Misquote: "x, y" is not in z ¶9.', 'Quote exactly: 100% of it.', { line: 13, column: 18 });

describe('problem formats', () => {
  it('prints file:line:col, message and hint for terminals', () => {
    expect(formatProblem(p)).toBe('content/claims/a.mdx:13:18  Misquote: "x, y" is not in z ¶9.  Hint: Quote exactly: 100% of it.');
  });

  it('prints a GitHub Actions annotation with its properties escaped', () => {
    expect(formatGithubAnnotation(p)).toBe(
      '::error file=content/claims/a.mdx,line=13,col=18,title=Content check::Misquote: "x, y" is not in z ¶9. Hint: Quote exactly: 100%25 of it.',
    );
    expect(formatGithubAnnotation(problem('a,b:c.mdx', 'two\nlines', 'h'))).toBe('::error file=a%2Cb%3Ac.mdx,line=1,col=1,title=Content check::two%0Alines Hint: h');
  });

  it('sorts by file, then line, then column, and the build error lists them all', () => {
    const later = { ...p, line: 20 };
    const other = { ...p, file: 'content/claims/0.mdx' };
    expect(sortProblems([later, p, other])).toEqual([other, p, later]);
    const error = new ContentError([later, p]);
    expect(error.message).toBe(`Content check failed with 2 problems:\n${formatProblem(p)}\n${formatProblem(later)}`);
  });
});

describe('shortQuote', () => {
  it('keeps a quote of up to 120 characters whole', () => {
    expect(shortQuote('a total of 838 NECIIs')).toBe('a total of 838 NECIIs');
    expect(shortQuote('x'.repeat(120))).toBe('x'.repeat(120));
  });

  it('shows the start and end of a longer one, within the limit', () => {
    const quote = `start ${'middle '.repeat(20_000)}end`;
    const short = shortQuote(quote);
    expect(short.length).toBeLessThanOrEqual(120);
    expect(short).toMatch(/^start middle .* … .*middle end$/);
  });
});
