/**
 * Built charts (issue 4): the pages exist, every drawing is an image with a
 * title and a description, every mark links to a paragraph that exists on
 * a built source page, and the downloads hold the values the chart shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { formatEventDate } from '../src/lib/charts/eventDates.ts';
import { formatCount } from '../src/lib/charts/formatValues.ts';
import { loadData } from '../src/lib/check/data.ts';
import { loadSources } from '../src/lib/check/sources.ts';
import { DIST, ROOT } from './helpers/deployment.ts';

const { sources } = loadSources(ROOT);
const { data } = loadData(ROOT, sources);
const ids = [...data.keys()];
const ORIGIN = 'http://localhost:4321';

const html = (path: string) => load(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const file = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** Does dist/ serve a page at `/sources/<slug>/` with an element id="pN"? */
function paragraphExists(href: string): boolean {
  const m = /^\/sources\/([a-z0-9-]+)\/#(p\d+)$/.exec(href);
  if (!m || !existsSync(join(DIST, 'sources', m[1]!, 'index.html'))) return false;
  return html(`sources/${m[1]}`)(`[id="${m[2]}"]`).length === 1;
}

function marksOf($: CheerioAPI, layout: string) {
  return $(`.chart-layout.${layout} .chart-marks a`).map((_, a) => ({ href: $(a).attr('href')!, label: $(a).attr('aria-label')!, value: $(a).attr('data-value')! })).get();
}

describe('chart pages', () => {
  it('lists every chart on /charts/', () => {
    const $ = html('charts');
    expect(ids).toHaveLength(3);
    for (const id of ids) expect($(`main a[href="/charts/${id}/"]`), id).toHaveLength(1);
  });

  it('shows the monthly-decline chart on the home page', () => {
    const $ = html('');
    expect($('figure.chart[data-chart="monthly-decline"]')).toHaveLength(1);
    expect(marksOf($, 'compact').map((m) => m.value)).toEqual(['318', '185', '76']);
  });

  describe.each(ids)('/charts/%s/', (id) => {
    const $ = html(`charts/${id}`);

    it('has a drawing per layout with role="img", a title and a description that states the finding', () => {
      const drawings = $('svg.chart-drawing');
      expect(drawings).toHaveLength(2);
      drawings.each((_, svg) => {
        const s = $(svg);
        expect(s.attr('role')).toBe('img');
        expect(s.attr('viewBox')).toMatch(/^0 0 \d+ \d+$/);
        const title = s.children('title');
        const desc = s.children('desc');
        expect(title.text().trim()).toBe(data.get(id)!.data.title);
        expect(s.attr('aria-labelledby')).toBe(title.attr('id'));
        expect(s.attr('aria-describedby')).toBe(desc.attr('id'));
        expect(desc.text().length).toBeGreaterThan(80);
        // No links inside the image: assistive technology ignores an image's children.
        expect(s.find('a')).toHaveLength(0);
      });
    });

    it('links every mark to a paragraph anchor of a built source page, naming value and source', () => {
      for (const layout of ['compact', 'wide']) {
        const marks = marksOf($, layout);
        expect(marks.length).toBeGreaterThan(2);
        for (const m of marks) {
          expect(paragraphExists(m.href), `${layout}: ${m.href}`).toBe(true);
          const slug = m.href.split('/')[2]!;
          expect(m.label).toContain(sources.get(slug)!.data.label);
          const shown = /^\d{4}-\d{2}/.test(m.value) ? formatEventDate(m.value) : formatCount(Number(m.value));
          expect(m.label, m.label).toContain(shown);
        }
      }
    });

    it('has the data as a table with citation links, and download links', () => {
      const tables = $('details.chart-data table');
      expect(tables.length).toBeGreaterThan(0);
      const cited = $('details.chart-data table a[href^="/sources/"]');
      expect(cited.length).toBeGreaterThan(2);
      cited.each((_, a) => expect(paragraphExists($(a).attr('href')!)).toBe(true));
      expect($(`a[href="/charts/${id}/data.csv"]`)).toHaveLength(1);
      expect($(`a[href="/charts/${id}/data.json"]`)).toHaveLength(1);
    });

    it('offers a CSV that parses and matches the chart, row for mark', () => {
      const rows = csvParse(file(`charts/${id}/data.csv`));
      for (const column of ['source', 'paragraph', 'quote', 'url']) expect(rows.columns).toContain(column);
      const cited = rows.filter((r) => r.source);
      const marks = marksOf($, 'compact');
      expect(cited).toHaveLength(marks.length);
      cited.forEach((row, i) => {
        const mark = marks[i]!;
        expect(row.value ?? row.date).toBe(mark.value);
        expect(row.url).toBe(ORIGIN + mark.href);
        expect(mark.href).toBe(`/sources/${row.source}/#p${row.paragraph}`);
        // The quote stands in the cited paragraph of the built source page.
        const paragraph = html(`sources/${row.source}`)(`#p${row.paragraph} p`).text().replace(/\s+/g, ' ');
        expect(paragraph).toContain(row.quote!.replace(/\s+/g, ' '));
      });
    });

    it('offers JSON with the same rows and the computed values', () => {
      const json = JSON.parse(file(`charts/${id}/data.json`));
      const csv = csvParse(file(`charts/${id}/data.csv`));
      expect(json.id).toBe(id);
      expect(json.page).toBe(`${ORIGIN}/charts/${id}/`);
      expect(json.columns).toEqual(csv.columns);
      expect(json.rows.map((r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])))).toEqual(csv.map((r) => ({ ...r })));
    });
  });

  it('shows the computed drops and marks 2017 as January–November only', () => {
    const $ = html('charts/monthly-decline');
    const drawing = $('.chart-layout.wide svg.chart-drawing');
    const text = drawing.find('text').map((_, t) => $(t).text()).get().join(' ');
    for (const drop of ['−41.8%', '−58.9%', '−76.1%']) expect(text).toContain(drop);
    expect(text).toContain('January–November only');
    expect(drawing.find('rect.bar.partial')).toHaveLength(1);
    expect(drawing.children('desc').text()).toContain('76 in 2017 (January–November only)');
  });
});
