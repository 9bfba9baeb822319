/**
 * The fonts of the social cards (src/lib/cards/socialCard.ts): Inter for English,
 * Noto Sans HK (@fontsource/noto-sans-hk) for Chinese.
 *
 * Noto Sans HK comes as about a hundred woff2 subsets per weight, each with
 * the `unicode-range` its @font-face rule gives in the package's CSS
 * (`400.css`, `700.css`). A card needs only the subsets that hold its
 * characters (about fifteen per weight for the whole site's Chinese cards), so
 * the renderer is given exactly those, and only when a Chinese card is drawn.
 *
 * Some subsets overlap (the numbered CJK subsets also hold some Latin,
 * Vietnamese and Cyrillic letters). As CSS does, the rule declared last wins
 * a character; each subset is registered with only the characters it wins, so
 * every character has one face whatever else is loaded, and a card's pixels
 * depend only on the subsets facesFor() names for it.
 *
 * Pure apart from reading the package's files, which it does lazily and once.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { shared } from '../shared.ts';
import { CARD_FONT_FAMILY, type CardNode } from './socialCard.ts';

const require = createRequire(import.meta.url);

/** The family whose subsets are chosen per card. */
export const CJK_FAMILY = CARD_FONT_FAMILY['zh-hant'];
/** The weights the cards use. */
export const CARD_WEIGHTS = [400, 700] as const;
export type CardWeight = (typeof CARD_WEIGHTS)[number];

/** One subset of Noto Sans HK in one weight, with the characters it serves. */
export interface CardFontFace {
  /** The woff2 file's name in @fontsource/noto-sans-hk/files/. */
  file: string;
  weight: CardWeight;
  /** Inclusive code-point ranges this face serves (after overlaps are resolved), ascending. */
  ranges: [number, number][];
}

/** The package's folder (its exports hide package.json, so found from its CSS). */
let packageDir: string | undefined;
const notoDir = () => (packageDir ??= dirname(require.resolve('@fontsource/noto-sans-hk/400.css')));

/** `U+4e00-4e0f,U+3000` → [[0x4e00, 0x4e0f], [0x3000, 0x3000]] (fontsource writes no `?` wildcards). */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to = from, extra] = part.trim().replace(/^U\+/i, '').split('-');
    const range: [number, number] = [parseInt(from!, 16), parseInt(to!, 16)];
    if (extra !== undefined || !(range[0] <= range[1]) || !/^[0-9a-f]+$/i.test(from!) || !/^[0-9a-f]+$/i.test(to!)) {
      throw new Error(`Cannot read the unicode-range "${part.trim()}"`);
    }
    return range;
  });
}

const MAX_CODE_POINT = 0x10ffff;

/** For a fontsource stylesheet: its faces, and for each code point the index of the face that serves it (-1: none). */
interface FaceTable {
  faces: CardFontFace[];
  owner: Int16Array;
}

/**
 * The faces of a fontsource stylesheet, each with the characters it wins:
 * the last @font-face rule whose unicode-range holds a character serves it.
 */
export function faceTable(css: string, weight: CardWeight): FaceTable {
  const rules = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(({ 1: body }) => {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    if (!file || !range) throw new Error(`A @font-face rule without a woff2 file or unicode-range: ${body!.trim().slice(0, 120)}`);
    return { file, ranges: parseUnicodeRange(range).sort((a, b) => a[0] - b[0]) };
  });
  const owner = new Int16Array(MAX_CODE_POINT + 1).fill(-1);
  rules.forEach(({ ranges }, index) => {
    for (const [from, to] of ranges) owner.fill(index, from, Math.min(to, MAX_CODE_POINT) + 1);
  });
  const faces = rules.map(({ file, ranges }, index) => {
    const won: [number, number][] = [];
    for (const [from, to] of ranges) {
      for (let c = from; c <= to; c++) {
        if (owner[c] !== index) continue;
        const last = won.at(-1);
        if (last && last[1] === c - 1) last[1] = c;
        else won.push([c, c]);
      }
    }
    return { file, weight, ranges: won };
  });
  return { faces, owner };
}

/** The faces of a fontsource stylesheet that serve any character, each with the characters it wins. */
export const facesOfCss = (css: string, weight: CardWeight): CardFontFace[] => faceTable(css, weight).faces.filter((face) => face.ranges.length > 0);

/**
 * Each weight's table, each face's bytes and digest, worked out once per
 * thread (src/lib/shared.ts): the integrations, which draw cards ahead, and
 * the bundled card route load this module separately.
 */
const tables = () => shared('cardFontTables', () => new Map<CardWeight, FaceTable>());
function table(weight: CardWeight): FaceTable {
  let t = tables().get(weight);
  if (!t) tables().set(weight, (t = faceTable(readFileSync(join(notoDir(), `${weight}.css`), 'utf8'), weight)));
  return t;
}

/** The weight a card style asks for (the cards write 700 for bold, nothing for regular). */
const weightOf = (style: Record<string, unknown> | undefined, inherited: CardWeight): CardWeight => {
  const w = style?.fontWeight;
  if (w === undefined) return inherited;
  if (w === 400 || w === 700) return w;
  throw new Error(`Cards use font weights ${CARD_WEIGHTS.join(' and ')} only, not ${String(w)}`);
};

/** Every character set in the CJK family, by weight, with fontFamily and fontWeight inherited as in CSS. */
export function cjkText(node: CardNode): Map<CardWeight, Set<number>> {
  const found = new Map<CardWeight, Set<number>>();
  const walk = (n: CardNode, family: string | undefined, weight: CardWeight) => {
    if (typeof n === 'string') {
      if (family !== CJK_FAMILY) return;
      let set = found.get(weight);
      if (!set) found.set(weight, (set = new Set()));
      for (const ch of n) if (!/\s/.test(ch)) set.add(ch.codePointAt(0)!);
      return;
    }
    const style = n.props.style;
    const f = typeof style?.fontFamily === 'string' ? style.fontFamily : family;
    const w = weightOf(style, weight);
    const children = n.props.children;
    for (const child of children === undefined ? [] : Array.isArray(children) ? children : [children]) walk(child, f, w);
  };
  walk(node, undefined, 400);
  return found;
}

/**
 * The Noto Sans HK faces a card needs to draw every character it sets in
 * that family, in a fixed order; [] for a card set only in Inter. Throws on
 * a character that no subset holds (it would be drawn as an empty box).
 */
export function facesFor(node: CardNode): CardFontFace[] {
  const faces = new Set<CardFontFace>();
  for (const [weight, codePoints] of cjkText(node)) {
    const { faces: all, owner } = table(weight);
    for (const c of codePoints) {
      const face = all[owner[c]!];
      if (!face) throw new Error(`${CJK_FAMILY} has no glyph for "${String.fromCodePoint(c)}" (U+${c.toString(16).toUpperCase()}), used on a social card`);
      faces.add(face);
    }
  }
  return [...faces].sort((a, b) => a.weight - b.weight || a.file.localeCompare(b.file));
}

const bytes = () => shared('cardFontBytes', () => new Map<string, Buffer>());
/** A face's woff2 bytes, read once. */
export function faceBytes(face: CardFontFace): Buffer {
  let b = bytes().get(face.file);
  if (!b) bytes().set(face.file, (b = readFileSync(join(notoDir(), 'files', face.file))));
  return b;
}

const digests = () => shared('cardFontDigests', () => new Map<string, string>());
/** SHA-256 of a face: its file's bytes (read once), weight and the characters it serves. */
export function faceDigest(face: CardFontFace, data?: Uint8Array): string {
  const digest = (bytes: Uint8Array) => createHash('sha256').update(`${face.file} ${face.weight} ${JSON.stringify(face.ranges)}\0`).update(bytes).digest('hex');
  if (data) return digest(data);
  let d = digests().get(face.file);
  if (!d) digests().set(face.file, (d = digest(faceBytes(face))));
  return d;
}
