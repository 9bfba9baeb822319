/** One thing wrong with the content, located precisely enough to fix. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  message: string;
  hint: string;
  /** Set on "Unknown source" problems: the slug that was cited. */
  unknownSource?: string;
}

export function problem(
  file: string,
  message: string,
  hint: string,
  at: { line?: number; column?: number } = {},
): Problem {
  return { file, line: at.line ?? 1, column: at.column ?? 1, message, hint };
}

/**
 * A quote as a message shows it: whole up to `max` characters, else its start
 * and end around an ellipsis, so a long misquote still makes a readable line.
 */
export function shortQuote(text: string, max = 120): string {
  if (text.length <= max) return text;
  const head = Math.ceil(((max - 3) * 2) / 3);
  return `${text.slice(0, head).trimEnd()} … ${text.slice(text.length - (max - 3 - head)).trimStart()}`;
}

/** `file:line:col  message  hint`, the form editors' terminals make clickable. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}  Hint: ${p.hint}`;
}

/** GitHub Actions workflow command, so problems show inline in a pull request. */
export function formatGithubAnnotation(p: Problem): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::error file=${prop(p.file)},line=${p.line},col=${p.column},title=${prop('Content check')}::${escape(`${p.message} Hint: ${p.hint}`)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown by the build when the content check fails, so nothing is half-published. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(
      `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        sortProblems(problems).map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
