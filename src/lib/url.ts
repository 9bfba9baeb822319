import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

/**
 * Joins the deployment base path and a site path, so every internal link
 * works on any static host and under any subpath.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Site-relative path to a page, e.g. sourcePath('hkfp-2017-12-07') → 'sources/hkfp-2017-12-07/'. */
export const sourcePath = (slug: string) => `sources/${slug}/`;
export const claimPath = (slug: string) => `claims/${slug}/`;
export const chartPath = (id: string) => `charts/${id}/`;

/** Absolute URL of a site path on the deployed site: absoluteUrl('https://x.org', '/factcheck/', 'data/') → 'https://x.org/factcheck/data/'. */
export const absoluteUrl = (site: string | URL, base: string, path: string) => new URL(withBase(base, path), site).href;
export const correctionsPath = 'corrections/';

/**
 * A file (not a page) that exists once per language, such as an Atom feed:
 * at the site root in English, under the locale's path otherwise, as Astro's
 * i18n routing places pages (`feed.xml`, `zh-hant/feed.xml`).
 */
export const localeFile = (locale: Locale, file: string) => (locale === DEFAULT_LOCALE ? file : `${locale}/${file}`);
export const feedPath = (locale: Locale) => localeFile(locale, 'feed.xml');
/** The corrections log's Atom feed, one for every language: its entries quote the English notes. */
export const correctionsFeedPath = 'corrections/feed.xml';
