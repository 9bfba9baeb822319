/**
 * What an editor may write, in one place. The Astro content collections
 * (src/content.config.ts) and the fast check (scripts/check.ts) both use
 * these schemas, so they can never disagree.
 */
import { z } from 'astro/zod';
import { CORRECTION_KIND_KEYS } from '../corrections/kinds.ts';
import { VERDICT_KEYS } from '../claims/verdicts.ts';
import { TRANSLATED_LOCALES } from '../../i18n/locales.ts';

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
  /** The original's address; null when it has none (a print edition, a PDF handed out at a briefing, an interview). */
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain }).nullable(),
  /** Null when no source states it. */
  published: isoDate.nullable(),
  /** What else is known about the date, such as the issue time. */
  publishedNote: z.string().min(1).optional(),
  author: z.string().min(1).nullable(),
  /** BCP 47 language tag of the archived text. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  /** File name under seeds/. */
  seed: z.string().regex(/^[\w.-]+\.txt$/, 'name a .txt file in seeds/, without a folder'),
  /** The day the text entered this site's archive (seeds/): the date of its archived copy. */
  archived: isoDate,
  /** How each fact above was established. */
  basis: z.strictObject({ publisher: basis, url: basis, published: basis, author: basis, archived: basis }),
  /**
   * Whether the text reports the 2016–2017 operation. If not, `heading` says
   * what it is instead ("Different period", "Another story"), shown as written.
   */
  scope: z.discriminatedUnion('operation', [
    z.strictObject({ operation: z.literal(true), note: z.string().min(1) }),
    z.strictObject({ operation: z.literal(false), heading: z.string().min(1), note: z.string().min(1) }),
  ]),
});

export type Source = z.infer<typeof sourceSchema>;

/** A figure's name, used as `<Fig id="…" />` in the text. */
const figureId = z.string().regex(/^[a-z][A-Za-z0-9_]*$/, 'start with a lower-case letter; use letters, digits and _');
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'write a month as YYYY-MM');
const paragraphNumber = z.int().positive();

/**
 * A number the claim or a source states, which the computation must agree
 * with: `-57`, `{ value: -60, within: 2 }`, or a fall as the text writes it,
 * `{ fall: 57 }` for "fell by 57 per cent" (the change is then −57).
 */
const within = z.number().nonnegative().optional();
const stated = z.union([
  z.number(),
  z.strictObject({ value: z.number(), within }),
  z.strictObject({ fall: z.number().positive(), within }),
]);
const figureCommon = {
  id: figureId,
  /** What the number is, for the figures table: "monthly average, Jan–Nov 2017". */
  label: z.string().min(1).optional(),
  decimals: z.int().min(0).max(4).optional(),
  stated: stated.optional(),
};

const derivedFigureCommon = {
  ...figureCommon,
  /**
   * Set only when the figure compares periods on purpose (its inputs come
   * from sources about different periods): a note the page shows beside it.
   */
  acrossPeriods: z.string().min(1).optional(),
};

export const figureSpecSchema = z.union([
  /** A number as it stands in a source paragraph; `value` must be a numeral in `quote`. */
  z.strictObject({ ...figureCommon, value: z.number(), source: slug, p: paragraphNumber, quote: z.string().min(1) }),
  z.strictObject({ ...derivedFigureCommon, divide: z.tuple([figureId, figureId]) }),
  /** Percentage change from the first figure to the second. */
  z.strictObject({ ...derivedFigureCommon, change: z.tuple([figureId, figureId]) }),
  z.strictObject({ ...derivedFigureCommon, sum: z.array(figureId).min(2) }),
  z.strictObject({ ...derivedFigureCommon, subtract: z.tuple([figureId, figureId]) }),
  z.strictObject({ ...derivedFigureCommon, multiply: z.tuple([figureId, figureId]) }),
  /** Calendar months from one month to another, both counted. */
  z.strictObject({ ...figureCommon, months: z.tuple([yearMonth, yearMonth]) }),
]);
export type FigureSpec = z.infer<typeof figureSpecSchema>;

export const claimSchema = z.strictObject({
  /** The question or headline the page answers. */
  title: z.string().min(1),
  /** The claim in the claimant's words. */
  claim: z.string().min(1),
  /** The outlet or person who made it. */
  claimant: z.string().min(1),
  /** Where the claim appears; `quote`, if given, is verified like a citation. */
  appearance: z.strictObject({ source: slug, p: paragraphNumber, quote: z.string().min(1).optional() }),
  verdict: z.enum(VERDICT_KEYS),
  /** The answer in one sentence. */
  summary: z.string().min(1),
  published: isoDate,
  updated: isoDate.optional(),
  tags: z.array(slug).default([]),
  /** Every change since publication, with its kind (src/lib/corrections/kinds.ts). */
  corrections: z.array(z.strictObject({
    date: isoDate,
    kind: z.enum(CORRECTION_KIND_KEYS),
    note: z.string().min(1),
    /** Only on a correction that changed the verdict: the verdict it replaced. */
    previousVerdict: z.enum(VERDICT_KEYS).optional(),
  })).default([]),
  /** Former slugs of this claim; each keeps working as a redirect. */
  aliases: z.array(slug).default([]),
  figures: z.array(figureSpecSchema).default([]),
});
export type Claim = z.infer<typeof claimSchema>;
export type Correction = Claim['corrections'][number];

/**
 * A claim's translation (content/claims/<locale>/<slug>.mdx): the page in
 * another language. What may not differ from the English original is either
 * taken from it (the appearance, the figures' values and working, the dates,
 * tags and aliases) or checked against it (the verdict, every figure the body
 * names, the paragraphs it cites): see src/lib/check/translations.ts.
 */
export const claimTranslationSchema = z.strictObject({
  title: z.string().min(1),
  /** The site's own rendering of the claim; the page shows it as the site's translation, beside the claimant's words. */
  claim: z.string().min(1),
  /** The claimant as this language names it: the romanised name where no source gives another. */
  claimant: z.string().min(1),
  /** Must equal the original's verdict. */
  verdict: z.enum(VERDICT_KEYS),
  summary: z.string().min(1),
  /** The original's version this translates: its `updated` date, or `published` if it has none. */
  translates: isoDate,
  /** When the translation was first published. */
  published: isoDate,
  /** Each labelled figure's label in this language, by id: exactly the original's labelled figures. */
  figures: z.record(figureId, z.string().min(1)).default({}),
  /** Each correction's note in this language, in the original's order: one per correction. */
  corrections: z.array(z.string().min(1)).default([]),
});
export type ClaimTranslation = z.infer<typeof claimTranslationSchema>;

/**
 * The site's own configuration (content/site.yaml). A value nobody has
 * configured is null, and the site then shows nothing for it.
 */
export const siteSchema = z.strictObject({
  name: z.string().min(1),
  /** One sentence: what the site is, for search results and feeds. */
  description: z.string().min(1),
  /** Who publishes the site: a person or an organisation. */
  publisher: z.string().min(1).nullable(),
  /** An e-mail address readers can write to. */
  contact: z.email().nullable(),
  /** The GitHub repository of the site, where readers can open an issue. */
  repository: z
    .url({ protocol: /^https$/, hostname: /^github\.com$/ })
    .regex(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/, 'write the repository as https://github.com/<owner>/<name>, without a trailing slash')
    .nullable(),
  /** The licence of the site's own text and data. */
  licence: z.strictObject({ name: z.string().min(1), url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }) }),
  /** The name and description in every other language of the site (src/i18n/locales.ts). */
  translations: z.strictObject(Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [locale, z.strictObject({ name: z.string().min(1), description: z.string().min(1) })]),
  ) as Record<(typeof TRANSLATED_LOCALES)[number], z.ZodObject<{ name: z.ZodString; description: z.ZodString }, z.core.$strict>>),
});
export type SiteConfig = z.infer<typeof siteSchema>;

/**
 * The background page (content/background.mdx): what the primary source says,
 * written in MDX with the claims' <Cite> and <Chart>, and checked like them.
 */
export const backgroundSchema = z.strictObject({
  title: z.string().min(1),
  /** The meta description: one sentence on what the page covers. */
  description: z.string().min(1),
  published: isoDate,
  updated: isoDate.optional(),
});
export type Background = z.infer<typeof backgroundSchema>;
/** The background page in another language (content/<locale>/background.mdx), checked like a claim's translation. */
export const backgroundTranslationSchema = backgroundSchema.extend({
  /** The original's version this translates: its `updated` date, or `published` if it has none. */
  translates: isoDate,
});

/**
 * content/not-checked.yaml: numerals in the news reports that no claim cites,
 * each with the words that contain them and the reason they are not checked.
 * /methodology/ lists them; a test fails on any numeral neither cited nor listed.
 */
export const notCheckedSchema = z.array(z.strictObject({
  source: slug,
  p: paragraphNumber,
  /** Exact words of paragraph `p` that contain the numerals; verified like a citation. */
  quote: z.string().min(1),
  /** Why no claim checks them, in a sentence a reader can follow. */
  reason: z.string().min(1),
}));
export type NotChecked = z.infer<typeof notCheckedSchema>;

/*
 * Chart data (content/data/*.yaml, issue 4). Every number is cited; derived
 * numbers are named operations on cited ones and are computed by code.
 */
const dataId = z.string().regex(/^[a-z][A-Za-z0-9_]*$/, 'start with a lower-case letter; use letters, digits and _');
const dataCitation = {
  source: slug,
  p: z.int().positive(),
  /** Exact words of paragraph `p`; verified against the archived seed. */
  quote: z.string().min(1),
};
const dataValue = z.number({ error: 'write a plain number such as 67600 (no thousands separators, words or units)' });

/** A number as it stands in a source paragraph. */
const citedDatum = z.strictObject({
  ...dataCitation,
  value: dataValue,
  /** Only where the source writes the number in words ("three quarters"); the words must be in the quote. */
  words: z.string().min(1).optional(),
  /** Context a reader needs, e.g. who said it. */
  note: z.string().min(1).optional(),
});

const derivedCommon = { id: dataId, label: z.string().min(1), decimals: z.int().min(0).max(4).optional() };
export const derivedDatumSchema = z.union([
  /** Percentage change from the first value to the second. */
  z.strictObject({ ...derivedCommon, change: z.tuple([dataId, dataId]), statedAs: dataId.optional() }),
  z.strictObject({ ...derivedCommon, divide: z.tuple([dataId, dataId]), statedAs: dataId.optional() }),
  z.strictObject({ ...derivedCommon, multiply: z.tuple([dataId, dataId]) }),
  /** Calendar months from one timeline event to another, both counted. */
  z.strictObject({ ...derivedCommon, monthsBetween: z.tuple([dataId, dataId]) }),
]);

const dataCommon = {
  slug,
  title: z.string().min(1),
  /** Notes shown under the chart on its page. */
  notes: z.array(z.string().min(1)).default([]),
};

const seriesDataSchema = z.strictObject({
  ...dataCommon,
  kind: z.literal('series'),
  /** What one plotted value counts, e.g. "NECIIs a month". */
  unit: z.string().min(1),
  values: z.array(z.strictObject({
    id: dataId,
    label: z.string().min(1),
    /** Set when the value covers only part of its period, e.g. "January–November only". */
    partialPeriod: z.string().min(1).optional(),
    ...citedDatum.shape,
  })).min(1),
  /** Ids of the values drawn, in order. */
  plot: z.array(dataId).min(2),
  derived: z.array(derivedDatumSchema).default([]),
});

const comparisonDataSchema = z.strictObject({
  ...dataCommon,
  kind: z.literal('comparison'),
  quantities: z.array(z.strictObject({
    id: dataId,
    label: z.string().min(1),
    /** One per text that reports the quantity; the press release is the reference. */
    reports: z.array(citedDatum).min(1),
  })).min(1),
});

/** YAML parsers differ on bare dates; accept both and keep a string. */
const eventDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.valueOf()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'write YYYY-MM, or YYYY-MM-DD when the source gives the day'),
);

const timelineDataSchema = z.strictObject({
  ...dataCommon,
  kind: z.literal('timeline'),
  events: z.array(z.strictObject({
    id: dataId,
    date: eventDate,
    label: z.string().min(1),
    /** Every quote together must state the date. */
    citations: z.array(z.strictObject(dataCitation)).min(1),
  })).min(2),
  derived: z.array(derivedDatumSchema).default([]),
});

export const dataSchema = z.discriminatedUnion('kind', [seriesDataSchema, comparisonDataSchema, timelineDataSchema]);
export type ChartData = z.infer<typeof dataSchema>;
export type SeriesData = z.infer<typeof seriesDataSchema>;
export type ComparisonData = z.infer<typeof comparisonDataSchema>;
export type TimelineData = z.infer<typeof timelineDataSchema>;
export type DerivedDatum = z.infer<typeof derivedDatumSchema>;

/**
 * Chart words in another language (content/data/<locale>/<slug>.yaml): the
 * title, unit and notes, and a label for every id the original labels. The
 * numbers, quotes and citations are never translated: they come from the
 * original. src/lib/check/dataTranslations.ts refuses a missing or extra
 * label, note or partial period, and notes not one for one.
 */
export const dataTranslationSchema = z.strictObject({
  title: z.string().min(1),
  /** A series' unit (what one bar counts); only a series has one. */
  unit: z.string().min(1).optional(),
  /** The original's notes, one for one, in the same order. */
  notes: z.array(z.string().min(1)).default([]),
  /**
   * By id: each value's, quantity's, event's or derived figure's label;
   * `<id>.partialPeriod` and `<id>.note` for a value's partial period and
   * note; `<quantity>.<source>.p<paragraph>.note` for a report's note
   * (`intercepted.hkfp-2017-12-07.p4.note`).
   */
  labels: z.record(z.string(), z.string().min(1)).default({}),
});
export type DataTranslation = z.infer<typeof dataTranslationSchema>;
