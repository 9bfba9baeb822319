/**
 * Turns Pagefind's data for one result into what the search page shows:
 * excerpts as plain-text segments (the page turns `mark` segments into
 * <mark> elements and everything else into text nodes, so nothing from the
 * index or the query is ever parsed as HTML), and, for source pages, the
 * matching paragraphs with links straight to #pN.
 *
 * Pagefind builds sub-results only from headings with ids; source paragraphs
 * are <li id="pN"> without headings. Pagefind records every element with an
 * id as an anchor with its word position, and its documentation offers those
 * anchors for exactly this: custom sub-results. So paragraphs are found from
 * the anchors here, and excerpts are cut from the indexed words here too,
 * which also lets them leave out the search-only number forms.
 */
import { SEARCH_ONLY_MARK } from './searchText.ts';

/** The parts of Pagefind's result data (`await result.data()`) used here. */
export interface PagefindAnchor { element: string; id: string; location: number; text?: string; }
export interface PagefindWeightedLocation { location: number; weight: number; balanced_score: number; }
export interface PagefindFragment {
  url: string;
  content: string;
  /** The indexed text as stored, with < and > escaped; in a segmented language (Chinese) its words are separated by U+200B. */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
  locations: number[];
  weighted_locations?: PagefindWeightedLocation[];
}

/** A run of excerpt text; `mark` when it matched the query. */
export interface Segment { text: string; mark?: true; }

export interface ParagraphMatch {
  /** The paragraph's id, e.g. "p9". */
  id: string;
  n: number;
  url: string;
  excerpt: Segment[];
  score: number;
}

/** A result's indexed words, numbered as Pagefind numbers its locations, and what joins them back into text. */
export interface IndexedWords {
  words: string[];
  joiner: '' | ' ';
}

const WORD_BREAK = '\u200b';

/**
 * The indexed words of a result. Pagefind separates the words of a language
 * it segments (Chinese) with U+200B (zero-width space): its result data keeps
 * them in raw_content, with < and > escaped, and takes them out of content.
 * There each word carries its own spaces and punctuation, so words join with
 * nothing; in other languages words are separated by white space.
 */
export function indexedWords(fragment: Pick<PagefindFragment, 'content' | 'raw_content'>): IndexedWords {
  const raw = fragment.raw_content;
  if (raw?.includes(WORD_BREAK)) return { words: raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').split(WORD_BREAK), joiner: '' };
  return { words: fragment.content.split(/[\r\n\s]+/g), joiner: ' ' };
}

const isMarkWord = (word: string) => word.trim().replace(/[.,;:!?]+$/, '') === SEARCH_ONLY_MARK;

/** True for words that are search-only (the number forms and their brackets). */
export function searchOnlyMask(words: string[]): boolean[] {
  let inside = false;
  return words.map((word) => {
    if (isMarkWord(word)) {
      inside = !inside;
      return true;
    }
    return inside;
  });
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

/**
 * Where a search-only number form matched ("67000" added for "67 000"), the
 * visible words that write that number, so they can be highlighted instead.
 */
function visibleNumberHits(words: string[], hidden: boolean[], hits: Set<number>, from: number, to: number): number[] {
  const targets = new Set([...hits].filter((i) => hidden[i]).map((i) => digitsOf(words[i] ?? '')).filter(Boolean));
  if (!targets.size) return [];
  const found: number[] = [];
  for (let i = from; i < to; i++) {
    if (hidden[i] || !/^\D*\d/.test(words[i]!)) continue;
    // A number may span words when its groups are separated by spaces.
    let digits = '';
    for (let j = i; j < Math.min(to, i + 5) && !hidden[j]; j++) {
      const word = words[j]!;
      if (j > i && !/^\d{3}(?!\d)/.test(word)) break;
      digits += digitsOf(word);
      if (targets.has(digits)) {
        for (let k = i; k <= j; k++) found.push(k);
        break;
      }
    }
  }
  return found;
}

export interface ExcerptOptions {
  /** The region of words [from, to) the excerpt is cut from: the whole text unless given. */
  from?: number;
  to?: number;
  /** Visible words shown at the most. */
  length?: number;
  joiner?: IndexedWords['joiner'];
}

/**
 * An excerpt of at most `length` visible words from words [from, to), placed
 * to show as many hits as possible, with "…" where it cuts the region.
 */
export function excerptOf(words: string[], hidden: boolean[], hitLocations: number[], { from = 0, to = words.length, length = 30, joiner = ' ' }: ExcerptOptions = {}): Segment[] {
  const hits = new Set(hitLocations.filter((i) => i >= from && i < to));
  for (const i of visibleNumberHits(words, hidden, hits, from, to)) hits.add(i);
  const visible: number[] = [];
  for (let i = from; i < to; i++) if (!hidden[i] && words[i]?.trim()) visible.push(i);
  if (!visible.length) return [];

  // The window of `length` visible words holding the most hits, started a few words before its first hit.
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start < Math.max(1, visible.length - length + 1); start++) {
    const count = visible.slice(start, start + length).filter((i) => hits.has(i)).length;
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  const firstHit = visible.slice(best, best + length).findIndex((i) => hits.has(i));
  const start = Math.max(0, Math.min(best + Math.max(0, firstHit - 6), visible.length - length));
  const shown = visible.slice(start, start + length);

  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (!text) return;
    if (last && !!last.mark === mark) last.text += text;
    else segments.push(mark ? { text, mark: true } : { text });
  };
  if (start > 0) push(`…${joiner}`, false);
  shown.forEach((i, k) => {
    const hit = hits.has(i);
    // Consecutive hits share one highlight; punctuation around a hit is not highlighted.
    if (k > 0) push(joiner, hit && hits.has(shown[k - 1]!) && !/\p{P}\s*$/u.test(words[shown[k - 1]!]!));
    if (!hit) return push(words[i]!, false);
    const [, before = '', core = '', after = ''] = /^([\p{P}\s]*)(.*?)([\p{P}\s]*)$/u.exec(words[i]!) ?? [];
    if (!core) return push(words[i]!, true);
    push(before, false);
    push(core, true);
    push(after, false);
  });
  if (start + length < visible.length) push(`${joiner}…`, false);
  return segments;
}

/** Paragraph anchors of a source page (<li id="pN">), in page order. */
export function paragraphAnchors(anchors: PagefindAnchor[]): (PagefindAnchor & { n: number })[] {
  return anchors
    .filter((a) => /^p[1-9]\d*$/.test(a.id))
    .map((a) => ({ ...a, n: Number(a.id.slice(1)) }))
    .sort((a, b) => a.location - b.location);
}

/**
 * The paragraphs of a result that hold hits, best first (by Pagefind's
 * score for the words matched in each, then page order), each with its
 * #pN link and excerpt. Empty for pages without paragraph anchors.
 */
export function paragraphMatches(fragment: PagefindFragment, { words, joiner } = indexedWords(fragment), hidden = searchOnlyMask(words)): ParagraphMatch[] {
  const paragraphs = paragraphAnchors(fragment.anchors);
  if (!paragraphs.length) return [];
  const scoreAt = new Map<number, number>();
  for (const w of fragment.weighted_locations ?? []) scoreAt.set(w.location, (scoreAt.get(w.location) ?? 0) + w.balanced_score);
  const matches: ParagraphMatch[] = [];
  paragraphs.forEach((p, k) => {
    const from = p.location;
    const to = paragraphs[k + 1]?.location ?? words.length;
    const hits = fragment.locations.filter((l) => l >= from && l < to);
    if (!hits.length) return;
    const score = hits.reduce((sum, l) => sum + (scoreAt.get(l) ?? 1), 0);
    matches.push({ id: p.id, n: p.n, url: `${fragment.url}#${p.id}`, excerpt: excerptOf(words, hidden, hits, { from, to, joiner }), score });
  });
  return matches.sort((a, b) => b.score - a.score || a.n - b.n);
}

/** An excerpt for the whole page (claims, charts, and sources matched outside their paragraphs). */
export function pageExcerpt(fragment: PagefindFragment, { words, joiner } = indexedWords(fragment), hidden = searchOnlyMask(words)): Segment[] {
  return excerptOf(words, hidden, fragment.locations, { joiner });
}

/**
 * A result URL is used only when it is a path on this site: Pagefind's URLs
 * are site paths, so anything else (another origin, javascript:) is refused.
 */
export function isSitePath(url: string): boolean {
  return /^\/(?!\/)[^\s\\]*$/.test(url);
}
