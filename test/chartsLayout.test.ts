/**
 * Chart layout (issue 4): pure functions, no DOM. Every text label of every
 * chart stays inside its viewBox and clear of every other label and bar,
 * at phone widths (320 px and narrower containers) and wide, in English
 * and in Chinese (whose characters are measured 1em wide).
 */
import { describe, expect, it } from 'vitest';
import { contains, overlaps, textBox } from '../src/lib/charts/box.ts';
import { chartText, ENGLISH, type ChartText } from '../src/lib/charts/chartText.ts';
import { chartModel, type ChartModel } from '../src/lib/charts/chartModel.ts';
import { declineInput, declineLayout } from '../src/lib/charts/declineChart.ts';
import { computeDerived } from '../src/lib/charts/derive.ts';
import { COMPACT_WIDTH, LAYOUTS, WIDE_WIDTH } from '../src/lib/charts/layoutSizes.ts';
import { outletInput, outletLayout } from '../src/lib/charts/outletChart.ts';
import { flatten, type Box, type Scene, type TextNode } from '../src/lib/charts/scene.ts';
import { timelineInput, timelineLayout } from '../src/lib/charts/timelineChart.ts';
import { charts, chinese, comparison, lookup, series, timeline } from './helpers/chartData.ts';


/** Each chart's words in each language. */
const LANGUAGES: [string, (id: string) => ChartText][] = [
  ['en', () => ENGLISH],
  ['zh-hant', (id) => chartText('zh-hant', chinese(id))],
];

/** The layouts to prove: both shipped widths, and the narrower and wider widths a container may force, in every language. */
function scenesAt(width: number): [string, Scene][] {
  const { figures } = computeDerived(series.values, series.derived, 'values');
  const t = computeDerived([], timeline.derived, 'values', timeline.events);
  return LANGUAGES.flatMap(([language, words]): [string, Scene][] => [
    [`monthly-decline (${language})`, declineLayout(declineInput(series, figures, lookup, words('monthly-decline')), width, words('monthly-decline'))],
    [`outlet-figures (${language})`, outletLayout(outletInput(comparison, lookup, words('outlet-figures')), width, words('outlet-figures'))],
    [`operation-timeline (${language})`, timelineLayout(timelineInput(timeline, t.figures, lookup, words('operation-timeline')), width, words('operation-timeline'))],
  ]);
}

function textsOf(scene: Scene): TextNode[] {
  return flatten(scene.nodes).filter((n): n is TextNode => n.kind === 'text');
}

function overlapsIn(scene: Scene): string[] {
  const texts = textsOf(scene).map((t) => ({ t, box: textBox(t) }));
  const bars = flatten(scene.nodes).filter((n) => n.kind === 'rect') as Box[];
  const found: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) if (overlaps(a.box, b.box)) found.push(`"${a.t.text}" overlaps "${b.t.text}"`);
    for (const bar of bars) if (overlaps(a.box, bar)) found.push(`"${a.t.text}" overlaps a bar`);
  });
  return found;
}

/*
 * The site ships two layouts, COMPACT_WIDTH and WIDE_WIDTH units wide, and
 * scales them with the viewBox: on a 320 px phone the compact one is drawn
 * 288 px wide, so what holds in viewBox units holds on screen. Widths next
 * to the shipped ones prove the layout does not depend on a lucky number.
 */
describe.each([288, COMPACT_WIDTH, 360, WIDE_WIDTH, 640])('at %i units wide', (width) => {
  it.each(scenesAt(width))('%s: every label lies inside the chart', (_id, scene) => {
    const frame: Box = { x: 0, y: 0, width: scene.width, height: scene.height };
    const outside = textsOf(scene).filter((t) => !contains(frame, textBox(t))).map((t) => t.text);
    expect(outside).toEqual([]);
    expect(scene.width).toBe(width);
  });

  it.each(scenesAt(width))('%s: no label overlaps another label or a bar', (_id, scene) => {
    expect(overlapsIn(scene)).toEqual([]);
  });
});

describe('chart models', () => {
  const models = [...charts.values()].flatMap((d) => [chartModel(d.data, lookup, 'en'), chartModel(d.data, lookup, 'zh-hant', chinese(d.data.slug))]);
  const named = models.map((m, i) => [`${m.id} (${i % 2 ? 'zh-hant' : 'en'})`, m] as const);

  it.each(named)('%s ships a compact and a wide layout', (_id, model: ChartModel) => {
    expect(Object.keys(model.scenes)).toEqual(LAYOUTS.map((l) => l.name));
    expect(model.scenes.compact.width).toBe(COMPACT_WIDTH);
    expect(model.scenes.wide.width).toBe(WIDE_WIDTH);
  });

  it.each(named)('%s: every mark links to a paragraph and names its value and source', (_id, model: ChartModel) => {
    for (const scene of Object.values(model.scenes)) {
      const links = flatten(scene.nodes).filter((n) => n.kind === 'link');
      expect(links.length).toBeGreaterThan(2);
      for (const link of links) {
        expect(link.href).toMatch(/^sources\/[a-z0-9-]+\/#p\d+$/);
        const slug = link.href.split('/')[1]!;
        expect(link.label).toContain(lookup.get(slug)!.label);
        expect(link.label).toMatch(/paragraph \d+|第\d+段/);
        expect(link.value).toBeTruthy();
        expect(contains({ x: 0, y: 0, width: scene.width, height: scene.height }, link.focus)).toBe(true);
      }
    }
  });

  it.each([['en'], ['zh-hant']] as const)('keeps focus areas of the comparison lanes apart, so each tap hits one mark (%s)', (locale) => {
    const model = locale === 'en' ? chartModel(comparison, lookup, 'en') : chartModel(comparison, lookup, locale, chinese('outlet-figures'));
    const links = flatten(model.scenes.compact.nodes).filter((n) => n.kind === 'link');
    links.forEach((a, i) => links.slice(i + 1).forEach((b) => expect(overlaps(a.focus, b.focus, -0.5)).toBe(false)));
    // WCAG 2.2 target size: at least 24 CSS px tall once the compact layout is scaled to a 288 px container.
    for (const l of links) expect(l.focus.height * (288 / COMPACT_WIDTH)).toBeGreaterThanOrEqual(24);
  });
});
