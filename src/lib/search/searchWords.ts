import type { Translate, UIKey } from '../../i18n/index.ts';

/**
 * The words the search script writes, in the page's language: the page puts
 * them in the form's `data-words` as JSON, so the script carries no
 * dictionary. `{n}`, `{q}`, `{date}` and `{label}` are filled in by the script.
 */
export const SEARCH_WORD_KEYS = [
  'search.type.claim', 'search.type.source', 'search.type.chart',
  'search.types.claim', 'search.types.source', 'search.types.chart', 'search.and',
  'search.filter.verdict', 'search.filter.outlet', 'search.filter.tag',
  'search.checked', 'search.published', 'search.paragraph',
  'search.moreOne', 'search.more', 'search.prompt',
  'search.resultOne', 'search.results', 'search.noResults', 'search.for',
  'search.firstShown', 'search.end', 'search.truncated', 'search.tryOther',
  'search.failed', 'search.failedClaims', 'search.failedOr', 'search.failedSources', 'search.failedEnd',
] as const satisfies readonly UIKey[];

export type SearchWords = Record<(typeof SEARCH_WORD_KEYS)[number], string>;

/** The words with their placeholders left in, for the script to fill. */
export function searchWords(t: Translate): SearchWords {
  const keep = { n: '{n}', q: '{q}', date: '{date}', label: '{label}' };
  return Object.fromEntries(SEARCH_WORD_KEYS.map((key) => [key, t(key, keep)])) as SearchWords;
}
