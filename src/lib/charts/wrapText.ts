import { textWidth, WIDE_CHARACTER } from './textWidth.ts';

/**
 * Greedy line breaking at spaces, and after an en dash ("January–November")
 * when a line would otherwise overflow. A single word wider than the line
 * stays whole on its own line; the caller's layout check catches it.
 * Chinese text, which has no spaces, may also break between characters
 * (see cjkUnits).
 */
export function wrapText(text: string, maxWidth: number, size: number, bold = false): string[] {
  if (WIDE_CHARACTER.test(text)) return wrapUnits(cjkUnits(text), maxWidth, size, bold);
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

/** A piece of text no line breaks inside, and whether a space stood before it. */
interface Unit { text: string; space: boolean }

/** Punctuation that never starts a line, and punctuation that never ends one. */
const NO_LINE_START = /^[、。，．：；！？）」』》〉】〕,.:;!?)\]%’”–—…·]/u;
const NO_LINE_END = /[（「『《〈【〔(\[‘“]$/u;

/**
 * Chinese text in breakable pieces: each Chinese character, and each run of
 * other characters (an English name, a number). Closing punctuation stays
 * with what precedes it and opening punctuation with what follows, and a
 * number keeps the character after it ("2017年", "11月"), as Chinese
 * typesetting does.
 */
function cjkUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let space = false;
  for (const [piece] of text.matchAll(new RegExp(`\\s+|${WIDE_CHARACTER.source}|(?:(?!${WIDE_CHARACTER.source})\\S)+`, 'gu'))) {
    if (/^\s/.test(piece)) {
      space = true;
      continue;
    }
    const last = units.at(-1);
    const attach = last && !space && (NO_LINE_START.test(piece) || NO_LINE_END.test(last.text) || (/\d$/.test(last.text) && WIDE_CHARACTER.test(piece)));
    if (attach) last.text += piece;
    else units.push({ text: piece, space: space && units.length > 0 });
    space = false;
  }
  return units;
}

function wrapUnits(units: readonly Unit[], maxWidth: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line + (line && unit.space ? ' ' : '') + unit.text;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = unit.text;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
