/**
 * What Pagefind is given for a built page (src/integrations/searchIndex.ts).
 * The page in dist/ is never changed: readers and screen readers see the
 * text as published, and only the copy Pagefind indexes gets the search-only
 * number forms (see src/lib/search/searchText.ts).
 *
 * Linear in the page's size: a page whose text writes no grouped number is
 * passed on as it is, without parsing (most pages); the others are read once
 * by htmlparser2's streaming parser, which finds each block's own text and
 * where it ends, and the forms are inserted there. No tree is built and the
 * rest of the page is passed on byte for byte.
 */
import { TRANSLATED_LOCALES } from '../../i18n/locales.ts';
import { decodeHTML, escapeText } from 'entities';
import { Parser } from 'htmlparser2';
import { hasGroupedNumber, searchableNumberForms, SEARCH_ONLY_MARK } from './searchText.ts';

/** Elements that hold running text. */
const BLOCK_TAGS = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'caption', 'summary', 'pre']);
const HEADING = /^h[1-6]$/;

/** Chart pages (/charts/<id>/, /zh-hant/charts/<id>/), indexed with type "chart" even if they do not mark their content. */
const CHART_PAGE = new RegExp(`^/(?:(?:${TRANSLATED_LOCALES.join('|')})/)?charts/[^/]+/$`);
const CHART_MAIN_ATTRIBUTES = ' data-pagefind-body data-pagefind-filter="type:chart"';

/** The page's text, roughly: tags dropped, entities decoded. Enough to tell whether it writes a grouped number. */
const roughText = (html: string) => decodeHTML(html.replace(/<[^>]*>/g, ''));

interface Open {
  name: string;
  /** This element has data-pagefind-body (or is the <main> of a chart page). */
  marksBody: boolean;
  /** Inside the indexed content (below the element with data-pagefind-body). */
  indexed: boolean;
  /** This element or one above it has data-pagefind-ignore. */
  ignored: boolean;
  /** This element itself has data-pagefind-ignore: its text is nobody's own text. */
  ignoresOwn: boolean;
  /** A block's own text: its text and that of its inline children, not of nested blocks or ignored parts. */
  text: string[] | null;
}

/**
 * The page as Pagefind should index it, or null when it is not indexed.
 * Pages that mark their main content with data-pagefind-body are indexed;
 * so are chart pages, whose <main> is then the indexed content with the
 * filter type:chart. Inside the indexed content, each text block that
 * writes a grouped number ("67 000") ends with its other forms between two
 * SEARCH_ONLY_MARK words; a heading is followed by them, so a result's
 * title stays as written.
 */
export function htmlForIndex(html: string, url = ''): string | null {
  const marked = html.includes('data-pagefind-body');
  const chart = !marked && CHART_PAGE.test(url);
  if (!marked && !chart) return null;
  if (marked && !hasGroupedNumber(roughText(html))) return html;

  const inserts: Array<{ at: number; text: string }> = [];
  const stack: Open[] = [];
  let chartMain = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      const parent = stack.at(-1);
      const ignoresOwn = 'data-pagefind-ignore' in attributes;
      const isChartMain = chart && !chartMain && name === 'main';
      if (isChartMain) {
        chartMain = true;
        inserts.push({ at: parser.startIndex + '<main'.length, text: CHART_MAIN_ATTRIBUTES });
      }
      stack.push({
        name,
        marksBody: isChartMain || 'data-pagefind-body' in attributes,
        indexed: Boolean(parent && (parent.indexed || parent.marksBody)),
        ignored: ignoresOwn || Boolean(parent?.ignored),
        ignoresOwn,
        text: BLOCK_TAGS.has(name) ? [] : null,
      });
    },
    ontext(data) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const open = stack[i]!;
        if (open.ignoresOwn) return;
        if (open.text) {
          open.text.push(data);
          return;
        }
      }
    },
    onclosetag() {
      const open = stack.pop();
      if (!open?.text || !open.indexed || open.ignored) return;
      const forms = searchableNumberForms(open.text.join(''));
      if (!forms.length) return;
      const text = `<span>${escapeText(` ${SEARCH_ONLY_MARK} ${forms.join(' ')} ${SEARCH_ONLY_MARK} `)}</span>`;
      inserts.push(HEADING.test(open.name) ? { at: parser.endIndex + 1, text } : { at: parser.startIndex, text });
    },
  });
  parser.end(html);
  if (chart && !chartMain) return null;

  inserts.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const { at, text } of inserts) {
    out += html.slice(from, at) + text;
    from = at;
  }
  return out + html.slice(from);
}
