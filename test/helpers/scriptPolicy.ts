import { TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';
import { BASE } from './distPages.ts';

/**
 * Which pages may run JavaScript. The site is plain HTML and CSS; a page gets
 * a <script> only when it has a reason listed here. A pattern is a URL path
 * without the base, either exact ('search/') or a prefix ending in '*'
 * ('charts/*' = every page below /charts/, the index excluded), and it
 * covers the page in every language (/zh-hant/search/ too).
 */
export const PAGES_ALLOWED_JS: readonly string[] = [
  'search/', // Pagefind search UI
  'sources/*', // cite helper: a "Copy citation" button on each paragraph
  // A chart page that gains a script enhancement goes here, e.g. 'charts/*'.
];

/**
 * Pages whose main content is produced by JavaScript, so they are exempt
 * from the check that every page shows its full content with JS off. Every
 * other page, including those allowed a progressive enhancement, must not
 * lose any content without JS.
 */
export const PAGES_NEEDING_JS: readonly string[] = [
  'search/', // results only exist once Pagefind runs; the page says so without JS
];

/** Whether the page at `url` (base included) matches one of `patterns`. */
export function matchesPage(patterns: readonly string[], url: string, base = BASE): boolean {
  const inSite = url.startsWith(base) ? url.slice(base.length) : url;
  // A page and its twins in other languages follow the same policy; a pattern starting with = names one exact path.
  const inLanguage = TRANSLATED_LOCALES.reduce((path, locale) => (path.startsWith(`${locale}/`) ? path.slice(locale.length + 1) : path), inSite);
  const matches = (p: string, path: string) => (p.endsWith('*') ? path.startsWith(p.slice(0, -1)) && path !== p.slice(0, -1) : path === p);
  return patterns.some((p) => (p.startsWith('=') ? matches(p.slice(1), inSite) : matches(p, inLanguage)));
}
