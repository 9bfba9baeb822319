import { max, scaleBand, scaleLinear } from 'd3';
import type { ComputedFigure } from '../claims/figures.ts';
import type { SeriesData } from '../content/schema.ts';
import { lineHeight, pad, textBox, union } from './box.ts';
import type { ChartText } from './chartText.ts';
import { formatChange, formatCount } from './formatValues.ts';
import { textSizes } from './layoutSizes.ts';
import { placeLabel } from './placeLabel.ts';
import { statedNumber } from './qualifier.ts';
import type { Box, Scene, SceneNode, TextNode } from './scene.ts';
import { lookup, paragraphHref, type SourceLookup } from './sourceInfo.ts';
import { wrapText } from './wrapText.ts';

export interface DeclineBar {
  id: string;
  label: string;
  value: number;
  note?: string;
  partialPeriod?: string;
  source: string;
  sourceLabel: string;
  p: number;
  quote: string;
}

export interface DeclineChange {
  id: string;
  from: number;
  to: number;
  /** Per cent, computed from the two plotted values. */
  percent: number;
  working: string;
  /** How the source itself words this change, when it does. */
  stated?: { text: string; quote: string; source: string; p: number; words?: string };
}

export interface DeclineInput {
  unit: string;
  bars: DeclineBar[];
  /** Changes between plotted values, computed by the data's derived values. */
  changes: DeclineChange[];
}

/** The plotted values and the changes between them, from a series data file and its computed figures, in `words`' language. */
export function declineInput(data: SeriesData, figures: ReadonlyMap<string, ComputedFigure>, sources: SourceLookup, words: ChartText): DeclineInput {
  const byId = new Map(data.values.map((v) => [v.id, v]));
  const bars = data.plot.map((id) => {
    const v = byId.get(id)!;
    return {
      id,
      label: words.label(id, v.label),
      value: v.value,
      note: v.note === undefined ? undefined : words.label(`${id}.note`, v.note),
      partialPeriod: v.partialPeriod === undefined ? undefined : words.label(`${id}.partialPeriod`, v.partialPeriod),
      source: v.source,
      sourceLabel: lookup(sources, v.source).label,
      p: v.p,
      quote: v.quote,
    };
  });
  const changes: DeclineChange[] = [];
  for (const d of data.derived) {
    if (!('change' in d)) continue;
    const from = data.plot.indexOf(d.change[0]);
    const to = data.plot.indexOf(d.change[1]);
    const figure = figures.get(d.id);
    if (from < 0 || to < 0 || !figure) continue;
    const statedValue = d.statedAs ? byId.get(d.statedAs) : undefined;
    const stated = statedValue
      ? { text: statedValue.words ?? statedAs(statedValue, words), quote: statedValue.quote, source: statedValue.source, p: statedValue.p, words: statedValue.words }
      : undefined;
    changes.push({ id: d.id, from, to, percent: figure.value, working: figure.working ?? '', stated });
  }
  return { unit: words.unit(data.unit), bars, changes };
}

function statedAs(v: { quote: string; value: number; words?: string }, words: ChartText): string {
  const { qualifier, phrase } = statedNumber(v.quote, v.value, v.words);
  return words.stated(v.value, qualifier, phrase);
}

const MARGIN = 4;

/**
 * Vertical bars, one per period, each labelled with its value and linked
 * to the paragraph it comes from. The change from one bar to the next sits
 * in the later bar's column, under a dashed line at the earlier bar's
 * height; the change across the whole series is a bracket on top.
 */
export function declineLayout(input: DeclineInput, width: number, words: ChartText): Scene {
  const { t } = words;
  const size = textSizes(width);
  const { bars, changes } = input;
  const nodes: SceneNode[] = [];
  const obstacles: Box[] = [];
  const last = bars.length - 1;
  const overall = bars.length > 2 ? changes.find((c) => c.from === 0 && c.to === last) : undefined;

  const x = scaleBand(bars.map((b) => b.id), [MARGIN, width - MARGIN]).paddingInner(0.28).paddingOuter(0.08);
  const bandwidth = x.bandwidth();
  const left = (i: number) => x(bars[i]!.id)!;
  const centre = (i: number) => left(i) + bandwidth / 2;

  // Top band: the overall change and its bracket.
  let top = 2;
  if (overall) {
    const text: TextNode = { kind: 'text', x: (centre(0) + centre(last)) / 2, y: top + size.body * 0.8, text: t('chart.decline.overall', { change: formatChange(overall.percent), from: bars[0]!.label, to: bars[last]!.label }), anchor: 'middle', size: size.body, bold: true, className: 'change' };
    const bracketY = top + lineHeight(size.body) + 2;
    nodes.push(text, { kind: 'path', d: `M${centre(0)},${bracketY + 6}V${bracketY}H${centre(last)}V${bracketY + 6}`, className: 'bracket' });
    obstacles.push(textBox(text), { x: centre(0), y: bracketY, width: centre(last) - centre(0), height: 6 });
    top = bracketY + 8;
  }
  const valueHeight = lineHeight(size.large);
  const plotTop = top + valueHeight + 2;
  const plotHeight = width < 480 ? 190 : 210;
  const plotBottom = plotTop + plotHeight;
  const y = scaleLinear([0, max(bars, (b) => b.value) ?? 1], [plotBottom, plotTop]);

  // Bars with their value and period labels: one link each.
  const xLabelTop = plotBottom + 4;
  bars.forEach((bar, i) => {
    const barTop = y(bar.value);
    const rect = { kind: 'rect' as const, x: left(i), y: barTop, width: bandwidth, height: plotBottom - barTop, className: bar.partialPeriod ? 'bar partial' : 'bar', hatched: !!bar.partialPeriod };
    const value: TextNode = { kind: 'text', x: centre(i), y: barTop - 5, text: formatCount(bar.value), anchor: 'middle', size: size.large, bold: true, className: 'value' };
    const labels: TextNode[] = [{ kind: 'text', x: centre(i), y: xLabelTop + size.body * 0.8, text: bar.label, anchor: 'middle', size: size.body, bold: true, className: 'axis-label' }];
    const sub = [bar.note, bar.partialPeriod].filter((s): s is string => !!s).join(words.punctuation.clause);
    // A partial period is the caveat a reader must not miss: bold, in the flag colour.
    const partial = !!bar.partialPeriod;
    wrapText(sub, x.step() - 6, size.small, partial).forEach((line, k) => {
      labels.push({ kind: 'text', x: centre(i), y: xLabelTop + lineHeight(size.body) + k * lineHeight(size.small) + size.small * 0.8, text: line, anchor: 'middle', size: size.small, bold: partial, className: partial ? 'axis-note partial-note' : 'axis-note' });
    });
    const children: SceneNode[] = [rect, value, ...labels];
    const boxes = [rect, textBox(value), ...labels.map(textBox)];
    obstacles.push(...boxes);
    nodes.push({
      kind: 'link',
      href: paragraphHref(bar.source, bar.p),
      label: t('chart.decline.mark', { period: words.withNote(bar.label, bar.partialPeriod), value: formatCount(bar.value), unit: input.unit, source: bar.sourceLabel, p: bar.p }),
      value: String(bar.value),
      focus: pad(union(boxes), 3),
      children,
    });
  });
  nodes.push({ kind: 'line', x1: MARGIN, y1: plotBottom, x2: width - MARGIN, y2: plotBottom, className: 'baseline' });

  // Step changes: a dashed line at the earlier height across the later column, the change below it.
  for (const change of changes.filter((c) => c.to === c.from + 1)) {
    const from = y(bars[change.from]!.value);
    const to = change.to;
    const step = { x1: left(change.from) + bandwidth, x2: left(to) + bandwidth };
    nodes.push({ kind: 'line', ...step, y1: from, y2: from, className: 'step' });
    obstacles.push({ x: step.x1, y: from - 1, width: step.x2 - step.x1, height: 2 });
    const block = (cx: number, top: number, anchor: TextNode['anchor']): TextNode[] => [
      { kind: 'text', x: cx, y: top + size.body * 0.8, text: formatChange(change.percent), anchor, size: size.body, bold: true, className: 'change' },
      { kind: 'text', x: cx, y: top + lineHeight(size.body) + size.small * 0.8, text: t('chart.decline.stepFrom', { period: bars[change.from]!.label }), anchor, size: size.small, className: 'change-note' },
    ];
    const blockHeight = lineHeight(size.body) + lineHeight(size.small);
    const room = { top: from + 4, bottom: y(bars[to]!.value) - valueHeight - 2 };
    const middle = (room.top + room.bottom - blockHeight) / 2;
    const candidates = [middle, room.top, room.bottom - blockHeight].map((t) => block(centre(to), t, 'middle'));
    // Beside the column, when the drop is too small to hold the label.
    candidates.push(block(left(to) + bandwidth + 4, from + 4, 'start'));
    const placed = placeLabel(candidates, obstacles, { x: 0, y: 0, width, height: plotBottom });
    nodes.push(...placed);
    obstacles.push(...placed.map(textBox));
  }

  const height = Math.ceil(Math.max(...obstacles.map((o) => o.y + o.height)) + 4);
  return { width, height, nodes };
}
