import { textWidth } from './textWidth.ts';

/**
 * Greedy line breaking at spaces, and after an en dash ("January–November")
 * when a line would otherwise overflow. A single word wider than the line
 * stays whole on its own line; the caller's layout check catches it.
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean).flatMap((w) => (textWidth(w, size, bold) > maxWidth ? w.split(/(?<=–)/) : [w]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joiner = line === '' || line.endsWith('–') ? '' : ' ';
    const candidate = line + joiner + word;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
