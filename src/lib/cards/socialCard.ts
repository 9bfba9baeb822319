/**
 * Social cards (Open Graph / Twitter images, issue 8): the layout of the
 * 1200×630 PNG for a claim and for the site, in English and in Chinese, as an
 * element tree (plain objects, no JSX). Every word on a card comes from the
 * dictionaries (`card.*` in src/i18n/). Pure: src/lib/cards/socialCardImage.ts
 * renders the tree with Takumi, in Inter for English and Noto Sans HK for
 * Chinese (src/lib/cards/cardFonts.ts).
 */
import { translate } from '../../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { localeParam } from '../../i18n/paths.ts';
import { VERDICTS, type Verdict, verdictLabel } from '../claims/verdicts.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The font family of a card in each locale (src/lib/cards/cardFonts.ts loads them). */
export const CARD_FONT_FAMILY = { en: 'Inter', 'zh-hant': 'Noto Sans HK' } as const satisfies Record<Locale, string>;

/** A satori node: an element with CSS-like style props, or text. */
export type CardNode = string | { type: string; props: Record<string, unknown> & { children?: CardNode | CardNode[]; style?: Record<string, unknown> } };

const el = (type: string, props: Record<string, unknown>, ...children: CardNode[]): CardNode => ({
  type,
  props: { ...props, ...(children.length ? { children: children.length === 1 ? children[0] : children } : {}) },
});

/** The light-scheme tokens of src/styles/global.css. */
export const CARD_COLOURS = {
  bg: '#fdfcfa',
  fg: '#1a1a1a',
  muted: '#55524d',
  rule: '#d9d5cf',
  panel: '#f3f0ea',
} as const;

/** Each verdict's colour, as on the page (VerdictBadge.astro, global.css). All reach 4.5:1 with white text. */
export const VERDICT_COLOURS: Record<Verdict, string> = {
  accurate: '#146c2e',
  'needs-context': '#7a5200',
  unsupported: '#4a4a6a',
  misleading: '#7a5200',
  inaccurate: '#b3261e',
};

/** The verdict's shape (the geometry of VerdictIcon.astro), so the card never relies on colour alone. */
export function verdictShape(verdict: Verdict, size: number, fill: string, ink: string): CardNode {
  const stroke = { fill: 'none', stroke: ink, 'stroke-width': '2.4', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
  const shapes: Record<(typeof VERDICTS)[Verdict]['icon'], CardNode[]> = {
    check: [el('circle', { cx: '10', cy: '10', r: '9', fill }), el('path', { d: 'M5.5 10.5l3 3 6-7', ...stroke })],
    info: [el('circle', { cx: '10', cy: '10', r: '9', fill }), el('path', { d: 'M10 9v5.5M10 5.6v.1', ...stroke })],
    question: [
      el('rect', { x: '1', y: '1', width: '18', height: '18', rx: '3', fill }),
      el('path', { d: 'M7.3 7.6a2.8 2.8 0 1 1 3.6 2.7c-.6.2-.9.7-.9 1.3v.6M10 15v.1', ...stroke, 'stroke-width': '2.2' }),
    ],
    warning: [
      el('path', { d: 'M10 1.5l9 16.5H1z', fill, stroke: fill, 'stroke-linejoin': 'round' }),
      el('path', { d: 'M10 7.5v5M10 15.2v.1', ...stroke, 'stroke-width': '2.2' }),
    ],
    cross: [el('circle', { cx: '10', cy: '10', r: '9', fill }), el('path', { d: 'M6.5 6.5l7 7M13.5 6.5l-7 7', ...stroke })],
  };
  return el('svg', { width: size, height: size, viewBox: '0 0 20 20' }, ...shapes[VERDICTS[verdict].icon]);
}

/** Title size in px by length, so a long question still fits in four lines. */
export function titleSize(title: string): number {
  const n = title.length;
  return n <= 50 ? 68 : n <= 80 ? 58 : n <= 120 ? 50 : 42;
}

/** Cuts an overlong title at a word boundary, with an ellipsis (the page has it in full). */
export function fitTitle(title: string, max = 160): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A character drawn a full em wide: CJK ideographs, kana, Hangul, full-width forms and CJK punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** About how many ems wide a Chinese text is: a wide character 1, anything else (Latin, digits) about half. */
export const textEms = (text: string): number => [...text].reduce((ems, ch) => ems + (WIDE.test(ch) ? 1 : 0.55), 0);

/** Chinese titles are sized by width, not length: an ideograph is about twice as wide as a Latin letter. */
export function chineseTitleSize(title: string): number {
  const ems = textEms(title);
  return ems <= 25 ? 68 : ems <= 40 ? 58 : ems <= 60 ? 50 : 42;
}

/** Cuts an overlong Chinese text to about `maxEms` ems, after a whole character (Chinese has no spaces to cut at), with an ellipsis. */
export function fitChinese(text: string, maxEms: number): string {
  if (textEms(text) <= maxEms) return text;
  let kept = '';
  for (const ch of text) {
    if (textEms(kept + ch) > maxEms - 1) break;
    kept += ch;
  }
  return `${kept.replace(/[\s,;:.–—\-，、；：。．「『（]+$/u, '')}…`;
}

/** How each locale sets its text on the cards. English is exactly as before Chinese cards existed. */
const TYPE = {
  en: {
    fit: (text: string, max: number) => fitTitle(text, max),
    titleSize,
    title: { max: 160, lineHeight: 1.15, letterSpacing: '-0.01em' },
    claimantMax: 110,
    nameLetterSpacing: '-0.02em',
    descriptionMax: 230,
  },
  'zh-hant': {
    fit: fitChinese,
    titleSize: chineseTitleSize,
    // Ideographs need more leading than Latin, and no tightening.
    title: { max: 80, lineHeight: 1.3, letterSpacing: 0 },
    claimantMax: 70,
    nameLetterSpacing: 0,
    descriptionMax: 100,
  },
} as const satisfies Record<Locale, unknown>;

const frame = (locale: Locale, accent: string, ...children: CardNode[]) =>
  el(
    'div',
    {
      style: {
        width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'row',
        backgroundColor: CARD_COLOURS.bg, color: CARD_COLOURS.fg, fontFamily: CARD_FONT_FAMILY[locale],
      },
    },
    el('div', { style: { width: 24, height: CARD_HEIGHT, flexShrink: 0, backgroundColor: accent } }),
    el('div', { style: { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '56px 72px 56px 64px' } }, ...children),
  );

const siteLine = (siteName: string, kicker: string) =>
  el(
    'div',
    { style: { display: 'flex', alignItems: 'center', fontSize: 30, color: CARD_COLOURS.muted } },
    el('span', { style: { fontWeight: 700, color: CARD_COLOURS.fg } }, siteName),
    el('span', { style: { margin: '0 16px' } }, '·'),
    el('span', {}, kicker),
  );

export interface ClaimCardInput {
  /** In the card's language: for Chinese, the translation's title and claimant. */
  title: string;
  verdict: Verdict;
  claimant: string;
  /** siteName(locale) from src/lib/content/site.ts. */
  siteName: string;
  locale: Locale;
}

/** A claim's card: site name, the question, and the verdict as colour, shape and words. */
export function claimCard({ title, verdict, claimant, siteName, locale }: ClaimCardInput): CardNode {
  const t = translate(locale);
  const type = TYPE[locale];
  const colour = VERDICT_COLOURS[verdict];
  const text = type.fit(title, type.title.max);
  return frame(
    locale,
    colour,
    siteLine(siteName, t('card.kicker')),
    el(
      'div',
      { style: { display: 'flex', flexDirection: 'column' } },
      el('div', { style: { display: 'flex', fontSize: type.titleSize(text), fontWeight: 700, lineHeight: type.title.lineHeight, letterSpacing: type.title.letterSpacing } }, text),
      el('div', { style: { display: 'flex', fontSize: 28, lineHeight: 1.3, color: CARD_COLOURS.muted, marginTop: 22 } }, type.fit(t('card.claimBy', { claimant }), type.claimantMax)),
    ),
    el(
      'div',
      { style: { display: 'flex' } },
      el(
        'div',
        { style: { display: 'flex', alignItems: 'center', backgroundColor: colour, color: '#ffffff', borderRadius: 14, padding: '14px 30px 14px 20px', fontSize: 44, fontWeight: 700, whiteSpace: 'nowrap' } },
        verdictShape(verdict, 56, '#ffffff', colour),
        el('span', { style: { marginLeft: 18 } }, verdictLabel(verdict, locale)),
      ),
    ),
  );
}

export interface SiteCardInput {
  /** siteName(locale) and siteDescription(locale) from src/lib/content/site.ts. */
  siteName: string;
  description: string;
  locale: Locale;
}

/** The card for every page that is not a claim: the site's name and purpose, and the verdict scale. */
export function siteCard({ siteName, description, locale }: SiteCardInput): CardNode {
  const t = translate(locale);
  const type = TYPE[locale];
  const verdicts = Object.keys(VERDICTS) as Verdict[];
  return frame(
    locale,
    CARD_COLOURS.fg,
    el('div', { style: { display: 'flex', fontSize: 30, color: CARD_COLOURS.muted } }, t('card.tagline')),
    el(
      'div',
      { style: { display: 'flex', flexDirection: 'column' } },
      el('div', { style: { display: 'flex', fontSize: 84, fontWeight: 700, letterSpacing: type.nameLetterSpacing } }, siteName),
      el('div', { style: { display: 'flex', fontSize: 30, lineHeight: 1.35, color: CARD_COLOURS.muted, marginTop: 20 } }, type.fit(description, type.descriptionMax)),
    ),
    el(
      'div',
      { style: { display: 'flex', alignItems: 'center' } },
      ...verdicts.map((v) =>
        el(
          'div',
          { style: { display: 'flex', alignItems: 'center', marginRight: 22, fontSize: 21, fontWeight: 700, whiteSpace: 'nowrap', color: VERDICT_COLOURS[v] } },
          verdictShape(v, 30, VERDICT_COLOURS[v], '#ffffff'),
          el('span', { style: { marginLeft: 8 } }, verdictLabel(v, locale)),
        ),
      ),
    ),
  );
}

/** The alt text of a claim's card: what it shows, in words, in the card's language. */
export const claimCardAlt = ({ title, verdict, siteName, locale }: ClaimCardInput) =>
  translate(locale)('card.claimAlt', { site: siteName, title, verdict: verdictLabel(verdict, locale) });
/** The alt text of the site card. */
export const siteCardAlt = (siteName: string, locale: Locale) => translate(locale)('card.siteAlt', { site: siteName });

/** Site-relative folder of a locale's cards: `cards` for English, `cards/zh-hant` for Chinese (src/pages/cards/[...locale]/). */
const cardsDir = (locale: Locale) => (locale === DEFAULT_LOCALE ? 'cards' : `cards/${localeParam(locale)}`);
/** Site-relative paths of the card images. */
export const siteCardPath = (locale: Locale) => `${cardsDir(locale)}/site.png`;
export const claimCardPath = (slug: string, locale: Locale) => `${cardsDir(locale)}/claims/${slug}.png`;
/** The English site card. */
export const SITE_CARD_PATH = siteCardPath(DEFAULT_LOCALE);
