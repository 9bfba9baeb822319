/**
 * Static quality gates over every HTML page in dist/ (issue 6): markup
 * validity, the metadata every page needs, parseable JSON-LD, and internal
 * links and #fragments that resolve. Pages are discovered by walking dist/,
 * so new pages are covered without being listed here.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from './helpers/deployment.ts';
import { BASE, distPages, fileForPath, readPage, refreshTarget, SITE_ORIGIN, walk } from './helpers/distPages.ts';

const pages = distPages();
const html = new Map(pages.map((p) => [p.url, readPage(p)]));
const $of = (url: string) => load(html.get(url)!);

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Checkboxes sharing a name are a valid group that submits every checked
    // value (the search filters); the rule's default only lets radios share.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
    // A search-snippet length heuristic, not validity or accessibility: a claim
    // page's title is the full question being checked (WCAG 2.4.2 asks for a
    // descriptive title), and shortening it would misstate the claim. Base.astro
    // still drops the site-name suffix when that would pass 70 characters.
    'long-title': 'off',
  },
});

describe('html-validate (html-validate:recommended)', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s has no errors', async (_url, page) => {
    const report = await validator.validateString(html.get(page.url)!, page.rel);
    const errors = report.results
      .flatMap((r) => r.messages)
      .filter((m) => m.severity === 2)
      .map((m) => `${page.rel}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}${m.selector ? `  (${m.selector})` : ''}`);
    expect(errors).toEqual([]);
  });
});

describe('page metadata', () => {
  it.each(pages.map((p) => [p.url, p] as const))('%s has a title, meta description, canonical URL and <html lang>', (url, page) => {
    const $ = $of(url);
    const problems: string[] = [];
    const titles = $('head > title');
    if (titles.length !== 1) problems.push(`expected one <title> in <head>, found ${titles.length}`);
    else if (!titles.text().trim()) problems.push('<title> is empty');
    const descriptions = $('head > meta[name="description"]');
    if (descriptions.length !== 1) problems.push(`expected one meta description, found ${descriptions.length}`);
    else if (!descriptions.attr('content')?.trim()) problems.push('meta description is empty');
    const canonicals = $('head > link[rel="canonical"]');
    if (canonicals.length !== 1) problems.push(`expected one canonical link, found ${canonicals.length}`);
    else {
      const href = canonicals.attr('href') ?? '';
      if (!/^https?:\/\//.test(href)) problems.push(`canonical URL "${href}" is not absolute`);
      else {
        // A page is its own canonical; a redirect page points at where it redirects.
        const expected = SITE_ORIGIN + (page.redirectTo ?? url);
        if (href !== expected) problems.push(`canonical URL "${href}" is not ${expected}`);
      }
    }
    const lang = $('html').attr('lang');
    if (!lang) problems.push('<html> has no lang');
    else if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) problems.push(`<html lang="${lang}"> is not a language tag`);
    expect(problems).toEqual([]);
  });

  it.each(pages.map((p) => [p.url] as const))('%s: every JSON-LD block parses', (url) => {
    const $ = $of(url);
    const problems: string[] = [];
    $('script[type="application/ld+json"]').each((i, el) => {
      const text = $(el).text();
      try {
        const data = JSON.parse(text) as unknown;
        const roots = Array.isArray(data) ? data : [data];
        for (const root of roots) {
          if (typeof root !== 'object' || root === null) problems.push(`block ${i + 1}: not an object`);
          else if (!('@context' in root)) problems.push(`block ${i + 1}: no @context`);
        }
      } catch (error) {
        problems.push(`block ${i + 1}: ${(error as Error).message}: ${text.slice(0, 120)}`);
      }
    });
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Internal links and fragments

/** Every id in an HTML or SVG file in dist/, read once. */
const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const $ = load(readFileSync(file, 'utf8'), { xml: extname(file) === '.svg' });
    ids = new Set($('[id]').map((_, el) => $(el).attr('id')!).get());
    idCache.set(file, ids);
  }
  return ids;
}

/** The URLs a page refers to, with where each was found (for the failure message). */
function referencesIn($: CheerioAPI): { ref: string; where: string }[] {
  const refs: { ref: string; where: string }[] = [];
  const label = (el: Parameters<CheerioAPI>[0]) => {
    const node = $(el);
    const tag = node.prop('tagName')?.toLowerCase() ?? '?';
    const id = node.attr('id');
    const text = node.text().trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${tag}${id ? `#${id}` : ''}>${text ? ` "${text}"` : ''}`;
  };
  for (const attr of ['href', 'src', 'poster', 'xlink:href']) {
    $(`[${attr.replace(':', '\\:')}]`).each((_, el) => {
      refs.push({ ref: $(el).attr(attr)!, where: `${attr} of ${label(el)}` });
    });
  }
  $('form[action]').each((_, el) => {
    refs.push({ ref: $(el).attr('action')!, where: `action of ${label(el)}` });
  });
  $('object[data]').each((_, el) => {
    refs.push({ ref: $(el).attr('data')!, where: `data of ${label(el)}` });
  });
  $('[srcset]').each((_, el) => {
    for (const candidate of $(el).attr('srcset')!.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push({ ref: url, where: `srcset of ${label(el)}` });
    }
  });
  // Absolute URLs on this site in meta tags (og:image, og:url, …).
  $('meta[content]').each((_, el) => {
    const content = $(el).attr('content')!;
    if (content.startsWith(`${SITE_ORIGIN}/`)) refs.push({ ref: content, where: `content of <meta ${$(el).attr('property') ?? $(el).attr('name') ?? ''}>` });
  });
  const refresh = refreshTarget($.html());
  if (refresh) refs.push({ ref: refresh, where: 'url of <meta http-equiv="refresh">' });
  $('style').each((_, el) => {
    for (const url of cssUrls($(el).text())) refs.push({ ref: url, where: 'url() in <style>' });
  });
  return refs;
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
}

/**
 * Why an internal reference is broken, or undefined when it resolves (or is
 * not internal: another host, mailto:, data:, …). `from` is the URL path of
 * the page or file containing it.
 */
function brokenReason(ref: string, from: string): string | undefined {
  const trimmed = ref.trim();
  if (trimmed === '') return 'empty URL';
  if (/^(mailto|tel|data|blob):/i.test(trimmed)) return undefined;
  if (/^javascript:/i.test(trimmed)) return 'javascript: URL';
  let url: URL;
  try {
    url = new URL(trimmed, SITE_ORIGIN + from);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== SITE_ORIGIN) return undefined; // another site: not ours to resolve offline
  if (!url.pathname.startsWith(BASE)) return `path ${url.pathname} is outside the base path ${BASE}`;
  const file = fileForPath(url.pathname);
  if (!file) {
    const hint = !url.pathname.endsWith('/') && fileForPath(`${url.pathname}/`) ? ' (add the trailing slash)' : '';
    return `no file in dist/ for ${url.pathname}${hint}`;
  }
  // A text fragment (#p9:~:text=…) resolves through the element part before ':~:'.
  const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0]!;
  if (fragment === '' || !/\.(html|svg)$/.test(file)) return undefined;
  if (!idsIn(file).has(fragment) && fragment !== 'top') return `no element with id="${fragment}" on ${url.pathname}`;
  return undefined;
}

describe('internal links and fragments', () => {
  it.each(pages.map((p) => [p.url] as const))('%s: every internal href/src and #fragment resolves', (url) => {
    const broken = referencesIn($of(url)).flatMap(({ ref, where }) => {
      const reason = brokenReason(ref, url);
      return reason ? [`${where} → "${ref}": ${reason}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('every url() in the built CSS resolves', () => {
    const broken = walk(DIST)
      .filter((rel) => rel.endsWith('.css'))
      .flatMap((rel) => {
        const from = BASE + rel;
        const css = readFileSync(`${DIST}/${rel}`, 'utf8');
        return cssUrls(css).flatMap((ref) => {
          const reason = brokenReason(ref, from);
          return reason ? [`${rel}: url(${ref}): ${reason}`] : [];
        });
      });
    expect(broken).toEqual([]);
  });
});
