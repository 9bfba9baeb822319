/** Unit tests for the social card layout (src/lib/cards/socialCard.ts), in English and Chinese, its fonts (src/lib/cards/cardFonts.ts) and real renders. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { translate } from '../../src/i18n/index.ts';
import en from '../../src/i18n/en.ts';
import zhHant from '../../src/i18n/zh-hant.ts';
import { CJK_FAMILY, cjkText, facesFor, facesOfCss, parseUnicodeRange } from '../../src/lib/cards/cardFonts.ts';
import { nonHongKongCharacters } from '../../src/lib/check/traditionalChinese.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import {
  CARD_FONT_FAMILY,
  CARD_HEIGHT,
  CARD_WIDTH,
  chineseTitleSize,
  claimCard,
  claimCardAlt,
  claimCardPath,
  fitChinese,
  fitTitle,
  SITE_CARD_PATH,
  siteCard,
  siteCardAlt,
  siteCardPath,
  textEms,
  titleSize,
  VERDICT_COLOURS,
  verdictShape,
  type CardNode,
} from '../../src/lib/cards/socialCard.ts';
import { renderCard } from '../../src/lib/cards/socialCardImage.ts';
import { VERDICT_KEYS, verdictLabel } from '../../src/lib/claims/verdicts.ts';
import { pngPixels, pngSize } from '../helpers/png.ts';

/** Every node of a tree, depth first. */
function nodes(node: CardNode): Exclude<CardNode, string>[] {
  if (typeof node === 'string') return [];
  const children = node.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return [node, ...list.flatMap(nodes)];
}
function texts(node: CardNode): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return list.flatMap(texts);
}
const styles = (node: CardNode) => nodes(node).map((n) => n.props.style ?? {});

const input = { title: 'Did police seize more than 1,060 organisers?', verdict: 'misleading' as const, claimant: 'China Daily', siteName: 'NECII Fact Check', locale: 'en' as const };

describe('claimCard', () => {
  it('is 1200×630 and shows the site name, the title, the claimant and the verdict label', () => {
    const card = claimCard(input);
    expect(styles(card)[0]).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(texts(card)).toEqual(expect.arrayContaining(['NECII Fact Check', input.title, 'Claim by China Daily', 'Misleading']));
  });

  it('shows the verdict in its colour and its shape, never colour alone', () => {
    for (const verdict of VERDICT_KEYS) {
      const card = claimCard({ ...input, verdict });
      expect(styles(card).some((s) => s.backgroundColor === VERDICT_COLOURS[verdict]), verdict).toBe(true);
      expect(texts(card)).toContain(verdictLabel(verdict, 'en'));
      expect(nodes(card).some((n) => n.type === 'svg'), verdict).toBe(true);
    }
    const kinds = (v: (typeof VERDICT_KEYS)[number]) => nodes(verdictShape(v, 10, '#000', '#fff')).map((n) => n.type).join(',');
    expect(kinds('accurate')).toBe('svg,circle,path');
    expect(kinds('unsupported')).toBe('svg,rect,path');
    expect(kinds('misleading')).toBe('svg,path,path');
  });

  it('sizes the title by length and shortens only a very long one, at a word', () => {
    expect(titleSize('Short?')).toBeGreaterThan(titleSize('x'.repeat(100)));
    expect(fitTitle('Short?')).toBe('Short?');
    const long = `${'word '.repeat(50)}end`;
    const fitted = fitTitle(long, 60);
    expect(fitted.length).toBeLessThanOrEqual(60);
    expect(fitted).toMatch(/word…$/);
  });

  it('has alt text that says what the card shows', () => {
    expect(claimCardAlt(input)).toBe('NECII Fact Check fact check: “Did police seize more than 1,060 organisers?” Verdict: Misleading.');
  });
});

describe('siteCard', () => {
  it('shows the site name, its description and the whole verdict scale', () => {
    const card = siteCard({ siteName: 'NECII Fact Check', description: 'What the site does.', locale: 'en' });
    expect(texts(card)).toEqual(expect.arrayContaining(['NECII Fact Check', 'What the site does.', ...VERDICT_KEYS.map((v) => verdictLabel(v, 'en'))]));
  });
});

describe('renderCard', () => {
  it('renders a 1200×630 PNG with the self-hosted Inter fonts', async () => {
    const png = await renderCard(claimCard(input));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeGreaterThan(10_000);
  });
});

describe('English cards', () => {
  it('keep the layout they had before Chinese cards (change these digests only to change the English cards on purpose)', () => {
    const digest = (node: CardNode) => createHash('sha256').update(JSON.stringify(node)).digest('hex');
    expect(digest(claimCard(input))).toBe('d09205126538de5c4238008987d5824db64bb8d1894e2a899a8bcbac1961eb47');
    expect(digest(siteCard({ siteName: 'NECII Fact Check', description: 'What the site does.', locale: 'en' }))).toBe('2da4b796766d2921b57937adc4d46ca3d1257464df2a4ce1847b75166afb4c69');
    expect(styles(claimCard(input))[0]).toMatchObject({ fontFamily: 'Inter' });
  });

  it('have the paths and alt text they had', () => {
    expect(SITE_CARD_PATH).toBe('cards/site.png');
    expect(siteCardPath('en')).toBe('cards/site.png');
    expect(claimCardPath('organisers-1060', 'en')).toBe('cards/claims/organisers-1060.png');
    expect(siteCardAlt('NECII Fact Check', 'en')).toBe('NECII Fact Check: fact checks checked against archived sources, quote by quote.');
  });
});

const zhInput = { title: '警方是否查獲逾1,060名偷運人口的組織者？', verdict: 'unsupported' as const, claimant: 'China Daily', siteName: 'NECII 事實查核', locale: 'zh-hant' as const };
const zhSite = { siteName: 'NECII 事實查核', description: '查核新聞媒體如何報道2016至2017年的行動。', locale: 'zh-hant' as const };
const zh = translate('zh-hant');

describe('Chinese cards', () => {
  it('show the translation, the Chinese site name and the verdict in Chinese, in Noto Sans HK', () => {
    const card = claimCard(zhInput);
    expect(styles(card)[0]).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT, fontFamily: 'Noto Sans HK' });
    expect(texts(card)).toEqual(['NECII 事實查核', '·', zh('card.kicker'), zhInput.title, '説法來源：China Daily', '無從證實']);
  });

  it('take every word that is not content from the dictionary, in Hong Kong Traditional', () => {
    const cardKeys = Object.keys(en).filter((k) => k.startsWith('card.')) as (keyof typeof en)[];
    expect(cardKeys.length).toBeGreaterThan(0);
    expect(Object.keys(zhHant).filter((k) => k.startsWith('card.'))).toEqual(cardKeys);
    for (const key of cardKeys) expect(nonHongKongCharacters(zhHant[key]), key).toEqual([]);
    const content = [zhInput.title, zhInput.siteName, zhSite.description, zhSite.siteName, '·'];
    const words = [...Object.values(zhHant), ...content];
    for (const text of [...texts(claimCard(zhInput)), ...texts(siteCard(zhSite))]) {
      expect(words.some((w) => text === w || text === zh('card.claimBy', { claimant: zhInput.claimant })), text).toBe(true);
      expect(nonHongKongCharacters(text), text).toEqual([]);
    }
  });

  it('show each verdict with the same colour and shape as the English card', () => {
    const svg = (card: CardNode) => nodes(card).find((n) => n.type === 'svg');
    for (const verdict of VERDICT_KEYS) {
      const english = claimCard({ ...input, verdict });
      const chinese = claimCard({ ...zhInput, verdict });
      expect(styles(chinese).some((s) => s.backgroundColor === VERDICT_COLOURS[verdict]), verdict).toBe(true);
      expect(styles(chinese)[1]).toEqual(styles(english)[1]);
      expect(svg(chinese), verdict).toEqual(svg(english));
      expect(texts(chinese)).toContain(verdictLabel(verdict, 'zh-hant'));
    }
  });

  it('size a Chinese title by its width and shorten a very long one after a whole character', () => {
    expect(textEms('警方2017')).toBeCloseTo(2 + 4 * 0.55);
    expect(chineseTitleSize('珠海有52名非法入境者被捕嗎？')).toBe(68);
    expect(chineseTitleSize('警'.repeat(50))).toBe(50);
    expect(chineseTitleSize('警'.repeat(50))).toBeLessThan(titleSize('x'.repeat(50)));
    expect(fitChinese('警方是否？', 80)).toBe('警方是否？');
    const fitted = fitChinese(`${'警方是否查獲，'.repeat(20)}`, 30);
    expect(textEms(fitted)).toBeLessThanOrEqual(30);
    expect(fitted).toMatch(/[^，]…$/u);
    const card = claimCard({ ...zhInput, title: '警方是否查獲逾1,060名偷運人口的組織者？'.repeat(6) });
    expect(texts(card)[3]).toMatch(/…$/);
  });

  it('site card: the Chinese site name, its description and the whole verdict scale in Chinese', () => {
    const card = siteCard(zhSite);
    expect(styles(card)[0]).toMatchObject({ fontFamily: 'Noto Sans HK' });
    expect(texts(card)).toEqual([zh('card.tagline'), zhSite.siteName, zhSite.description, ...VERDICT_KEYS.map((v) => verdictLabel(v, 'zh-hant'))]);
  });

  it('alt text and paths', () => {
    expect(claimCardAlt(zhInput)).toBe('NECII 事實查核：「警方是否查獲逾1,060名偷運人口的組織者？」查核結果：無從證實。');
    expect(siteCardAlt('NECII 事實查核', 'zh-hant')).toBe('NECII 事實查核：事實查核，逐條引文與存檔來源核對。');
    expect(siteCardPath('zh-hant')).toBe('cards/zh-hant/site.png');
    expect(claimCardPath('organisers-1060', 'zh-hant')).toBe('cards/zh-hant/claims/organisers-1060.png');
  });
});

describe('card fonts', () => {
  it('reads unicode-range and gives each character to the last rule that lists it, as CSS does', () => {
    expect(parseUnicodeRange('U+4e00-4e0f, U+3000,U+0041')).toEqual([[0x4e00, 0x4e0f], [0x3000, 0x3000], [0x41, 0x41]]);
    expect(() => parseUnicodeRange('U+zz')).toThrow(/Cannot read/);
    const css = [
      "@font-face { src: url(./files/cjk-1-400-normal.woff2) format('woff2'); unicode-range: U+41-43,U+4e00; }",
      "@font-face { src: url(./files/latin-400-normal.woff2) format('woff2'); unicode-range: U+20-42; }",
      "@font-face { src: url(./files/unused-400-normal.woff2) format('woff2'); unicode-range: U+41; }",
      "@font-face { src: url(./files/latin-ext-400-normal.woff2) format('woff2'); unicode-range: U+41; }",
    ].join('\n');
    expect(facesOfCss(css, 400)).toEqual([
      { file: 'cjk-1-400-normal.woff2', weight: 400, ranges: [[0x43, 0x43], [0x4e00, 0x4e00]] },
      { file: 'latin-400-normal.woff2', weight: 400, ranges: [[0x20, 0x40], [0x42, 0x42]] },
      { file: 'latin-ext-400-normal.woff2', weight: 400, ranges: [[0x41, 0x41]] },
    ]);
  });

  it('an English card needs no Chinese font; a Chinese card needs, per weight, the subsets that hold its characters', () => {
    expect(facesFor(claimCard(input))).toEqual([]);
    expect(facesFor(siteCard({ siteName: 'NECII Fact Check', description: 'What the site does.', locale: 'en' }))).toEqual([]);
    const card = claimCard(zhInput);
    const text = cjkText(card);
    expect([...text.keys()].sort()).toEqual([400, 700]);
    expect(text.get(700)).toContain('警'.codePointAt(0)); // the title is bold
    expect(text.get(400)).toContain('説'.codePointAt(0)); // the claimant line is not
    const faces = facesFor(card);
    for (const [weight, codePoints] of text) {
      for (const c of codePoints) {
        expect(faces.filter((f) => f.weight === weight && f.ranges.some(([a, b]) => a <= c && c <= b)), String.fromCodePoint(c)).toHaveLength(1);
      }
    }
    expect(faces.map((f) => f.file)).toContain('noto-sans-hk-latin-700-normal.woff2'); // the digits of 1,060
    expect(faces.length).toBeLessThan(40);
  });

  it('refuses a character Noto Sans HK cannot draw', () => {
    expect(() => facesFor(claimCard({ ...zhInput, title: '警方是否查獲🦜？' }))).toThrow(/Noto Sans HK has no glyph for "🦜" \(U\+1F99C\)/);
  });

  it('can draw every Chinese card of the site', () => {
    const dir = join(process.cwd(), 'content', 'claims', 'zh-hant');
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = parseYaml(splitFrontmatter(readFileSync(join(dir, file), 'utf8'))!.yaml) as { title: string; claimant: string; verdict: (typeof VERDICT_KEYS)[number] };
      expect(() => facesFor(claimCard({ ...zhInput, title: data.title, claimant: data.claimant, verdict: data.verdict })), file).not.toThrow();
    }
    expect(CJK_FAMILY).toBe(CARD_FONT_FAMILY['zh-hant']);
  });
});

/** How many pixels differ from the card's background. */
function ink(png: Uint8Array): number {
  const { rgba } = pngPixels(png);
  let count = 0;
  for (let i = 0; i < rgba.length; i += 4) if (Math.abs(rgba[i]! - 0xfd) + Math.abs(rgba[i + 1]! - 0xfc) + Math.abs(rgba[i + 2]! - 0xfa) > 24) count++;
  return count;
}

describe('renderCard in Chinese', () => {
  /** A renderer with nothing loaded yet: the module afresh. */
  const freshRenderer = async () => {
    vi.resetModules();
    return import('../../src/lib/cards/socialCardImage.ts');
  };

  it('loads no Chinese font for English cards, and only the subsets a Chinese card needs', async () => {
    const { renderCard: render, loadedCjkFaces } = await freshRenderer();
    await render(claimCard(input));
    await render(siteCard({ siteName: 'NECII Fact Check', description: 'What the site does.', locale: 'en' }));
    expect(loadedCjkFaces()).toEqual([]);
    const card = claimCard(zhInput);
    expect(pngSize(await render(card))).toEqual({ width: 1200, height: 630 });
    expect(loadedCjkFaces().sort()).toEqual(facesFor(card).map((f) => f.file).sort());
  });

  it('draws Chinese glyphs: a dense character leaves more ink than a sparse one', async () => {
    const sparse = await renderCard(claimCard({ ...zhInput, title: '一二一二一二一二', claimant: '一' }));
    const dense = await renderCard(claimCard({ ...zhInput, title: '體鑿體鑿體鑿體鑿', claimant: '一' }));
    // With a missing font both titles would be drawn alike (nothing, or the same empty boxes).
    expect(ink(dense) - ink(sparse)).toBeGreaterThan(5_000);
  });

  it('draws a card the same whatever was drawn before it (what the card cache and reproducible builds rely on)', async () => {
    const first = await freshRenderer();
    const english = await first.renderCard(claimCard(input));
    // Inter has no Chinese: an English card never borrows Noto Sans HK, loaded or not.
    const borrowing = claimCard({ ...input, title: 'Is Yin Chengjun (尹成君) the head of the bureau?' });
    const englishWithChinese = await first.renderCard(borrowing);
    const chinese = await first.renderCard(claimCard(zhInput));
    // Other cards load more subsets and the other weight of some.
    await first.renderCard(siteCard(zhSite));
    await first.renderCard(claimCard({ ...zhInput, title: '香港的數字是否由2015年的1,444人降至2017年的不足400人？', claimant: 'Hong Kong Free Press' }));
    expect(Buffer.from(await first.renderCard(claimCard(zhInput))).equals(Buffer.from(chinese))).toBe(true);
    expect(Buffer.from(await first.renderCard(claimCard(input))).equals(Buffer.from(english))).toBe(true);
    expect(Buffer.from(await first.renderCard(borrowing)).equals(Buffer.from(englishWithChinese))).toBe(true);
    const second = await freshRenderer();
    expect(Buffer.from(await second.renderCard(claimCard(input))).equals(Buffer.from(english))).toBe(true);
  });
});
