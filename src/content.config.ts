import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { claimSchema, sourceSchema } from './lib/schema.ts';

const sources = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: './content/sources' }),
  schema: sourceSchema,
});

const claims = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: './content/claims' }),
  schema: claimSchema,
});

export const collections = { sources, claims };
