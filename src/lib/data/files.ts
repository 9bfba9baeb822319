/** The open-data files: where each lives, what it is, how it is built and its schema. */
import { annotationsJsonLd } from './annotations.ts';
import { claimReviewsJson } from './claimReviews.ts';
import { claimsCsv, claimsJson } from './claims.ts';
import type { DataInput } from './input.ts';
import { jsonFeed } from './jsonFeed.ts';
import { annotationsSchema, claimReviewSchema, claimsSchema, jsonFeedSchema, sourcesSchema } from './schemas.ts';
import { sourcesJson } from './sources.ts';

export interface DataFile {
  /** Site path of the file. */
  path: string;
  mediaType: string;
  title: string;
  description: string;
  /** The file's text. */
  build: (input: DataInput) => string;
  /** Its JSON Schema, published at `schemaPath`; the CSV's rows are documented by claims.json's. */
  schema?: Record<string, unknown>;
  schemaPath?: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const DATA_FILES: DataFile[] = [
  { path: 'data/claims.json', mediaType: 'application/json', title: 'Claims (JSON)', description: 'Every fact check: the claim, who made it and where, the verdict, the summary, dates, tags, corrections, every citation with its verbatim quote and every figure with its working.', build: (i) => json(claimsJson(i)), schema: claimsSchema, schemaPath: 'data/claims.schema.json' },
  { path: 'data/claims.csv', mediaType: 'text/csv', title: 'Claims (CSV)', description: 'The same claims, one row each, for spreadsheets. Tags are joined by "; "; corrections, citations and figures are JSON arrays in one cell each, with the fields of claims.json.', build: claimsCsv },
  { path: 'data/claimreview.json', mediaType: 'application/json', title: 'ClaimReview', description: 'The schema.org ClaimReview of every claim page, exactly as the page embeds it, in one array (claimReviews), as fact-check tools and search engines read it.', build: (i) => json(claimReviewsJson(i)), schema: claimReviewSchema, schemaPath: 'data/claimreview.schema.json' },
  { path: 'data/annotations.jsonld', mediaType: 'application/ld+json', title: 'Citations as Web Annotations', description: 'Every citation as a W3C Web Annotation: the claim page is the body; the archived paragraph and the original page are the targets, each with a TextQuoteSelector (exact, prefix, suffix) from the archived text.', build: (i) => json(annotationsJsonLd(i)), schema: annotationsSchema, schemaPath: 'data/annotations.schema.json' },
  { path: 'data/sources.json', mediaType: 'application/json', title: 'Sources', description: 'Every archived source: its metadata with the basis for each fact, when it was archived, its paragraph count and the SHA-256 of its archived text.', build: (i) => json(sourcesJson(i)), schema: sourcesSchema, schemaPath: 'data/sources.schema.json' },
  { path: 'feed.json', mediaType: 'application/feed+json', title: 'JSON Feed', description: 'A JSON Feed 1.1 of the fact checks, newest first, beside the Atom feed (feed.xml).', build: (i) => json(jsonFeed(i)), schema: jsonFeedSchema, schemaPath: 'data/feed.schema.json' },
];
