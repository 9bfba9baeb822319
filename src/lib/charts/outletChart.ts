import { extent, scaleLinear } from 'd3';
import { computeFigures } from '../claims/figures.ts';
import type { ComparisonData } from '../content/schema.ts';
import { lineHeight, textBox } from './box.ts';
import type { ChartText } from './chartText.ts';
import { formatChange } from './formatValues.ts';
import { textSizes } from './layoutSizes.ts';
import { textWidth } from './textWidth.ts';
import { placeLabel } from './placeLabel.ts';
import { compatible, intervalOf, statedNumber, type Qualifier } from './qualifier.ts';
import type { Box, Scene, SceneNode, TextNode } from './scene.ts';
import { lookup, paragraphHref, type SourceLookup } from './sourceInfo.ts';
import { qualifierSymbol } from './symbols.ts';
import { wrapText } from './wrapText.ts';

export interface OutletReport {
  source: string;
  short: string;
  sourceLabel: string;
  primary: boolean;
  p: number;
  quote: string;
  value: number;
  qualifier: Qualifier;
  /** The number as the text states it: "more than 67,600". */
  stated: string;
  note?: string;
  /** Per cent above (+) or below (−) the press release's figure; null for the release or when it has none. */
  deviation: number | null;
  working: string | null;
  /** Can this figure and the release's both be true? null when there is nothing to compare or the wording is too vague. */
  compatible: boolean | null;
}

export interface OutletQuantity {
  id: string;
  label: string;
  /** The press release's figure, or null when the release gives none. */
  reference: OutletReport | null;
  /** The release first (when it reports the quantity), then the other texts in file order. */
  reports: OutletReport[];
}

/** Each reported figure with its qualifier and, computed here, its difference from the press release, in `words`' language. */
export function outletInput(data: ComparisonData, sources: SourceLookup, words: ChartText): OutletQuantity[] {
  return data.quantities.map((q) => {
    const base = q.reports.map((r) => {
      const s = lookup(sources, r.source);
      const { qualifier, phrase } = statedNumber(r.quote, r.value, r.words);
      const note = r.note === undefined ? undefined : words.label(reportNoteKey(q.id, r), r.note);
      return { source: r.source, short: words.short(s), sourceLabel: s.label, primary: s.primary, p: r.p, quote: r.quote, value: r.value, qualifier, stated: r.words ?? words.stated(r.value, qualifier, phrase), note };
    });
    const ref = base.find((r) => r.primary) ?? null;
    const reports: OutletReport[] = base.map((r) => {
      if (!ref || r === ref) return { ...r, deviation: null, working: null, compatible: null };
      // The same arithmetic as the claims' "change", so the two can never disagree.
      const { figures } = computeFigures([
        { id: 'release', value: ref.value, source: ref.source, p: ref.p, quote: ref.quote },
        { id: 'text', value: r.value, source: r.source, p: r.p, quote: r.quote },
        { id: 'deviation', change: ['release', 'text'], decimals: 1 },
      ]);
      const d = figures.get('deviation')!;
      return { ...r, deviation: d.value, working: d.working ?? null, compatible: compatible(intervalOf(r.value, r.qualifier), intervalOf(ref.value, ref.qualifier)) };
    });
    reports.sort((a, b) => Number(b.primary) - Number(a.primary));
    return { id: q.id, label: words.label(q.id, q.label), reference: reports.find((r) => r.primary) ?? null, reports };
  });
}

/** The translation key of a report's note: `<quantity id>.<source>.p<paragraph>.note`, e.g. `intercepted.hkfp-2017-12-07.p4.note`. */
export const reportNoteKey = (quantity: string, r: { source: string; p: number }) => `${quantity}.${r.source}.p${r.p}.note`;

/** "0.9% above the press release's over 67,000", for labels and tables. */
export function deviationPhrase(r: OutletReport, ref: OutletReport, { t }: ChartText): string {
  if (r.deviation === null) return '';
  if (Math.abs(r.deviation) < 0.05) return t('chart.outlet.same', { stated: ref.stated });
  const amount = formatChange(Math.abs(r.deviation)).replace('+', '');
  return t(r.deviation > 0 ? 'chart.outlet.above' : 'chart.outlet.below', { amount, stated: ref.stated });
}

export const bothTrue = (c: boolean | null, { t }: ChartText) => t(c === null ? 'chart.outlet.cannotTell' : c ? 'chart.outlet.yes' : 'chart.outlet.no');

/**
 * One block per quantity, one lane per text: who said it and how, on the
 * left; on the right a mark placed by its difference from the press
 * release, in per cent, on one scale shared by every quantity, so a 1% and
 * a 50% gap look as different as they are. On a phone the quantity is a
 * heading over its lanes; wide, it is a column of its own.
 */
export function outletLayout(quantities: readonly OutletQuantity[], width: number, words: ChartText): Scene {
  const { t } = words;
  const size = textSizes(width);
  const compact = width < 480;
  const textSize = compact ? size.small : size.body;
  // Columns as wide as their longest entry: a phone stacks name over figure, wide puts them side by side.
  const reports = quantities.flatMap((q) => q.reports);
  const nameWidth = Math.max(textWidth(t('chart.pressRelease'), textSize, true), ...reports.map((r) => textWidth(`${r.short}${r.note ? '*' : ''}`, textSize, true)));
  const statedWidth = Math.max(...reports.map((r) => textWidth(r.stated, textSize)));
  const col = compact
    ? { outlet: 0, stated: 0, plot: Math.ceil(Math.max(nameWidth, statedWidth)) + 6 }
    : { outlet: 148, stated: Math.ceil(148 + nameWidth + 10), plot: Math.ceil(148 + nameWidth + 10 + statedWidth + 12) };
  const line = Math.ceil(textSize * 1.25);
  const laneHeight = compact ? 2 * line + 4 : line + 6;
  const plot = { left: col.plot + 10, right: width - 8 };
  const deviations = quantities.flatMap((q) => q.reports.map((r) => r.deviation)).filter((d): d is number => d !== null);
  const [lo = 0, hi = 0] = extent([0, ...deviations]);
  // A fine nice() keeps the domain tight; the ticks are fewer.
  const x = scaleLinear([lo, hi], [plot.left, plot.right]).nice(10);
  // About one tick per 55 units, so tick labels never touch.
  const ticks = x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 55)));
  const nodes: SceneNode[] = [];
  const texts: Box[] = [];
  const text = (t: Omit<TextNode, 'kind'>): TextNode => {
    const node: TextNode = { kind: 'text', ...t };
    texts.push(textBox(node));
    return node;
  };

  // Axis: what the positions mean, and the ticks, repeated at the bottom.
  const axisTitle = wrapText(t('chart.outlet.axisTitle'), col.plot - 4, size.small, true);
  axisTitle.forEach((t, k) => nodes.push(text({ x: 0, y: 2 + size.small * 0.8 + k * lineHeight(size.small), text: t, anchor: 'start', size: size.small, bold: true, className: 'axis-title' })));
  const tickY = 2 + (axisTitle.length - 1) * lineHeight(size.small) + size.small * 0.8;
  const tickLabel = (v: number) => (v === 0 ? '0' : formatChange(v).replace('.0%', '%'));
  const tickAnchor = (v: number) => (x(v) + textWidth(tickLabel(v), size.small) / 2 > width ? 'end' : 'middle');
  const axis = (at: number) => ticks.map((v) => text({ x: tickAnchor(v) === 'end' ? width : x(v), y: at, text: tickLabel(v), anchor: tickAnchor(v), size: size.small, className: v === 0 ? 'tick zero' : 'tick' }));
  nodes.push(...axis(tickY));
  let y = tickY + 6;
  const gridTop = y;
  const symbolArea = compact ? 56 : 72;

  for (const q of quantities) {
    y += 6;
    nodes.push({ kind: 'line', x1: 0, y1: y, x2: width, y2: y, className: 'rule' });
    y += 4;
    const blockTop = y;
    const labelLines = wrapText(q.label, compact ? width : col.outlet - 10, textSize, true);
    labelLines.forEach((t, k) => nodes.push(text({ x: 0, y: blockTop + textSize * 0.8 + 2 + k * line, text: t, anchor: 'start', size: textSize, bold: true, className: 'quantity' })));
    if (compact) y += labelLines.length * line + 2;

    // Without a release figure, the release's lane says so and nothing can be placed.
    const lanes: (OutletReport | null)[] = q.reference ? q.reports : [null, ...q.reports];
    for (const r of lanes) {
      // A contradiction's label may need two lines, so its lane may be taller.
      const height = !compact && r?.compatible === false ? 2 * line + 4 : laneHeight;
      const lane: Box = { x: col.outlet, y, width: width - col.outlet, height };
      const mid = y + height / 2;
      const first = compact ? y + 2 + textSize * 0.8 : mid + textSize * 0.35;
      const second = compact ? first + line : first;
      const children: SceneNode[] = [
        text({ x: col.outlet, y: first, text: (r ? r.short : t('chart.pressRelease')) + (r?.note ? '*' : ''), anchor: 'start', size: textSize, bold: true, className: !r || r.primary ? 'outlet release' : 'outlet' }),
        text({ x: col.stated, y: second, text: r ? r.stated : t('chart.outlet.noFigure'), anchor: 'start', size: textSize, className: 'stated' }),
      ];
      if (!r) {
        const absentWords = t('chart.notInRelease');
        const absent = (anchor: 'start' | 'end', at: number, lines: string[]): TextNode[] =>
          lines.map((t, k) => ({ kind: 'text', x: at, y: mid + size.small * 0.35 + (k - (lines.length - 1) / 2) * lineHeight(size.small), text: t, anchor, size: size.small, bold: true, className: 'absent' }));
        const twoLines = wrapText(absentWords, textWidth(absentWords, size.small, true) * 0.6, size.small, true);
        const placed = placeLabel([absent('start', x(0) + 6, [absentWords]), absent('end', x(0) - 6, [absentWords]), absent('start', x(0) + 6, twoLines), absent('end', x(0) - 6, twoLines)], children.filter((c): c is TextNode => c.kind === 'text').map(textBox), { x: col.plot, y: lane.y, width: width - col.plot, height: lane.height });
        children.push(...placed);
        texts.push(...placed.map(textBox));
        nodes.push(...children);
        y += height;
        continue;
      }
      const position = r.primary ? 0 : r.deviation;
      if (position !== null) {
        const cx = x(position);
        children.push(qualifierSymbol(r.qualifier, cx, mid, symbolArea, r.primary ? 'release' : r.compatible === false ? 'conflict' : 'outlet'));
        const mark: Box = { x: cx - 6, y: mid - 6, width: 12, height: 12 };
        const change = r.primary ? t('chart.outlet.reference') : formatChange(position);
        const conflict = r.compatible === false;
        const labelLine = (t: string, side: 'start' | 'end', at: number, dy: number, bold: boolean): TextNode => ({ kind: 'text', x: at, y: mid + dy, text: t, anchor: side, size: size.small, bold, className: conflict ? 'deviation conflict' : 'deviation' });
        // A contradiction says so in words, on a second line where the lane is narrow.
        const label = (side: 'start' | 'end', at: number): TextNode[][] =>
          conflict
            ? [[labelLine(t('chart.outlet.conflictInline', { change }), side, at, size.small * 0.35, true)], [labelLine(change, side, at, -1, true), labelLine(t('chart.outlet.conflict'), side, at, lineHeight(size.small) - 3, false)]]
            : [[labelLine(change, side, at, size.small * 0.35, false)]];
        const placed = placeLabel([...label('start', cx + 8), ...label('end', cx - 8)], [mark, ...children.filter((c): c is TextNode => c.kind === 'text').map(textBox)], { x: col.plot, y: lane.y, width: width - col.plot, height: lane.height });
        children.push(...placed);
        texts.push(...placed.map(textBox));
      }
      const phrase = q.reference && !r.primary ? deviationPhrase(r, q.reference, words) : '';
      const verdict = phrase
        ? t('chart.outlet.markVerdict', { phrase: `${phrase[0]!.toUpperCase()}${phrase.slice(1)}`, answer: bothTrue(r.compatible, words) })
        : t(r.primary ? 'chart.outlet.markReference' : 'chart.outlet.markNoReference');
      const says = t('chart.outlet.markSays', { quantity: q.label, source: r.sourceLabel, p: r.p, stated: words.withNote(r.stated, r.note) });
      nodes.push({
        kind: 'link',
        href: paragraphHref(r.source, r.p),
        label: says + words.punctuation.gap + verdict,
        value: String(r.value),
        focus: lane,
        children,
      });
      y += height;
    }
    y = Math.max(y, blockTop + labelLines.length * line + 4);
  }
  y += 6;
  const gridBottom = y;
  // Grid and the zero line go under everything else.
  nodes.unshift(...ticks.map((v): SceneNode => ({ kind: 'line', x1: x(v), y1: gridTop, x2: x(v), y2: gridBottom, className: v === 0 ? 'zero-line' : 'grid' })));
  nodes.push(...axis(y + 4 + size.small * 0.8));
  const height = Math.ceil(Math.max(...texts.map((b) => b.y + b.height)) + 4);
  return { width, height, nodes };
}
