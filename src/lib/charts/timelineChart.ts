import { scaleUtc, utcYear } from 'd3';
import type { ComputedFigure } from '../claims/figures.ts';
import type { TimelineData } from '../content/schema.ts';
import { lineHeight, pad, textBox, union } from './box.ts';
import type { ChartText } from './chartText.ts';
import { dodge } from './dodge.ts';
import { eventTime } from './eventDates.ts';
import { textSizes } from './layoutSizes.ts';
import type { Box, Scene, SceneNode, TextNode } from './scene.ts';
import { lookup, paragraphHref, type SourceLookup } from './sourceInfo.ts';
import { textWidth } from './textWidth.ts';
import { wrapText } from './wrapText.ts';

export interface TimelineCitation { source: string; short: string; sourceLabel: string; primary: boolean; p: number; quote: string }

export interface TimelineEvent {
  id: string;
  date: string;
  label: string;
  citations: TimelineCitation[];
  /** Whether the press release itself states it. */
  inRelease: boolean;
  /** Later than every cited text's publication: a plan, not a fact, when reported. */
  planned: boolean;
  /** Derived month counts that end at this event: "Month 23 of the operation". */
  counts: { value: number; from: string; working: string }[];
}

/** Events with their citations, whether the release states them, and the month counts computed from their dates, in `words`' language. */
export function timelineInput(data: TimelineData, figures: ReadonlyMap<string, ComputedFigure>, sources: SourceLookup, words: ChartText): TimelineEvent[] {
  return data.events.map((e) => {
    const citations = e.citations.map((c) => {
      const s = lookup(sources, c.source);
      return { source: c.source, short: words.short(s), sourceLabel: s.label, primary: s.primary, p: c.p, quote: c.quote };
    });
    const published = e.citations.map((c) => lookup(sources, c.source).published).filter((d): d is string => !!d);
    const latest = published.sort().at(-1);
    const counts = data.derived.flatMap((d) => {
      if (!('monthsBetween' in d) || d.monthsBetween[1] !== e.id) return [];
      const f = figures.get(d.id);
      const from = data.events.find((x) => x.id === d.monthsBetween[0]);
      return f && from ? [{ value: f.value, from: from.date, working: f.working ?? '' }] : [];
    });
    return {
      id: e.id,
      date: e.date,
      label: words.label(e.id, e.label),
      citations,
      inRelease: citations.some((c) => c.primary),
      // A month-only date compares by month: "2019-07" is after "2017-12-08".
      planned: !!latest && e.date > latest.slice(0, e.date.length),
      counts,
    };
  });
}

/**
 * A vertical timeline, time running down, so it reads like a list on a
 * phone. Labels sit to the right of the axis, moved apart where events are
 * close in time and joined to their dot by a leader. Each citation is its
 * own link. The stretch after the last reported event is dashed: planned.
 */
export function timelineLayout(events: readonly TimelineEvent[], width: number, words: ChartText): Scene {
  const { t } = words;
  const size = textSizes(width);
  const compact = width < 480;
  const axisX = compact ? 40 : 64;
  const labelX = axisX + (compact ? 16 : 24);
  const textWidthMax = width - labelX - 4;
  const gap = 14;

  // Each event's label block, laid out from its top edge.
  const blocks = events.map((e) => {
    const lines: { text: string; size: number; bold?: boolean; className: string }[] = [
      { text: words.date(e.date), size: size.body, bold: true, className: 'event-date' },
      ...wrapText(e.label, textWidthMax, size.body).map((t) => ({ text: t, size: size.body, className: 'event-label' })),
      ...e.counts.map((c) => ({ text: t('chart.timeline.month', { count: c.value }), size: size.small, className: 'event-count' })),
      ...(e.planned ? [{ text: t('chart.timeline.planned'), size: size.small, bold: true, className: 'event-flag' }] : []),
      ...(e.inRelease ? [] : [{ text: t('chart.notInRelease'), size: size.small, bold: true, className: 'event-flag' }]),
    ];
    const citeLines = flowCitations(e, textWidthMax, size.small, words);
    const height = lines.reduce((h, l) => h + lineHeight(l.size), 0) + citeLines.length * lineHeight(size.small) + 2;
    return { e, lines, citeLines, height };
  });

  const top = 6;
  // Long enough that labels stay near their dates; the last label hangs below the axis.
  const aboveLast = blocks.slice(0, -1).reduce((h, b) => h + b.height + gap, 0);
  const axisLength = Math.max(compact ? 360 : 300, aboveLast * 1.15);
  const times = events.map((e) => eventTime(e.date));
  const y = scaleUtc([times[0]!, times.at(-1)!], [top + size.body * 0.5, top + axisLength]);
  const tops = dodge(blocks.map((b, i) => ({ want: y(times[i]!) - size.body * 0.5, size: b.height })), gap, top, top + axisLength + Math.max(...blocks.map((b) => b.height)));

  const nodes: SceneNode[] = [];
  // The axis: solid while reported, dashed for what was planned.
  const firstPlanned = events.findIndex((e) => e.planned);
  const solidEnd = firstPlanned > 0 ? y(times[firstPlanned - 1]!) : y(times.at(-1)!);
  nodes.push({ kind: 'line', x1: axisX, y1: y(times[0]!), x2: axisX, y2: solidEnd, className: 'timeline-axis' });
  if (firstPlanned > 0) nodes.push({ kind: 'line', x1: axisX, y1: solidEnd, x2: axisX, y2: y(times.at(-1)!), className: 'timeline-axis planned' });
  for (const year of utcYear.range(times[0]!, times.at(-1)!)) {
    const ty = y(year);
    nodes.push(
      { kind: 'line', x1: axisX - 5, y1: ty, x2: axisX, y2: ty, className: 'year-tick' },
      { kind: 'text', x: axisX - 8, y: ty + size.small * 0.35, text: String(year.getUTCFullYear()), anchor: 'end', size: size.small, className: 'tick' },
    );
  }

  blocks.forEach((b, i) => {
    const dotY = y(times[i]!);
    const blockTop = tops[i]!;
    const firstBaseline = blockTop + size.body * 0.8;
    // Leader from the dot to the date line.
    nodes.push({ kind: 'path', d: `M${axisX + 6},${r2(dotY)}L${labelX - 10},${r2(firstBaseline - size.body * 0.3)}H${labelX - 3}`, className: 'leader' });
    nodes.push({ kind: 'path', d: circle(axisX, dotY, 5), className: b.e.planned ? 'event-dot planned' : 'event-dot' });
    let cursor = blockTop;
    for (const l of b.lines) {
      nodes.push({ kind: 'text', x: labelX, y: cursor + l.size * 0.8, text: l.text, anchor: 'start', size: l.size, bold: l.bold, className: l.className });
      cursor += lineHeight(l.size);
    }
    cursor += 2;
    for (const line of b.citeLines) {
      for (const item of line) {
        const node: TextNode = { kind: 'text', x: labelX + item.x, y: cursor + size.small * 0.8, text: item.text, anchor: 'start', size: size.small, className: item.citation ? 'citation' : 'citation-sep' };
        if (!item.citation) {
          nodes.push(node);
          continue;
        }
        const c = item.citation;
        nodes.push({
          kind: 'link',
          href: paragraphHref(c.source, c.p),
          label: t('chart.timeline.mark', { date: words.date(b.e.date), event: b.e.label, source: c.sourceLabel, p: c.p }),
          value: b.e.date,
          focus: pad(textBox(node), 3),
          children: [node],
        });
      }
      cursor += lineHeight(size.small);
    }
  });

  const boxes: Box[] = nodes.flatMap((n) => (n.kind === 'text' ? [textBox(n)] : n.kind === 'link' ? [n.focus] : []));
  const bottom = Math.max(y(times.at(-1)!) + 6, union(boxes).y + union(boxes).height);
  return { width, height: Math.ceil(bottom + 4), nodes };
}

/** "Sources: Press release ¶7 · CGTN ¶4 · China Daily ¶8", wrapped to the width, each citation a separate item. */
function flowCitations(e: TimelineEvent, maxWidth: number, size: number, { t }: ChartText) {
  type Item = { x: number; text: string; citation?: TimelineCitation };
  const lines: Item[][] = [[]];
  let x = 0;
  const put = (text: string, citation?: TimelineCitation) => {
    const w = textWidth(text, size);
    if (x + w > maxWidth && x > 0) {
      lines.push([]);
      x = 0;
      if (!citation) return; // no separator at the start of a line
    }
    lines.at(-1)!.push({ x, text, citation });
    x += w;
  };
  put(t(e.citations.length > 1 ? 'chart.timeline.sources' : 'chart.timeline.source'));
  e.citations.forEach((c, i) => {
    // SVG drops a text's leading and trailing spaces, so spacing is by position.
    x += textWidth(' ', size);
    if (i) {
      put('·');
      x += textWidth(' ', size);
    }
    put(`${c.short} ¶${c.p}`, c);
  });
  return lines;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
/** A circle as a path, so every mark is a path or text. */
const circle = (cx: number, cy: number, r: number) => `M${r2(cx - r)},${r2(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
