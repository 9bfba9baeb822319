/**
 * How numbers are made findable (issue 5). Sources write the same number as
 * "67,000", "67 000" (a space, U+00A0 or U+202F between digit groups) or
 * "67000". Pagefind indexes "67,000" as the word 67000, but "67 000" as the
 * two words 67 and 000. So both sides are brought to one form:
 *
 * - the index: when the site is indexed, every text block that writes a
 *   grouped number gets search-only words with its other forms
 *   (`searchableNumberForms`), between two SEARCH_ONLY_MARK words so result
 *   excerpts can leave them out (src/lib/search/searchIndexHtml.ts);
 * - the query: separators between digit groups are removed (`normaliseQuery`),
 *   so "67,000", "67 000" and "67000" all search for 67000.
 *
 * Pure functions, shared by the build and the search page's script.
 */

/** Brackets the search-only words in the indexed text; never shown in an excerpt. */
export const SEARCH_ONLY_MARK = '⁂';

/** The longest query searched; anything beyond is ignored. */
export const MAX_QUERY_LENGTH = 200;

/**
 * A number written with thousands separators: one to three digits, then
 * groups of three after a comma, space, no-break space (U+00A0), narrow
 * no-break space (U+202F) or thin space (U+2009). Not part of a longer
 * number or a decimal ("2016 837" and "1,234.5" are not matched).
 */
const GROUPED = /(?<![\d.,])\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?![.,]?\d)/g;

/** Whether `text` writes any grouped number ("67 000", "67,000"). */
export const hasGroupedNumber = (text: string): boolean => text.search(GROUPED) !== -1;

/** "67,000" → "67000" */
const digitsOf = (s: string) => s.replace(/\D/g, '');

/** "67000" → "67,000" */
export function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Whether `form` stands in `text` as a whole number (not inside a longer one). */
function writtenIn(text: string, form: string): boolean {
  let at = text.indexOf(form);
  while (at !== -1) {
    const before = text[at - 1] ?? '';
    const after = text.slice(at + form.length, at + form.length + 2);
    if (!/[\d,]/.test(before) && !/^(\d|[.,]\d)/.test(after)) return true;
    at = text.indexOf(form, at + 1);
  }
  return false;
}

/**
 * The forms of every grouped number in `text` that the text does not already
 * write: for "over 67\u00a0000 NECIIs" → ["67000", "67,000"]; for "67,600" →
 * ["67600"]. Plain numbers ("837", "2016") need nothing. In order of first
 * appearance, without duplicates.
 */
export function searchableNumberForms(text: string): string[] {
  const forms: string[] = [];
  for (const [written] of text.matchAll(GROUPED)) {
    const digits = digitsOf(written);
    for (const form of [digits, withCommas(digits)]) {
      if (!forms.includes(form) && !writtenIn(text, form)) forms.push(form);
    }
  }
  return forms;
}

/**
 * The query as it is searched: compatibility forms folded (NFKC: no-break
 * spaces become spaces, full-width digits ASCII), separators between digit
 * groups removed ("67 000" → "67000"), white space collapsed, at most
 * MAX_QUERY_LENGTH characters.
 */
export function normaliseQuery(query: string): string {
  return query
    .normalize('NFKC')
    .slice(0, MAX_QUERY_LENGTH)
    .replace(GROUPED, digitsOf)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a (normalised) query has anything to search for: a letter or a digit. */
export function isSearchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}
