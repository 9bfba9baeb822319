import { problem, type Problem } from '../content/problems.ts';

/** A `TODO` left from `npm run new` means the file is not ready to publish. */
export function todoProblems(file: string, text: string): Problem[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.trimStart().startsWith('#')) return [];
    const column = line.search(/\bTODO\b/);
    return column < 0 ? [] : [problem(file, 'Unfinished: this line still says TODO.', 'Replace the TODO with the real value (see docs/editing.md).', { line: i + 1, column: column + 1 })];
  });
}
