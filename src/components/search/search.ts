/**
 * The search page's script (issue 5). Pagefind's own files are imported only
 * when there is something to search (a query or filters in the URL, or the
 * reader types). The query and filters live in the URL (?q=…&type=…), so a
 * search can be shared. Results are built as DOM nodes: text from the index
 * or the query is only ever set as text, and <mark> elements are created
 * here (src/lib/search/searchResults.ts), so nothing can be injected.
 */
import { isSearchable, MAX_QUERY_LENGTH, normaliseQuery } from '../../lib/search/searchText.ts';
import { indexedWords, isSitePath, pageExcerpt, paragraphMatches, searchOnlyMask, type PagefindFragment, type Segment } from '../../lib/search/searchResults.ts';
import type { SearchWords } from '../../lib/search/searchWords.ts';

interface PagefindResult { data(): Promise<PagefindFragment>; }
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown for one search; paragraphs shown per source. */
const SHOWN = 20;
const PARAGRAPHS = 3;

type Child = Node | string | null | undefined | false;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}
const segmentsToNodes = (segments: Segment[]) => segments.map((s) => (s.mark ? h('mark', {}, s.text) : s.text));
/** A word from the page's dictionary with its placeholders filled. */
const fill = (text: string, values: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));

export function startSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const badges = document.getElementById('search-verdicts') as HTMLTemplateElement | null;
  if (!form || !input || !status || !list || !badges) return;
  const w = JSON.parse(form.dataset.words!) as SearchWords;
  const typeLabel = (type: string) => (['claim', 'source', 'chart'].includes(type) ? w[`search.type.${type as 'claim'}`] : type);
  const dateFormat = new Intl.DateTimeFormat(form.dataset.lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  document.getElementById('search-nojs')?.setAttribute('hidden', '');

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ form.dataset.bundle!) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ baseUrl: form.dataset.base });
      return pf;
    }));

  const params = () => {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) p.append(k, v);
    return p;
  };

  function restore(p: URLSearchParams) {
    input!.value = p.get('q') ?? '';
    for (const el of form!.elements) {
      if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = p.getAll(el.name).includes(el.value);
      if (el instanceof HTMLSelectElement) {
        const v = p.get(el.name) ?? '';
        el.value = [...el.options].some((o) => o.value === v) ? v : '';
      }
    }
  }

  /** Pagefind filters from the form, and the same in words for the status line. */
  function filtersOf(p: URLSearchParams) {
    const filters: Record<string, unknown> = {};
    const words: string[] = [];
    const types = p.getAll('type');
    if (types.length) {
      filters.type = { any: types };
      words.push(types.map((t) => (['claim', 'source', 'chart'].includes(t) ? w[`search.types.${t as 'claim'}`] : t)).join(w['search.and']));
    }
    for (const key of ['verdict', 'outlet', 'tag']) {
      const v = p.get(key);
      if (v) {
        filters[key] = v;
        const select = document.getElementById(`search-${key}`) as HTMLSelectElement | null;
        const label = [...(select?.options ?? [])].find((o) => o.value === v)?.text ?? v;
        words.push(fill(w[`search.filter.${key as 'tag'}`], { label }));
      }
    }
    return { filters, words };
  }

  function badgeFor(verdict: string | undefined) {
    const badge = [...badges!.content.children].find((c) => (c as HTMLElement).dataset.verdict === verdict);
    return badge?.firstElementChild?.cloneNode(true) ?? null;
  }

  function item(f: PagefindFragment): HTMLLIElement | null {
    if (!isSitePath(f.url)) return null;
    const indexed = indexedWords(f);
    const hidden = searchOnlyMask(indexed.words);
    const type = f.filters.type?.[0] ?? '';
    // A claim's date is when we checked it; a source's, when the outlet published it.
    const date = /^\d{4}-\d{2}-\d{2}$/.test(f.meta.date ?? '') ? fill(w[type === 'claim' ? 'search.checked' : 'search.published'], { date: dateFormat.format(new Date(`${f.meta.date}T00:00:00Z`)) }) : '';
    const parts = [typeLabel(type), badgeFor(f.meta.verdict), f.meta.outlet, date].filter((p): p is string | Node => !!p);
    const meta = h('p', { class: 'meta' }, ...parts.flatMap((p, i) => (i ? [' · ', p] : [p])));
    const li = h('li', {}, h('h2', {}, h('a', { href: f.url }, f.meta.title || f.url)), meta);
    const paragraphs = type === 'source' ? paragraphMatches(f, indexed, hidden) : [];
    if (!paragraphs.length) {
      li.append(h('p', { class: 'excerpt' }, ...segmentsToNodes(pageExcerpt(f, indexed, hidden))));
      return li;
    }
    const ul = h('ul', { class: 'paragraphs' });
    for (const p of paragraphs.slice(0, PARAGRAPHS)) {
      if (!isSitePath(p.url)) continue;
      const number = h('span', { class: 'pnum' }, h('span', { class: 'visually-hidden' }, w['search.paragraph']), h('span', { 'aria-hidden': 'true' }, '¶'), String(p.n));
      ul.append(h('li', {}, h('a', { href: p.url }, number, h('span', { class: 'excerpt' }, ...segmentsToNodes(p.excerpt)))));
    }
    li.append(ul);
    const more = paragraphs.length - PARAGRAPHS;
    if (more > 0) li.append(h('p', { class: 'more' }, fill(w[more === 1 ? 'search.moreOne' : 'search.more'], { n: more })));
    return li;
  }

  function say(...parts: Child[]) {
    status!.replaceChildren(...parts.filter((p): p is Node | string => !!p));
  }

  let seq = 0;
  async function run() {
    const id = ++seq;
    const p = params();
    history.replaceState(history.state, '', p.toString() ? `?${p}` : location.pathname);
    const raw = (p.get('q') ?? '').trim();
    const query = normaliseQuery(raw);
    const { filters, words } = filtersOf(p);
    const searchable = isSearchable(query);
    if (!searchable && !words.length) {
      list!.replaceChildren();
      return say(raw ? w['search.prompt'] : '');
    }
    list!.setAttribute('aria-busy', 'true');
    try {
      const pf = await load();
      const found = await pf.search(searchable ? query : null, { filters });
      if (id !== seq || !found) return;
      const data = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
      if (id !== seq) return;
      const items = data.map(item).filter((li): li is HTMLLIElement => !!li);
      list!.replaceChildren(...items);
      const total = found.results.length;
      const shown = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
      say(
        total ? fill(w[total === 1 ? 'search.resultOne' : 'search.results'], { n: total }) : w['search.noResults'],
        searchable ? fill(w['search.for'], { q: shown }) : '',
        words.length ? ` (${words.join('; ')})` : '',
        total > SHOWN ? fill(w['search.firstShown'], { n: SHOWN }) : w['search.end'],
        raw.length > MAX_QUERY_LENGTH ? fill(w['search.truncated'], { n: MAX_QUERY_LENGTH }) : '',
        total ? '' : w['search.tryOther'],
      );
    } catch {
      if (id !== seq) return;
      list!.replaceChildren();
      say(w['search.failed'], h('a', { href: `${form!.dataset.pages}claims/` }, w['search.failedClaims']), w['search.failedOr'], h('a', { href: `${form!.dataset.pages}sources/` }, w['search.failedSources']), w['search.failedEnd']);
    } finally {
      if (id === seq) list!.removeAttribute('aria-busy');
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    if (isSearchable(input.value)) void load().catch(() => {});
    soon();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) soon();
  });

  restore(new URLSearchParams(location.search));
  if (params().toString()) void run();
}
