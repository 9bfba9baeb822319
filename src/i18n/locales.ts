/**
 * The site's languages. English is the default and lives at the site root;
 * every other locale lives under its own path (`/zh-hant/`). astro.config.mjs
 * builds Astro's i18n configuration from this list, so routing, the
 * dictionaries and the content check all name the same locales.
 */
export const LOCALES = {
  en: {
    /** `<html lang>` and hreflang. */
    lang: 'en',
    /** The locale's name in its own language, for the language switch. */
    name: 'English',
    /** Intl locale for dates and numbers. */
    intl: 'en-GB',
  },
  'zh-hant': {
    lang: 'zh-Hant-HK',
    name: '繁體中文',
    intl: 'zh-Hant-HK',
  },
} as const;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE = 'en' satisfies Locale;
export type TranslatedLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;
export const LOCALE_KEYS = Object.keys(LOCALES) as [Locale, ...Locale[]];
/** Locales other than the default: each has translations of the content. */
export const TRANSLATED_LOCALES = LOCALE_KEYS.filter((l) => l !== DEFAULT_LOCALE) as TranslatedLocale[];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && value in LOCALES;

/** The locale of `Astro.currentLocale`, which names a locale by its code (`zh-Hant-HK`) or its path; the default when there is none. */
export function localeNamed(value: string | undefined): Locale {
  const found = LOCALE_KEYS.find((l) => l === value || LOCALES[l].lang === value);
  return found ?? DEFAULT_LOCALE;
}

/** The `lang` attribute for text in language `textLang` on a page in `locale`: none where they agree. */
export const langAttr = (locale: Locale, textLang: string): string | undefined => (LOCALES[locale].lang === textLang ? undefined : textLang);
