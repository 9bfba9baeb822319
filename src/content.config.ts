import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './lib/contentFiles.ts';
import { backgroundSchema, claimSchema, dataSchema, sourceSchema } from './lib/schema.ts';

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

/** The background page, content/background.mdx, checked by src/lib/check/background.ts. */
const background = defineCollection({
  loader: glob({ pattern: 'background.mdx', base: './content' }),
  schema: backgroundSchema,
});

export const collections = { sources, claims, data, background };
