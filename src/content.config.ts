import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sourceSchema } from './lib/schema.ts';

const sources = defineCollection({
  loader: glob({ pattern: '**/[^_]*.{yaml,yml}', base: './content/sources' }),
  schema: sourceSchema,
});

export const collections = { sources };
