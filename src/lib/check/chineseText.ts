import { problem, type Problem } from '../content/problems.ts';
import { nonHongKongCharacters } from './traditionalChinese.ts';

/** A line with nothing for opencc to read: its dictionaries map only Chinese characters. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Simplified characters in a Chinese file, each located by line and column.
 * The English words of a <Cite> are the source's own and are skipped (its
 * `translation="…"` is checked); so is everything in ASCII.
 */
export function chineseTextProblems(file: string, text: string, firstLine = 1): Problem[] {
  // Blank out each quotation's words, keeping lines and columns where they were.
  const checked = text.replace(/(<Cite\b[^>]*>)([\s\S]*?)(<\/Cite>)/g, (_, open: string, words: string, close: string) => open + words.replace(/[^\n]/g, ' ') + close);
  return checked.split('\n').flatMap((line, index) =>
    (ASCII_ONLY.test(line) ? [] : nonHongKongCharacters(line)).map((s) =>
      problem(file, `"${s.found}" is not written this way in Hong Kong Traditional Chinese (opencc reads it as "${s.expected}").`, `Write "${s.expected}", or rephrase: text must be in Traditional characters as Hong Kong writes them.`, { line: firstLine + index, column: [...line.slice(0, s.index)].length + 1 }),
    ),
  );
}
