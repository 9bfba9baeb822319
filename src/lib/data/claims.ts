/**
 * /data/claims.json and /data/claims.csv: every claim with its verdict,
 * appearance, corrections, citations (verbatim) and figures (with working).
 */
import { csvFormat } from 'd3';
import { citationPath } from '../sources/citations.ts';
import { computeFigures, type ComputedFigure } from '../claims/figures.ts';
import { scanMdxBody } from '../content/mdxBody.ts';
import { findVerbatim } from '../sources/normalize.ts';
import { paragraphAnchor } from '../sources/paragraphs.ts';
import type { ClaimLike } from '../claims/claims.ts';
import type { FigureSpec } from '../content/schema.ts';
import { claimPath, sourcePath } from '../url.ts';
import { VERDICTS, verdictLabel } from '../claims/verdicts.ts';
import { envelope, sourceOf, type DataInput } from './input.ts';

export interface CitationRecord {
  source: string;
  paragraph: number;
  quote: string;
  url: string;
  paragraph_url: string;
  original_url: string | null;
}

/** A citation with the source's own words (the quote as it stands in the archived text) and its addresses. */
export function citationRecord(input: DataInput, c: { source: string; p: number; quote: string }): CitationRecord {
  const source = sourceOf(input, c.source);
  const paragraph = source.paragraphs[c.p - 1];
  const quote = paragraph && findVerbatim(paragraph.text, c.quote);
  if (!paragraph || quote == null) throw new Error(`Misquote: "${c.quote}" is not in ${c.source} ¶${c.p}. Run npm run check.`);
  return {
    source: c.source,
    paragraph: c.p,
    quote,
    url: input.url(citationPath(c.source, paragraph, quote)),
    paragraph_url: input.url(`${sourcePath(c.source)}#${paragraphAnchor(c.p)}`),
    original_url: source.data.url,
  };
}

/** Citation records by input and claim: several data files list every claim's citations, and each is worked out once. */
const citationsByInput = new WeakMap<DataInput, Map<ClaimLike, CitationRecord[]>>();

/** Every <Cite> of a claim's text, in reading order. */
export function claimCitations(input: DataInput, claim: ClaimLike): readonly CitationRecord[] {
  let memo = citationsByInput.get(input);
  if (!memo) citationsByInput.set(input, (memo = new Map()));
  let records = memo.get(claim);
  if (!records) {
    records = scanMdxBody(claim.body ?? '')
      .citations.filter((c): c is typeof c & { source: string; p: number } => c.source !== undefined && c.p !== undefined)
      .map((c) => citationRecord(input, c));
    memo.set(claim, records);
  }
  return records;
}

const UNITS: Record<ComputedFigure['unit'], string | null> = { '': null, '%': 'percent', ' months': 'months' };
const OPERATIONS = ['divide', 'change', 'sum', 'subtract', 'multiply', 'months'] as const;

function figureRecord(input: DataInput, spec: FigureSpec, f: ComputedFigure) {
  const operation = OPERATIONS.find((op) => op in spec) ?? 'cited';
  const inputs = operation === 'cited' ? [] : [...(spec as unknown as Record<typeof operation, string[]>)[operation]];
  // A fall stated as written ({ fall: 57 }) is recorded with its sign, as the figure is: -57.
  const stated = spec.stated === undefined ? null : typeof spec.stated === 'number' ? { value: spec.stated, within: null } : { value: 'fall' in spec.stated ? -spec.stated.fall : spec.stated.value, within: spec.stated.within ?? null };
  return {
    id: spec.id,
    label: spec.label ?? null,
    value: f.value,
    decimals: f.decimals,
    unit: UNITS[f.unit],
    operation,
    inputs,
    working: f.working ?? null,
    stated,
    across_periods: ('acrossPeriods' in spec && spec.acrossPeriods) || null,
    citation: f.cite ? citationRecord(input, f.cite) : null,
  };
}

export function claimRecord(input: DataInput, claim: ClaimLike) {
  const { data } = claim;
  const appearance = sourceOf(input, data.appearance.source);
  const { figures } = computeFigures(data.figures);
  const verdict = VERDICTS[data.verdict];
  return {
    slug: claim.id,
    url: input.url(claimPath(claim.id)),
    title: data.title,
    claim: data.claim,
    claimant: data.claimant,
    appearance: {
      source: data.appearance.source,
      paragraph: data.appearance.p,
      quote: data.appearance.quote ? citationRecord(input, { source: data.appearance.source, p: data.appearance.p, quote: data.appearance.quote }).quote : null,
      paragraph_url: input.url(`${sourcePath(data.appearance.source)}#${paragraphAnchor(data.appearance.p)}`),
      original_url: appearance.data.url,
    },
    verdict: { key: data.verdict, label: verdictLabel(data.verdict, 'en'), rating: verdict.rating, best_rating: 5, worst_rating: 1 },
    summary: data.summary,
    published: data.published,
    updated: data.updated ?? null,
    tags: [...data.tags],
    corrections: data.corrections.map((c) => ({ date: c.date, kind: c.kind, note: c.note, previous_verdict: c.previousVerdict ?? null })),
    citations: claimCitations(input, claim),
    figures: data.figures.map((spec) => figureRecord(input, spec, figures.get(spec.id)!)),
  };
}
export type ClaimRecord = ReturnType<typeof claimRecord>;

const bySlug = <T extends { id: string }>(claims: readonly T[]) => [...claims].sort((a, b) => a.id.localeCompare(b.id));

/** claims.json's content by input: claims.csv is built from the same records. */
const claimsByInput = new WeakMap<DataInput, ReturnType<typeof claimsJsonOf>>();
const claimsJsonOf = (input: DataInput) => ({ ...envelope(input), claims: bySlug(input.claims).map((c) => claimRecord(input, c)) });

export function claimsJson(input: DataInput): ReturnType<typeof claimsJsonOf> {
  let json = claimsByInput.get(input);
  if (!json) claimsByInput.set(input, (json = claimsJsonOf(input)));
  return json;
}

/** One row per claim; lists (tags joined by "; ", corrections, citations, figures as JSON) stay in one cell each. */
export const CSV_COLUMN_DOCS = {
  slug: 'Permanent identifier; the claim page is /claims/<slug>/.',
  url: 'Address of the claim page.',
  title: 'The question the page answers.',
  claim: 'The claim in the claimant\u2019s words.',
  claimant: 'The outlet or person who made the claim.',
  appearance_source: 'Slug of the source the claim appears in.',
  appearance_paragraph: 'Paragraph number there.',
  appearance_quote: 'The claim\u2019s words as they stand in the source, or empty.',
  appearance_paragraph_url: 'That paragraph on this site.',
  appearance_original_url: 'The source\u2019s original page, or null when it has no web address.',
  verdict: 'The verdict (accurate, needs-context, unsupported, misleading, inaccurate).',
  verdict_label: 'The verdict in words.',
  rating: 'Rating value, 5 (accurate) to 1 (inaccurate).',
  summary: 'The answer in one sentence.',
  published: 'Date first published (YYYY-MM-DD).',
  updated: 'Date last changed, or empty.',
  tags: 'Topics, joined by "; ".',
  corrections: 'JSON array of the corrections, with the fields of claims.json.',
  citations: 'JSON array of the citations, with the fields of claims.json.',
  figures: 'JSON array of the figures, with the fields of claims.json.',
} as const;
export const CSV_COLUMNS = Object.keys(CSV_COLUMN_DOCS) as (keyof typeof CSV_COLUMN_DOCS)[];

export function claimsCsv(input: DataInput): string {
  const rows = claimsJson(input).claims.map((r) => ({
    slug: r.slug, url: r.url, title: r.title, claim: r.claim, claimant: r.claimant,
    appearance_source: r.appearance.source, appearance_paragraph: String(r.appearance.paragraph), appearance_quote: r.appearance.quote ?? '',
    appearance_paragraph_url: r.appearance.paragraph_url, appearance_original_url: r.appearance.original_url,
    verdict: r.verdict.key, verdict_label: r.verdict.label, rating: String(r.verdict.rating), summary: r.summary,
    published: r.published, updated: r.updated ?? '', tags: r.tags.join('; '),
    corrections: JSON.stringify(r.corrections), citations: JSON.stringify(r.citations), figures: JSON.stringify(r.figures),
  }));
  return `${csvFormat(rows, CSV_COLUMNS)}\n`;
}
