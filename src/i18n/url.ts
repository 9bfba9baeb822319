/**
 * Links to pages in a locale, through Astro's i18n routing: English at the
 * site root, other locales under their path (`/zh-hant/claims/…/`), all under
 * the deployment base. For files that exist once for every language (feeds,
 * data, cards), use withBase() from src/lib/url.ts instead.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { LOCALES, type Locale } from './locales.ts';

/** `localeUrl('zh-hant', 'sources/x/#p9')` → `/zh-hant/sources/x/#p9` (with the base); the fragment or query is kept as given. */
export function localeUrl(locale: Locale, path: string): string {
  const at = path.search(/[?#]/);
  const page = at < 0 ? path : path.slice(0, at);
  // Astro names a locale configured with a path by its code (src/i18n/locales.ts `lang`).
  return getRelativeLocaleUrl(LOCALES[locale].lang, page.replace(/^\/+/, '')) + (at < 0 ? '' : path.slice(at));
}
