import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './lib/contentFiles.ts';
import { claimSchema, dataSchema, sourceSchema } from './lib/schema.ts';

const sources = defineCollection({
  loader: glob(COLLECTIONS.sources),
  schema: sourceSchema,
});

const claims = defineCollection({
  loader: glob(COLLECTIONS.claims),
  schema: claimSchema,
});

/** Chart data (issue 4): every number cited, checked by src/lib/check/data.ts. */
const data = defineCollection({
  loader: glob(COLLECTIONS.data),
  schema: dataSchema,
});

export const collections = { sources, claims, data };
