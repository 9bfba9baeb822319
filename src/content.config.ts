// defineCollection as astro:content re-exports it: imported from there, the
// content sync would first load Astro's page runtime through Vite (128
// modules instead of 68, about 0.5 s).
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { withCheckVerdict } from './lib/check/checkGate.ts';
import { COLLECTIONS } from './lib/content/contentFiles.ts';
import { backgroundSchema, backgroundTranslationSchema, claimSchema, claimTranslationSchema, dataSchema, dataTranslationSchema, sourceSchema } from './lib/content/schema.ts';
import { TRANSLATED_LOCALES } from './i18n/locales.ts';

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
