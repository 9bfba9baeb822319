import { createRequire } from 'node:module';
import { withCheckVerdict } from './lib/check/checkGate.ts';
import { COLLECTIONS } from './lib/content/contentFiles.ts';
import { backgroundSchema, backgroundTranslationSchema, claimSchema, claimTranslationSchema, dataSchema, dataTranslationSchema, sourceSchema } from './lib/content/schema.ts';
import { TRANSLATED_LOCALES } from './i18n/locales.ts';

// Astro loads this file through Vite, which would transform Astro's own
// modules behind `astro/content/config` and `astro/loaders` one by one (55
// modules, about 1 s here, while the content check runs beside it). Node
// requires them instead: mostly modules the astro command has loaded already.
// (Imported from astro:content, defineCollection would first load Astro's
// page runtime through Vite too.)
const require = createRequire(import.meta.url);
const { defineCollection } = require('astro/content/config') as typeof import('astro/content/config');
const { glob } = require('astro/loaders') as typeof import('astro/loaders');

// Every loader runs beside the build's content check and settles with its
// verdict (src/lib/check/checkGate.ts).

const sources = defineCollection({
  loader: withCheckVerdict(glob(COLLECTIONS.sources)),
  schema: sourceSchema,
});

const claims = defineCollection({
  loader: withCheckVerdict(glob(COLLECTIONS.claims)),
  schema: claimSchema,
});

/** Chart data (issue 4): every number cited, checked by src/lib/check/data.ts. */
const data = defineCollection({
  loader: withCheckVerdict(glob(COLLECTIONS.data)),
  schema: dataSchema,
});

/** The background page, content/background.mdx, checked by src/lib/check/background.ts. */
const background = defineCollection({
  loader: withCheckVerdict(glob({ pattern: 'background.mdx', base: './content' })),
  schema: backgroundSchema,
});

/** Claims in other languages, `<locale>/<slug>`, checked against their originals by src/lib/check/translations.ts. */
const claimTranslations = defineCollection({
  loader: withCheckVerdict(glob(COLLECTIONS.claimTranslations)),
  schema: claimTranslationSchema,
});

/** Chart words in other languages, `<locale>/<slug>`; the numbers always come from the original. */
const dataTranslations = defineCollection({
  loader: withCheckVerdict(glob(COLLECTIONS.dataTranslations)),
  schema: dataTranslationSchema,
});

/** The background page in other languages: content/<locale>/background.mdx, with the id `<locale>`. */
const backgroundTranslations = defineCollection({
  loader: withCheckVerdict(glob({ pattern: TRANSLATED_LOCALES.map((l) => `${l}/background.mdx`), base: './content', generateId: ({ entry }) => entry.split('/')[0]! })),
  schema: backgroundTranslationSchema,
});

export const collections = { sources, claims, data, background, claimTranslations, dataTranslations, backgroundTranslations };
