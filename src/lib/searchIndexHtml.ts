/**
 * What Pagefind is given for a built page (src/integrations/searchIndex.ts).
 * The page in dist/ is never changed: readers and screen readers see the
 * text as published, and only the copy Pagefind indexes gets the search-only
 * number forms (see src/lib/searchText.ts).
 *
 * Linear in the page's size: a page whose text writes no grouped number is
 * passed on as it is, without parsing (most pages); the others are parsed
 * once with htmlparser2 and each block's own text is read in one walk.
 */
import { TRANSLATED_LOCALES } from '../i18n/locales.ts';
import { load, type CheerioAPI } from 'cheerio';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { hasGroupedNumber, searchableNumberForms, SEARCH_ONLY_MARK } from './searchText.ts';

/** Elements that hold running text. */
const BLOCK_TAGS = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'caption', 'summary', 'pre']);
const BLOCKS = [...BLOCK_TAGS].join(', ');
const isBlock = (node: AnyNode): node is Element => isTag(node) && BLOCK_TAGS.has(node.name);
const isIgnored = (node: Element) => node.attribs['data-pagefind-ignore'] !== undefined;

/** Chart pages (/charts/<id>/, /zh-hant/charts/<id>/), indexed with type "chart" even if they do not mark their content. */
const CHART_PAGE = new RegExp(`^/(?:(?:${TRANSLATED_LOCALES.join('|')})/)?charts/[^/]+/$`);

/** The page's text, roughly: tags dropped, entities decoded. Enough to tell whether it writes a grouped number. */
const roughText = (html: string) => decodeHTML(html.replace(/<[^>]*>/g, ''));

/** A block's own text: its text nodes and those of inline children, not of nested blocks or ignored parts. */
function ownText(node: Element): string {
  return node.children
    .map((child) => (isText(child) ? child.data : isTag(child) && !isBlock(child) && !isIgnored(child) ? ownText(child) : ''))
    .join('');
}

function addNumberForms($: CheerioAPI): void {
  $('[data-pagefind-body]').find(BLOCKS).each((_, el) => {
    const block = $(el);
    if (block.closest('[data-pagefind-ignore]').length) return;
    const forms = searchableNumberForms(ownText(el));
    if (!forms.length) return;
    const words = $('<span>').text(` ${SEARCH_ONLY_MARK} ${forms.join(' ')} ${SEARCH_ONLY_MARK} `);
    // After a heading, not in it: a heading's text is a result's title.
    if (/^h[1-6]$/.test(el.tagName)) block.after(words);
    else block.append(words);
  });
}

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
  const chart = !marked && CHART_PAGE.test(url);
  if (!marked && !chart) return null;
  if (marked && !hasGroupedNumber(roughText(html))) return html;
  // htmlparser2 in HTML mode: several times faster than the default parse5, and enough for an index copy.
  const $ = load(html, { xml: { xmlMode: false } });
  if (chart) {
    const main = $('main').first();
    if (!main.length) return null;
    main.attr('data-pagefind-body', '').attr('data-pagefind-filter', 'type:chart');
  }
  addNumberForms($);
  return $.html();
}
