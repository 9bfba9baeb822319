/**
 * The open-data files (issue 14): each validates against its JSON Schema
 * (with ajv), and each agrees with the built pages and the archive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { load } from 'cheerio';
import { csvParse } from 'd3';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readSeedParagraphs } from '../src/lib/sources/archive.ts';
import { loadClaims } from '../src/lib/check/claims.ts';
import { loadSources } from '../src/lib/check/sources.ts';
import { newestContentDate } from '../src/lib/publishing/contentDate.ts';
import { CSV_COLUMNS, type ClaimRecord } from '../src/lib/data/claims.ts';
import { DATA_FILES } from '../src/lib/data/files.ts';
import { claimRecordSchema } from '../src/lib/data/schemas.ts';
import { formatFigure } from '../src/lib/claims/figures.ts';
import { normalizeForMatch } from '../src/lib/sources/normalize.ts';
import { readSeedManifest } from '../src/lib/sources/seedManifest.ts';
import { SITE } from '../src/lib/content/site.ts';
import { DIST, ROOT } from './helpers/deployment.ts';
import { BASE, distPages, readPage, SITE_ORIGIN } from './helpers/distPages.ts';

// ajv-formats is CommonJS: its default export arrives wrapped.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path));
const page = (path: string) => load(read(join(path, 'index.html')));
const { sources } = loadSources(ROOT);
const { claims } = loadClaims(ROOT, sources);
const siteUrl = `${SITE_ORIGIN}${BASE}`;
/** The site path of an absolute URL on this site, as the pages write their links. */
const sitePath = (url: string) => url.slice(SITE_ORIGIN.length);

const claimsJson = readJson('data/claims.json') as { date: string; claims: ClaimRecord[] };
const records = new Map(claimsJson.claims.map((r) => [r.slug, r]));

describe('every data file', () => {
  it.each(DATA_FILES.filter((f) => f.schema).map((f) => [f.path, f] as const))('%s validates against its JSON Schema, which is published beside it', (path, file) => {
    const validate = ajv.compile(file.schema!);
    const data = readJson(path);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(readJson(file.schemaPath!)).toEqual(file.schema);
  });

  it('a schema can fail: a claim without its verdict, or with an unknown correction kind, is refused', () => {
    const validate = ajv.compile(claimRecordSchema);
    const record = structuredClone(claimsJson.claims[0]!) as Record<string, unknown>;
    delete record.verdict;
    expect(validate(record)).toBe(false);
    const unknownKind = { ...claimsJson.claims[0]!, corrections: [{ date: '2026-12-01', kind: 'erratum', note: 'x', previous_verdict: null }] };
    expect(validate(unknownKind)).toBe(false);
  });

  it.each(DATA_FILES.map((f) => [f.path] as const))('%s carries the format version, the site, the newest content date and the licence', (path) => {
    const text = read(path);
    const expected = { version: '1.1.0', site: siteUrl, date: newestContentDate([...claims.values()].map((c) => ({ id: c.slug, data: c.data })), [...sources.values()].map((s) => s.data)), license: { name: SITE.licence.name, url: SITE.licence.url } };
    if (path.endsWith('.csv')) {
      // A CSV has no place for them: its CSV on the Web metadata, found by name beside it, carries them.
      const meta = readJson(`${path}-metadata.json`);
      expect(meta).toMatchObject({ url: `${siteUrl}${path}`, 'schema:version': expected.version, 'dc:publisher': { '@id': expected.site }, 'dc:modified': { '@value': expected.date }, 'dc:license': { '@id': expected.license.url } });
      expect(meta.tableSchema.columns.map((c: { name: string }) => c.name)).toEqual(csvParse(text).columns);
      return;
    }
    if (path.endsWith('-metadata.json')) return; // CSV on the Web terms, checked with the CSV above
    const data = JSON.parse(text);
    expect(data._factcheck ?? data).toMatchObject(expected);
    expect((data._factcheck ?? data).license.note).toMatch(/remain their publishers/);
  });

  it('are documented on /data/ with their address, size, schema and fields', () => {
    const $ = page('data');
    for (const f of DATA_FILES) {
      const link = $(`main a[href="${BASE}${f.path}"]`);
      expect(link.length, f.path).toBe(1);
      const section = link.closest('section');
      const kb = (Buffer.byteLength(read(f.path)) / 1024).toFixed(1);
      expect(section.text(), f.path).toContain(`${kb} KB`);
      if (f.schemaPath) expect(section.find(`a[href="${BASE}${f.schemaPath}"]`).length, f.path).toBe(1);
    }
    expect($('main a[rel~="license"]').attr('href')).toBe(SITE.licence.url);
    expect($('main').text()).toMatch(/archived source texts, and the quotations from them, remain their publishers/);
  });
});

describe('claims.json and claims.csv agree with the built pages', () => {
  it('has every claim', () => {
    expect([...records.keys()].sort()).toEqual([...claims.keys()].sort());
  });

  it.each([...claims.keys()].map((slug) => [slug] as const))('%s: verdict, quotes and figures as on its page', (slug) => {
    const record = records.get(slug)!;
    const $ = page(`claims/${slug}`);
    expect(sitePath(record.url)).toBe(`${BASE}claims/${slug}/`);
    expect($('article').attr('data-verdict')).toBe(record.verdict.key);
    expect($('.claim-verdict .verdict-label').first().text()).toBe(record.verdict.label);
    expect($('.claim-verdict .summary').text()).toBe(record.summary);
    // Every citation, in reading order: the page's quotation and link.
    const cited = $('.prose a.cite-ref').map((_, a) => $(a).attr('href')).get();
    const quoted = $('.prose q.quote').map((_, q) => normalizeForMatch($(q).text())).get();
    expect(record.citations.map((c) => sitePath(c.url))).toEqual(cited);
    expect(record.citations.map((c) => normalizeForMatch(c.quote))).toEqual(quoted);
    // Every figure: the value the figures table shows, and its working.
    const rows = $('#figures-caption').closest('table').find('tbody tr').map((_, tr) => ({ value: $(tr).find('td.num').text(), from: $(tr).find('td').last().text() })).get();
    const unit = { percent: '%', months: ' months' } as const;
    expect(record.figures.map((f) => ({ value: formatFigure({ value: f.value, decimals: f.decimals, unit: f.unit ? unit[f.unit as keyof typeof unit] : '' }), from: f.working ?? expect.any(String) }))).toEqual(rows);
  });

  it('claims.csv has one row per claim with the same values', () => {
    const rows = csvParse(read('data/claims.csv'));
    expect(rows.columns).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.slug)).toEqual(claimsJson.claims.map((c) => c.slug));
    for (const row of rows) {
      const r = records.get(row.slug!)!;
      expect(row).toMatchObject({ url: r.url, title: r.title, claim: r.claim, verdict: r.verdict.key, verdict_label: r.verdict.label, rating: String(r.verdict.rating), published: r.published, updated: r.updated ?? '', tags: r.tags.join('; '), appearance_paragraph: String(r.appearance.paragraph) });
      expect(JSON.parse(row.citations!)).toEqual(r.citations);
      expect(JSON.parse(row.figures!)).toEqual(r.figures);
      expect(JSON.parse(row.corrections!)).toEqual(r.corrections);
    }
  });
});

describe('claimreview.json', () => {
  it('holds each claim page\'s ClaimReview exactly as the page embeds it', () => {
    const { claimReviews } = readJson('data/claimreview.json') as { claimReviews: { url: string }[] };
    expect(claimReviews).toHaveLength(claims.size);
    for (const review of claimReviews) {
      const embedded = JSON.parse(page(sitePath(review.url).slice(BASE.length))('script[type="application/ld+json"]').text());
      expect(review).toEqual(embedded);
    }
  });
});

describe('annotations.jsonld', () => {
  const collection = readJson('data/annotations.jsonld');
  const items = collection.first.items as { body: { id: string }; target: { source: string; selector: { exact: string; prefix: string; suffix: string } }[] }[];

  it('has one annotation per citation, the claim page as body', () => {
    expect(collection.total).toBe(items.length);
    expect(items.length).toBe(claimsJson.claims.reduce((n, c) => n + c.citations.length, 0));
    const bodies = new Set(items.map((a) => a.body.id));
    expect(bodies).toEqual(new Set(claimsJson.claims.filter((c) => c.citations.length).map((c) => c.url)));
  });

  it('targets the archived paragraph and the original, with exact, prefix and suffix from the archived text', () => {
    for (const a of items) {
      const [archived, original] = a.target;
      const match = /\/sources\/([^/]+)\/#p(\d+)$/.exec(archived!.source)!;
      const source = sources.get(match[1]!)!;
      expect(original!.source).toBe(source.data.url);
      expect(original!.selector).toEqual(archived!.selector);
      const { exact, prefix, suffix } = archived!.selector;
      const paragraphs = readSeedParagraphs(ROOT, source.data.seed);
      expect(paragraphs[Number(match[2]) - 1]!.text).toContain(exact);
      expect(paragraphs.map((p) => p.text).join('\n')).toContain(`${prefix}${exact}${suffix}`);
      expect([...prefix].length).toBeLessThanOrEqual(32);
      expect([...suffix].length).toBeLessThanOrEqual(32);
    }
  });
});

describe('sources.json', () => {
  it('gives every source with its archive date, paragraph count and the SHA-256 the manifest records', () => {
    const data = readJson('data/sources.json') as { sources: { slug: string; sha256: string; paragraphs: number; archived: string; archived_url: string; basis: Record<string, string> }[] };
    const manifest = readSeedManifest(ROOT);
    expect(data.sources.map((s) => s.slug)).toEqual([...sources.keys()].sort());
    for (const s of data.sources) {
      const source = sources.get(s.slug)!;
      expect(s.sha256).toBe(manifest[source.data.seed]);
      expect(s.paragraphs).toBe(source.paragraphs.length);
      expect(s.archived).toBe(source.data.archived);
      expect(s.basis.archived).toBe(source.data.basis.archived);
      expect(sitePath(s.archived_url)).toBe(`${BASE}sources/${s.slug}/`);
    }
  });
});

describe('feed.json', () => {
  it('lists the checks in the Atom feed\'s order, and every page links both feeds', () => {
    const feed = readJson('feed.json') as { feed_url: string; items: { id: string }[] };
    const atom = new XMLParser({ isArray: (n) => n === 'entry' }).parse(read('feed.xml')).feed;
    expect(feed.items.map((i) => i.id)).toEqual(atom.entry.map((e: { id: string }) => e.id));
    expect(feed.feed_url).toBe(`${siteUrl}feed.json`);
    const $ = page('');
    expect($('link[rel="alternate"][type="application/feed+json"]').attr('href')).toBe(`${siteUrl}feed.json`);
  });
});

describe('Robust Links', () => {
  const originals = new Map([...sources.values()].map((s) => [s.data.url, s.data]));

  it('every link to a source\'s original carries data-originalurl, data-versionurl (the archived copy) and data-versiondate', () => {
    let count = 0;
    for (const p of distPages()) {
      const $ = load(readPage(p));
      $('a[href]').each((_, a) => {
        const source = originals.get($(a).attr('href')!);
        if (!source) return;
        count++;
        expect({ page: p.url, original: $(a).attr('data-originalurl'), version: $(a).attr('data-versionurl'), date: $(a).attr('data-versiondate') }).toEqual({
          page: p.url, original: source.url, version: `${siteUrl}sources/${source.slug}/`, date: source.archived,
        });
      });
      // No link names an archive other than this site's own copy.
      $('a[data-versionurl]').each((_, a) => expect($(a).attr('data-versionurl')!.startsWith(siteUrl), p.url).toBe(true));
    }
    expect(count).toBeGreaterThanOrEqual(sources.size * 2);
  });

  it('each source page says whose archived copy it is, and when it was archived', () => {
    for (const source of sources.values()) {
      const $ = page(`sources/${source.data.slug}`);
      const line = $('.archived-copy');
      const original = source.data.url === null ? 'a text with no web address' : source.data.url.replace(/[.?*+()]/g, '\\$&');
      expect(line.text().replace(/\s+/g, ' ')).toMatch(new RegExp(`^Archived copy of ${original}, archived \\d{1,2} \\w+ \\d{4}\\.$`));
      expect(line.find('time').attr('datetime')).toBe(source.data.archived);
    }
  });
});
