import { formatDateIn, translate, type Translate } from '../../i18n/index.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales.ts';
import type { DataTranslation } from '../content/schema.ts';
import { formatEventDate, parseEventDate } from './eventDates.ts';
import { formatCount } from './formatValues.ts';
import type { Qualifier } from './qualifier.ts';
import type { SourceInfo } from './sourceInfo.ts';

/**
 * What a chart writes in one language: the interface words (the `chart.`
 * keys of src/i18n/), punctuation, dates, and the data file's own words
 * (title, unit, notes, labels) from its translation. The numbers never pass
 * through here as text a translator typed: they come from the original data.
 */
export interface ChartText {
  locale: Locale;
  t: Translate;
  /** The label translated under `key` (an id, `<id>.partialPeriod`, …), or `original` in English. */
  label(key: string, original: string): string;
  /** The data file's title, unit and notes in this language. */
  title(original: string): string;
  unit(original: string): string;
  notes(original: readonly string[]): string[];
  /** An event date: "20 May 2016" / "2016年5月20日", "February 2016" / "2016年2月". */
  date(date: string): string;
  /** A source's short name: "Press release" for the press release, else the outlet's own name. */
  short(source: SourceInfo): string;
  /** A number with the source's qualifier: "more than 290" / "超過290". */
  stated(value: number, qualifier: Qualifier, phrase: string): string;
  /** "{text} ({note})" in the language's brackets. */
  withNote(text: string, note: string | undefined): string;
  punctuation: Punctuation;
}

/** Separators, which are typography rather than words. */
export interface Punctuation {
  /** Between sentences. */
  gap: string;
  /** Ends a sentence. */
  stop: string;
  /** Between the clauses of a list: "318 in 2015; 185 in 2016". */
  clause: string;
  /** Between names: "CGTN, China Daily, HKFP". */
  names: string;
}

const PUNCTUATION: Record<Locale, Punctuation> = {
  en: { gap: ' ', stop: '.', clause: '; ', names: ', ' },
  'zh-hant': { gap: '', stop: '。', clause: '；', names: '、' },
};

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function monthIn(locale: Locale, year: number, month: number): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[locale].intl, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(year, month - 1, 15)));
}

/**
 * The words of a chart in `locale`. English is the original and needs no
 * translation; any other locale needs the data file's translation
 * (content/data/<locale>/<slug>.yaml), whose completeness the content check
 * ensures (src/lib/check/dataTranslations.ts).
 */
export function chartText(locale: Locale, translation?: DataTranslation): ChartText {
  const t = translate(locale);
  const original = locale === DEFAULT_LOCALE;
  if (original && translation) throw new Error('English is the charts\' original language: it takes no translation.');
  if (!original && !translation) throw new Error(`The ${locale} chart needs the translation of its data file (content/data/${locale}/<slug>.yaml).`);
  const words = (key: string, english: string): string => {
    if (original) return english;
    const found = translation!.labels[key];
    if (found === undefined) throw new Error(`No ${locale} label "${key}" for "${english}" (the content check should have stopped this).`);
    return found;
  };
  const statedKey = { over: 'chart.stated.over', under: 'chart.stated.under', almost: 'chart.stated.almost', about: 'chart.stated.about' } as const;
  return {
    locale,
    t,
    label: words,
    title: (english) => (original ? english : translation!.title),
    unit: (english) => {
      if (original) return english;
      if (translation!.unit === undefined) throw new Error(`No ${locale} unit for "${english}" (the content check should have stopped this).`);
      return translation!.unit;
    },
    notes: (english) => (original ? [...english] : [...translation!.notes]),
    date: (date) => {
      if (original) return formatEventDate(date);
      const { year, month, day } = parseEventDate(date);
      return day === undefined ? monthIn(locale, year, month) : formatDateIn(locale, date);
    },
    short: (source) => (source.primary ? t('chart.pressRelease') : source.short),
    stated: (value, qualifier, phrase) => {
      if (qualifier === 'exact' || !phrase) return formatCount(value);
      const key = phrase === 'at least' ? 'chart.stated.atLeast' : phrase === 'up to' ? 'chart.stated.upTo' : statedKey[qualifier];
      return t(key, { phrase, value: formatCount(value) });
    },
    withNote: (text, note) => (note ? t('chart.withNote', { text, note }) : text),
    punctuation: PUNCTUATION[locale],
  };
}

/** The charts' original words; also what the data downloads (CSV, JSON) use. */
export const ENGLISH: ChartText = chartText(DEFAULT_LOCALE);
