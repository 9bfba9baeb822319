/**
 * Splits `---\nyaml\n---\nbody`. `bodyLineOffset` is the number of lines
 * before the body, so body positions can be reported as file lines.
 */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLineOffset: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return null;
  return {
    yaml: match[1]!,
    body: text.slice(match[0].length),
    bodyLineOffset: match[0].split('\n').length - 1,
  };
}
