import * as OpenCC from 'opencc-js';

/*
 * Simplified characters in Chinese text. The text is turned into Simplified
 * and back into Traditional with opencc-js: Traditional text comes back
 * unchanged, while a Simplified character comes back as its Traditional
 * form. (Converting the text straight to Traditional would also change good
 * characters that double as Simplified forms, such as 干 in 干擾.)
 */
type Convert = (text: string) => string;

interface Converters {
  toSimplified: Convert;
  /** Simplified to OpenCC's standard Traditional (說). */
  toTraditional: Convert;
  /** Standard Traditional to Hong Kong's forms (説, 峯) and to Taiwan's (峰, 群), also in use in Hong Kong. */
  toVariants: Convert[];
}

/**
 * The converters' dictionaries take tens of megabytes and a tenth of a
 * second to load, so they are loaded when first needed and let go of when
 * the content check ends (forgetConverters), rather than held for the rest
 * of a build. Simplified to Hong Kong or Taiwan forms is opencc's
 * Simplified-to-Traditional step followed by that region's variants, so the
 * large phrase dictionary of the first step is loaded, and run, once for all
 * three readings (the same readings as OpenCC.Converter from 'cn' to 'hk',
 * 't' and 'tw').
 */
let converters: Converters | undefined;
const loaded = (): Converters =>
  (converters ??= {
    toSimplified: OpenCC.Converter({ from: 'hk', to: 'cn' }),
    toTraditional: OpenCC.ConverterFactory(...OpenCC.Locale.from.cn!),
    toVariants: [OpenCC.ConverterFactory(...OpenCC.Locale.to.hk!), OpenCC.ConverterFactory(...OpenCC.Locale.to.tw!)],
  });

/** Lets go of the converters (they are loaded again if needed). */
export function forgetConverters(): void {
  converters = undefined;
}

export interface SuspectText {
  /** 0-based offset in the text. */
  index: number;
  /** The characters as written, and as Hong Kong Traditional writes them. */
  found: string;
  expected: string;
}

/**
 * Every run of characters that neither Hong Kong nor standard Traditional
 * writes this way; [] for good text. A character passes when either
 * round trip gives it back, so 説 and 說 both pass, and 这 fails.
 */
export function nonHongKongCharacters(text: string): SuspectText[] {
  const { toSimplified, toTraditional, toVariants: [toHongKong, toTaiwan] } = loaded();
  const traditional = toTraditional(toSimplified(text));
  const found = [...text];
  // Hong Kong's reading first: it is the one a problem suggests.
  const readings = [toHongKong!(traditional), traditional, toTaiwan!(traditional)].map((reading) => [...reading]);
  if (readings.some((r) => r.length !== found.length)) {
    const [hk] = readings.map((r) => r.join(''));
    return readings.some((r) => r.join('') === text) ? [] : [{ index: 0, found: text, expected: hk! }];
  }
  const runs: SuspectText[] = [];
  let offset = 0;
  for (let i = 0; i < found.length; i++) {
    if (readings.every((r) => r[i] !== found[i])) {
      const last = runs.at(-1);
      if (last && last.index + last.found.length === offset) {
        last.found += found[i];
        last.expected += readings[0]![i];
      } else {
        runs.push({ index: offset, found: found[i]!, expected: readings[0]![i]! });
      }
    }
    offset += found[i]!.length;
  }
  return runs;
}
