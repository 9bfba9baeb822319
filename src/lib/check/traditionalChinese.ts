import * as OpenCC from 'opencc-js';

/*
 * Simplified characters, and variants Hong Kong does not use, in Chinese
 * text. A converter from Simplified to Hong Kong Traditional (opencc-js) is
 * run on the text after turning it into Simplified: Hong Kong Traditional
 * text comes back unchanged, while a Simplified character, or a variant
 * written otherwise in Hong Kong, comes back as the form Hong Kong uses.
 * (Converting the text straight to Hong Kong Traditional would also change
 * good characters that double as Simplified forms, such as 干 in 干擾.)
 */
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

export interface SuspectText {
  /** 0-based offset in the text. */
  index: number;
  /** The characters as written, and as Hong Kong Traditional writes them. */
  found: string;
  expected: string;
}

/** Every run of characters that Hong Kong Traditional writes otherwise; [] for good text. */
export function nonHongKongCharacters(text: string): SuspectText[] {
  const expected = [...toHongKong(toSimplified(text))];
  const found = [...text];
  if (expected.length !== found.length) return expected.join('') === text ? [] : [{ index: 0, found: text, expected: expected.join('') }];
  const runs: SuspectText[] = [];
  let offset = 0;
  for (let i = 0; i < found.length; i++) {
    if (found[i] !== expected[i]) {
      const last = runs.at(-1);
      if (last && last.index + last.found.length === offset) {
        last.found += found[i];
        last.expected += expected[i];
      } else {
        runs.push({ index: offset, found: found[i]!, expected: expected[i]! });
      }
    }
    offset += found[i]!.length;
  }
  return runs;
}
