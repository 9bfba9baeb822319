import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { claimSchema, dataSchema, sourceSchema } from './lib/schema.ts';

const sources = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: './content/sources' }),
  schema: sourceSchema,
});

const claims = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: './content/claims' }),
  schema: claimSchema,
});

/** Chart data (issue 4): every number cited, checked by src/lib/check/data.ts. */
const data = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: './content/data' }),
  schema: dataSchema,
});

export const collections = { sources, claims, data };
