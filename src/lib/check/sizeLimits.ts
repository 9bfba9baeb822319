import { formatNumber } from '../claims/figures.ts';
import { problem, type Problem } from '../content/problems.ts';

/**
 * Limits on a claim, checked before anything parses it: the Markdown parser
 * takes time that grows with the square of a paragraph's length (a 1 MB
 * paragraph takes minutes), so one pull request could otherwise stall the
 * check and CI. Both are far above any real fact-check: the longest claim is
 * about 6,400 characters, its longest paragraph under 800.
 */
export const MAX_CLAIM_CHARACTERS = 100_000;
export const MAX_PARAGRAPH_CHARACTERS = 10_000;

/** The whole file, before it is read as frontmatter and body. */
export function claimSizeProblems(file: string, text: string): Problem[] {
  if (text.length <= MAX_CLAIM_CHARACTERS) return [];
  return [problem(file, `The claim is ${formatNumber(text.length)} characters long; the limit is ${formatNumber(MAX_CLAIM_CHARACTERS)}.`, 'A fact-check this long is more than one page: split it into several claims, or cut what the verdict does not need.')];
}

/** Every paragraph (run of non-blank lines) of a body; `lineOffset` is the number of lines before it. */
export function paragraphSizeProblems(file: string, body: string, lineOffset: number): Problem[] {
  const problems: Problem[] = [];
  let start = 0;
  let length = 0;
  const close = () => {
    if (length > MAX_PARAGRAPH_CHARACTERS) {
      problems.push(problem(file, `This paragraph is ${formatNumber(length)} characters long; the limit is ${formatNumber(MAX_PARAGRAPH_CHARACTERS)}.`, 'Break it into shorter paragraphs with a blank line between them.', { line: lineOffset + start + 1 }));
    }
    length = 0;
  };
  body.split('\n').forEach((line, i) => {
    if (!line.trim()) return close();
    if (!length) start = i;
    length += line.length + 1;
  });
  close();
  return problems;
}
