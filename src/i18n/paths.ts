/**
 * Routes that exist once per locale live under `src/pages/[...locale]/`:
 * the parameter is absent for English (the site root) and `zh-hant` for
 * Chinese, so one page file renders both languages.
 */
import { DEFAULT_LOCALE, LOCALE_KEYS, type Locale } from './locales.ts';

/** The `[...locale]` parameter of a locale: undefined for the default. */
export const localeParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/** getStaticPaths() of a page with no other parameter. */
export const everyLocale = () => LOCALE_KEYS.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));

/**
 * A page's path inside the site in every language, from its URL:
 * `/factcheck/zh-hant/claims/x/` with base `/factcheck/` → `claims/x/`.
 */
export function pagePathOf(pathname: string, base: string, locale: Locale): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inSite = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  return locale !== DEFAULT_LOCALE && inSite.startsWith(`${locale}/`) ? inSite.slice(locale.length + 1) : inSite === locale ? '' : inSite;
}
