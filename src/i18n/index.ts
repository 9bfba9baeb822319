/**
 * The interface dictionaries and what pages need to use them: the words for
 * a locale, with `{name}` placeholders filled in, and dates and numbers
 * written as that locale writes them. Pure: usable outside Astro.
 */
import en, { type Dictionary, type UIKey } from './en.ts';
import zhHant from './zh-hant.ts';
import { LOCALES, type Locale } from './locales.ts';

export const DICTIONARIES: Record<Locale, Dictionary> = { en, 'zh-hant': zhHant };
export type { UIKey, Dictionary };
export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

/** `translate('zh-hant')('claims.count', { count: 14 })` → the Chinese words with 14 filled in. */
export function translate(locale: Locale): Translate {
  const words = DICTIONARIES[locale];
  return (key, values = {}) =>
    words[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!(name in values)) throw new Error(`The ${locale} text of "${key}" needs a value for {${name}}.`);
      return String(values[name]);
    });
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
/** `2017-12-07` → `7 December 2017` in English, `2017年12月7日` in Chinese. */
export function formatDateIn(locale: Locale, iso: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}
