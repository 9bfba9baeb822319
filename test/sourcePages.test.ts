import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../src/lib/check/sources.ts';
import { DIST, ROOT } from './helpers/deployment.ts';

const { sources } = loadSources(ROOT);
const page = (path: string) => load(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const fact = ($: ReturnType<typeof load>, term: string) =>
  $(`dl.facts dt`).filter((_, el) => $(el).text() === term).next('dd').text();

describe('built source pages', () => {
  it.each([...sources.values()].map((s) => [s.data.slug, s] as const))('%s has one id="pN" per paragraph, in order', (slug, source) => {
    const $ = page(`sources/${slug}`);
    const ids = $('[id^="p"]').map((_, el) => $(el).attr('id')).get().filter((id) => /^p\d+$/.test(id));
    expect(ids).toEqual(source.paragraphs.map((p) => `p${p.n}`));
    expect($(`#p${source.paragraphs.length} p`).text()).toBe(source.paragraphs.at(-1)!.text);
    expect($(`#p1 a.pnum`).attr('href')).toBe('#p1');
    const original = $(`a[href="${source.data.url}"]`);
    if (source.data.url) expect(original.attr('rel')).toContain('noopener');
    expect($('main').text()).toContain(`Archived copy of ${source.data.url ?? 'a text with no web address'}, archived`);
  });

  it('says "Not stated" for unknown facts', () => {
    expect(fact(page('sources/cgtn-smuggling-briefing'), 'Published')).toMatch(/^Not stated/);
    expect(fact(page('sources/hksar-2017-12-07'), 'Author')).toMatch(/^Not stated/);
    expect(fact(page('sources/hkfp-2017-12-07'), 'Headline')).toMatch(/^Not stated/);
    expect(fact(page('sources/hkfp-2017-12-07'), 'Author')).toMatch(/^Catherine Lai/);
  });

  it('says "Not stated" once, even when the basis says it too', () => {
    const published = fact(page('sources/cgtn-smuggling-briefing'), 'Published');
    expect(sources.get('cgtn-smuggling-briefing')!.data.basis.published).toMatch(/^Not stated/);
    expect(published).toContain(sources.get('cgtn-smuggling-briefing')!.data.basis.published);
    expect(published.match(/Not stated/g)).toHaveLength(1);
    expect(fact(page('sources/ecns-2024-08-20'), 'Author').match(/Not stated/g)).toHaveLength(1);
  });

  it('marks the 2024 NIA text as being about a different period, in the words of its scope', () => {
    const scope = sources.get('ecns-2024-08-20')!.data.scope;
    if (scope.operation) throw new Error('ecns-2024-08-20 should not be about the operation');
    expect(page('sources/ecns-2024-08-20')('.notice.scope strong').text()).toBe(scope.heading);
    expect(page('sources')('main').text()).toContain(scope.heading);
    expect(page('sources/hksar-2017-12-07')('.notice.scope')).toHaveLength(0);
  });

  it('lists all five sources on the index', () => {
    const $ = page('sources');
    for (const slug of sources.keys()) expect($(`main a[href="/sources/${slug}/"]`)).toHaveLength(1);
  });
});
