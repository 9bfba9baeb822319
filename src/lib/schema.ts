/**
 * What an editor may write, in one place. The Astro content collections
 * (src/content.config.ts) and the fast check (scripts/check.ts) both use
 * these schemas, so they can never disagree.
 */
import { z } from 'astro/zod';

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/** YAML parsers differ on bare dates; accept both and keep an ISO string. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.valueOf()) ? v.toISOString().slice(0, 10) : v),
  z.iso.date(),
);

const basis = z.string().min(1);

export const sourceSchema = z.strictObject({
  slug,
  /** Short name used in lists and citations, e.g. "HKFP, 7 Dec 2017". */
  label: z.string().min(1),
  /** The headline as it stands in the archived text; null when the text has none. */
  title: z.string().min(1).nullable(),
  publisher: z.string().min(1),
  kind: z.enum(['press-release', 'news-report']),
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }),
  /** Null when no source states it. */
  published: isoDate.nullable(),
  /** What else is known about the date, such as the issue time. */
  publishedNote: z.string().min(1).optional(),
  author: z.string().min(1).nullable(),
  /** BCP 47 language tag of the archived text. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  /** File name under seeds/. */
  seed: z.string().regex(/^[\w.-]+\.txt$/, 'name a .txt file in seeds/, without a folder'),
  /** How each fact above was established. */
  basis: z.strictObject({ publisher: basis, url: basis, published: basis, author: basis }),
  /** Whether the text reports the 2016–2017 operation or something else. */
  scope: z.strictObject({
    operation: z.boolean(),
    note: z.string().min(1),
  }),
});

export type Source = z.infer<typeof sourceSchema>;
