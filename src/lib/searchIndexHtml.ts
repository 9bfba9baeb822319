/**
 * What Pagefind is given for a built page (src/integrations/searchIndex.ts).
 * The page in dist/ is never changed: readers and screen readers see the
 * text as published, and only the copy Pagefind indexes gets the search-only
 * number forms (see src/lib/searchText.ts).
 */
import { load } from 'cheerio';
import { searchableNumberForms, SEARCH_ONLY_MARK } from './searchText.ts';

/** Elements that hold running text. */
const BLOCKS = 'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, summary, pre';

/** Chart pages (/charts/<id>/), indexed with type "chart" even if they do not mark their content. */
const CHART_PAGE = /^\/charts\/[^/]+\/$/;

/**
 * The page as Pagefind should index it, or null when it is not indexed.
 * Pages that mark their main content with data-pagefind-body are indexed;
 * so are chart pages, whose <main> is then the indexed content with the
 * filter type:chart. Inside the indexed content, each text block that
 * writes a grouped number ("67 000") ends with its other forms between two
 * SEARCH_ONLY_MARK words.
 */
export function htmlForIndex(html: string, url = ''): string | null {
  const marked = html.includes('data-pagefind-body');
  if (!marked && !CHART_PAGE.test(url)) return null;
  const $ = load(html);
  let changed = false;
  if (!$('[data-pagefind-body]').length) {
    const main = $('main').first();
    if (!main.length) return null;
    main.attr('data-pagefind-body', '').attr('data-pagefind-filter', 'type:chart');
    changed = true;
  }
  $('[data-pagefind-body]').find(BLOCKS).each((_, el) => {
    const block = $(el);
    if (block.closest('[data-pagefind-ignore]').length) return;
    // Only the block's own text: nested blocks get their own forms.
    const own = block.clone();
    own.find(BLOCKS).remove();
    own.find('[data-pagefind-ignore]').remove();
    const forms = searchableNumberForms(own.text());
    if (!forms.length) return;
    const words = $('<span>').text(` ${SEARCH_ONLY_MARK} ${forms.join(' ')} ${SEARCH_ONLY_MARK} `);
    // After a heading, not in it: a heading's text is a result's title.
    if (/^h[1-6]$/.test(el.tagName)) block.after(words);
    else block.append(words);
    changed = true;
  });
  return changed ? $.html() : html;
}
