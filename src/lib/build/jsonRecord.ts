/**
 * A record a build keeps in its cache (the previous output's, ./previousOutput.ts;
 * the search staging's manifest, ../search/searchStaging.ts) is read back as
 * JSON and checked against its schema before it is trusted: a damaged record
 * costs speed, never a wrong page.
 */
import type { z } from 'astro/zod';

/** What `text` holds as JSON; undefined when it is not JSON (a truncated or damaged file). */
export function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The record `text` holds if it is JSON of `schema`'s shape; otherwise null. */
export function recordOf<T>(text: string, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse(jsonOrUndefined(text));
  return parsed.success ? parsed.data : null;
}
