/** Unit tests for the social card layout (src/lib/socialCard.ts) and one real render. */
import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  claimCard,
  claimCardAlt,
  fitTitle,
  siteCard,
  titleSize,
  VERDICT_COLOURS,
  verdictShape,
  type CardNode,
} from '../src/lib/socialCard.ts';
import { renderCard } from '../src/lib/socialCardImage.ts';
import { VERDICT_KEYS, VERDICTS , verdictLabel } from '../src/lib/verdicts.ts';
import { pngSize } from './helpers/png.ts';

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
