/** The open-data files: where each lives, what it is, how it is built and its schema. */
import { annotationsJsonLd } from './annotations.ts';
import { claimReviewsJson } from './claimReviews.ts';
import { claimsCsv, claimsJson } from './claims.ts';
import { claimsCsvMetadata, CSV_FIELD_DOCS } from './csvMetadata.ts';
import type { FieldDoc } from './fieldDocs.ts';
import type { DataInput } from './input.ts';
import { jsonFeed } from './jsonFeed.ts';
import { annotationsSchema, claimReviewSchema, claimsSchema, csvMetadataSchema, jsonFeedSchema, sourcesSchema } from './schemas.ts';
import { sourcesJson } from './sources.ts';

export interface DataFile {
  /** Site path of the file. */
  path: string;
  mediaType: string;
  title: string;
  description: string;
  /** The file's text. */
  build: (input: DataInput) => string;
  /** Its JSON Schema, published at `schemaPath`, from which /data/ documents its fields. */
  schema?: Record<string, unknown>;
  schemaPath?: string;
  /** The documented fields of a file without a JSON Schema (the CSV's columns). */
  fields?: FieldDoc[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const DATA_FILES: DataFile[] = [
  { path: 'data/claims.json', mediaType: 'application/json', title: 'Claims (JSON)', description: 'Every fact check: the claim, who made it and where, the verdict, the summary, dates, tags, corrections, every citation with its verbatim quote and every figure with its working.', build: (i) => json(claimsJson(i)), schema: claimsSchema, schemaPath: 'data/claims.schema.json' },
  { path: 'data/claims.csv', mediaType: 'text/csv', title: 'Claims (CSV)', description: 'The same claims, one row each, for spreadsheets. Tags are joined by "; "; corrections, citations and figures are JSON arrays in one cell each, with the fields of claims.json. Its version, date, licence and columns are in claims.csv-metadata.json.', build: claimsCsv, fields: CSV_FIELD_DOCS },
  { path: 'data/claims.csv-metadata.json', mediaType: 'application/csvm+json', title: 'Claims (CSV) metadata', description: 'The CSV\u2019s version, date, licence and a description of every column, as W3C CSV on the Web metadata, which CSV tools find by its name beside claims.csv.', build: (i) => json(claimsCsvMetadata(i)), schema: csvMetadataSchema, schemaPath: 'data/claims.csv-metadata.schema.json' },
  { path: 'data/claimreview.json', mediaType: 'application/json', title: 'ClaimReview', description: 'The schema.org ClaimReview of every claim page, exactly as the page embeds it, in one array (claimReviews), as fact-check tools and search engines read it.', build: (i) => json(claimReviewsJson(i)), schema: claimReviewSchema, schemaPath: 'data/claimreview.schema.json' },
  { path: 'data/annotations.jsonld', mediaType: 'application/ld+json', title: 'Citations as Web Annotations', description: 'Every citation as a W3C Web Annotation: the claim page is the body; the archived paragraph and the original page are the targets, each with a TextQuoteSelector (exact, prefix, suffix) from the archived text.', build: (i) => json(annotationsJsonLd(i)), schema: annotationsSchema, schemaPath: 'data/annotations.schema.json' },
  { path: 'data/sources.json', mediaType: 'application/json', title: 'Sources', description: 'Every archived source: its metadata with the basis for each fact, when it was archived, its paragraph count and the SHA-256 of its archived text.', build: (i) => json(sourcesJson(i)), schema: sourcesSchema, schemaPath: 'data/sources.schema.json' },
  { path: 'feed.json', mediaType: 'application/feed+json', title: 'JSON Feed', description: 'A JSON Feed 1.1 of the fact checks, newest first, beside the Atom feed (feed.xml).', build: (i) => json(jsonFeed(i)), schema: jsonFeedSchema, schemaPath: 'data/feed.schema.json' },
];
