/**
 * Folds the typographic variation that differs between outlets and archives
 * (non-breaking spaces, curly quotes, dash styles) so a quote typed on an
 * ordinary keyboard matches the archived text. Displayed text is never
 * normalised; only the comparison is.
 */
export function normalizeForMatch(text: string): string {
  return normalizeWithMap(text).text;
}

/**
 * The normalised text plus, for each of its characters, the index of the
 * original character it came from: lets a match found in normalised text be
 * cut out of the verbatim text.
 */
export function normalizeWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let pendingSpace = false;
  let index = 0;
  for (const char of text) {
    const folded = foldChar(char);
    if (folded === ' ') {
      pendingSpace = out.length > 0;
    } else {
      if (pendingSpace) {
        out += ' ';
        map.push(index - 1);
        pendingSpace = false;
      }
      for (const c of folded) {
        out += c;
        map.push(index);
      }
    }
    index += char.length;
  }
  return { text: out, map };
}

function foldChar(char: string): string {
  // Most characters are ASCII: of those, only whitespace and the backtick
  // fold, and NFKC leaves the rest as they are.
  const code = char.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? ' ' : code === 0x60 ? "'" : char;
  if (/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/.test(char)) return ' ';
  if (/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/.test(char)) return "'";
  if (/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(char)) return '"';
  if (/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.test(char)) return '-';
  if (char === '\u2026') return '...';
  return char.normalize('NFKC');
}

/** The verbatim stretch of `text` that `quote` matches after normalisation, or null. */
export function findVerbatim(text: string, quote: string): string | null {
  const hay = normalizeWithMap(text);
  const needle = normalizeForMatch(quote);
  const at = needle ? hay.text.indexOf(needle) : -1;
  if (at < 0) return null;
  const start = hay.map[at]!;
  const lastChar = hay.map[at + needle.length - 1]!;
  // Include the whole last code point (surrogate pairs).
  const end = lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1);
  return text.slice(start, end);
}
