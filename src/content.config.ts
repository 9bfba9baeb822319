import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentChecked } from './lib/check/checkGate.ts';
import { COLLECTIONS } from './lib/content/contentFiles.ts';
import { backgroundSchema, backgroundTranslationSchema, claimSchema, claimTranslationSchema, dataSchema, dataTranslationSchema, sourceSchema } from './lib/content/schema.ts';
import { TRANSLATED_LOCALES } from './i18n/locales.ts';

/**
 * A loader that starts once the content check has passed
 * (src/lib/check/checkGate.ts), so a build with bad content stops with the
 * check's problems rather than with Astro's first schema error.
 */
const afterCheck = (loader: Loader): Loader => ({
  ...loader,
  load: async (context) => {
    await contentChecked();
    return loader.load(context);
  },
});

const sources = defineCollection({
  loader: afterCheck(glob(COLLECTIONS.sources)),
  schema: sourceSchema,
});

const claims = defineCollection({
  loader: afterCheck(glob(COLLECTIONS.claims)),
  schema: claimSchema,
});

/** Chart data (issue 4): every number cited, checked by src/lib/check/data.ts. */
const data = defineCollection({
  loader: afterCheck(glob(COLLECTIONS.data)),
  schema: dataSchema,
});

/** The background page, content/background.mdx, checked by src/lib/check/background.ts. */
const background = defineCollection({
  loader: afterCheck(glob({ pattern: 'background.mdx', base: './content' })),
  schema: backgroundSchema,
});

/** Claims in other languages, `<locale>/<slug>`, checked against their originals by src/lib/check/translations.ts. */
const claimTranslations = defineCollection({
  loader: afterCheck(glob(COLLECTIONS.claimTranslations)),
  schema: claimTranslationSchema,
});

/** Chart words in other languages, `<locale>/<slug>`; the numbers always come from the original. */
const dataTranslations = defineCollection({
  loader: afterCheck(glob(COLLECTIONS.dataTranslations)),
  schema: dataTranslationSchema,
});

/** The background page in other languages: content/<locale>/background.mdx, with the id `<locale>`. */
const backgroundTranslations = defineCollection({
  loader: afterCheck(glob({ pattern: TRANSLATED_LOCALES.map((l) => `${l}/background.mdx`), base: './content', generateId: ({ entry }) => entry.split('/')[0]! })),
  schema: backgroundTranslationSchema,
});

export const collections = { sources, claims, data, background, claimTranslations, dataTranslations, backgroundTranslations };
