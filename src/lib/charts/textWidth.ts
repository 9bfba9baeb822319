/**
 * Text width without a DOM, for laying out labels at build time. Advance
 * widths are those of DejaVu Sans, the widest common system-ui font (and
 * the one Linux falls back to), so a label measured here fits on
 * narrower system fonts too. Hundredths of an em: [regular, bold].
 * Chinese characters and full-width punctuation, which DejaVu Sans lacks,
 * are 1em in every CJK font, regular or bold.
 */
// prettier-ignore
const WIDTHS: Record<string, readonly [number, number]> = { "0": [64, 70], "1": [64, 70], "2": [64, 70], "3": [64, 70], "4": [64, 70], "5": [64, 70], "6": [64, 70], "7": [64, 70], "8": [64, 70], "9": [64, 70], " ": [32, 35], "!": [40, 46], "\"": [46, 52], "#": [84, 84], "$": [64, 70], "%": [95, 100], "&": [78, 87], "'": [27, 31], "(": [39, 46], ")": [39, 46], "*": [50, 52], "+": [84, 84], ",": [32, 38], "-": [36, 42], ".": [32, 38], "/": [34, 37], ":": [34, 40], ";": [34, 40], "<": [84, 84], "=": [84, 84], ">": [84, 84], "?": [56, 61], "@": [102, 100], "A": [68, 77], "B": [69, 76], "C": [72, 73], "D": [77, 83], "E": [67, 68], "F": [61, 68], "G": [78, 82], "H": [75, 84], "I": [29, 37], "J": [50, 56], "K": [67, 77], "L": [56, 64], "M": [86, 100], "N": [75, 84], "O": [79, 85], "P": [67, 73], "Q": [79, 85], "R": [72, 77], "S": [67, 72], "T": [61, 68], "U": [73, 81], "V": [68, 77], "W": [99, 110], "X": [69, 77], "Y": [67, 72], "Z": [69, 73], "[": [39, 46], "\\": [34, 37], "]": [39, 46], "^": [84, 84], "_": [56, 56], "`": [50, 50], "a": [61, 67], "b": [63, 72], "c": [55, 59], "d": [63, 72], "e": [62, 68], "f": [35, 44], "g": [63, 72], "h": [63, 71], "i": [28, 34], "j": [28, 34], "k": [58, 67], "l": [28, 34], "m": [97, 104], "n": [63, 71], "o": [61, 69], "p": [63, 72], "q": [63, 72], "r": [41, 49], "s": [52, 60], "t": [39, 48], "u": [63, 71], "v": [59, 65], "w": [82, 92], "x": [59, 65], "y": [59, 65], "z": [52, 58], "{": [64, 71], "|": [34, 37], "}": [64, 71], "~": [84, 84], "–": [56, 56], "—": [100, 100], "−": [84, 84], "¶": [64, 64], "→": [100, 100], "…": [100, 100], "‘": [32, 38], "’": [32, 38], "“": [52, 66], "”": [52, 66], "é": [62, 68], "×": [84, 84], "÷": [84, 84], "▲": [99, 99], "▶": [77, 77], "◀": [77, 77], "●": [87, 87] };
const FALLBACK = [72, 78] as const;
const WIDE = [100, 100] as const;

/**
 * Characters a CJK font draws 1em wide: CJK radicals, symbols and punctuation
 * (「」、。), kana, the unified ideographs and their extensions, compatibility
 * ideographs, vertical and small forms, and full-width forms (，：；（）！？).
 */
export const WIDE_CHARACTER = /[\u2E80-\u303F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFF}]/u;

const widthOf = (ch: string) => WIDTHS[ch] ?? (WIDE_CHARACTER.test(ch) ? WIDE : FALLBACK);

export function textWidth(text: string, fontSize: number, bold = false): number {
  let hundredths = 0;
  for (const ch of text) hundredths += widthOf(ch)[bold ? 1 : 0];
  return (hundredths / 100) * fontSize;
}
