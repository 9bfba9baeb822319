/**
 * content/site.yaml (issue 14): the check refuses a malformed file with its
 * line; the issue forms have the fields the report links fill in; and what
 * nobody configured never appears in the built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/index.ts';
import { SITE_FILE } from '../src/lib/check/site.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { errorReportUrl, ISSUE_FORMS, suggestClaimUrl } from '../src/lib/claims/reportLinks.ts';
import { SITE } from '../src/lib/content/site.ts';
import { DIST, ROOT } from './helpers/deployment.ts';
import { distPages, readPage } from './helpers/distPages.ts';
import { tempProjectPerTest } from './helpers/tempProject.ts';

const freshProject = tempProjectPerTest();

function problemsWith(change: (text: string) => string): string[] {
  const project = freshProject();
  project.edit(SITE_FILE, change);
  return project.problems();
}

describe('the check on content/site.yaml', () => {
  it('passes on the project\'s file, where nobody has configured a publisher, contact or repository', () => {
    expect(checkContent(ROOT).problems.map(formatProblem)).toEqual([]);
    expect([SITE.publisher, SITE.contact, SITE.repository]).toEqual([null, null, null]);
  });

  it.each([
    ['a repository that is not a GitHub repository URL', (t: string) => t.replace('repository: null', 'repository: github.com/owner'), /^content\/site\.yaml:16:13 {2}Field "repository": /],
    ['a repository URL with a trailing path', (t: string) => t.replace('repository: null', 'repository: https://github.com/owner/name/issues'), /^content\/site\.yaml:16:13 {2}Field "repository": write the repository as https:\/\/github\.com\/<owner>\/<name>/],
    ['a malformed contact address', (t: string) => t.replace('contact: null', 'contact: write to us'), /^content\/site\.yaml:13:10 {2}Field "contact": /],
    ['a licence URL that is not a URL', (t: string) => t.replace('url: https://creativecommons.org/licenses/by/4.0/', 'url: CC BY'), /^content\/site\.yaml:20:8 {2}Field "licence\.url": /],
    ['an unknown field', (t: string) => t.replace('contact: null', 'contact: null\nemail: x@example.org'), /^content\/site\.yaml:14:1 {2}Unknown field email\. {2}Hint: Remove or rename "email"/],
    ['a missing name', (t: string) => t.replace('name: NECII Fact Check\n', ''), /^content\/site\.yaml:\d+:\d+ {2}Missing required field "name"/],
    ['a YAML syntax error', (t: string) => t.replace('publisher: null', 'publisher: [unclosed'), /^content\/site\.yaml:\d+:\d+ {2}YAML syntax error/],
  ])('refuses %s, with its line and a hint', (_, change, expected) => {
    const problems = problemsWith(change);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p).toMatch(expected);
      expect(p).toContain('Hint: ');
    }
  });

  it('refuses a missing file', () => {
    const project = freshProject();
    project.remove(SITE_FILE);
    expect(project.problems()).toEqual([expect.stringMatching(/^content\/site\.yaml:1:1 {2}The site configuration is missing\./)]);
  });
});

describe('report links and issue forms', () => {
  const form = (template: string) => parse(readFileSync(join(ROOT, '.github', 'ISSUE_TEMPLATE', template), 'utf8')) as { name: string; body: { type: string; id?: string }[] };

  it('fill in fields that the issue forms have', () => {
    for (const { template, pageField } of Object.values(ISSUE_FORMS)) {
      const f = form(template);
      expect(f.name).toBeTruthy();
      expect(f.body.map((b) => b.id)).toContain(pageField);
    }
  });

  it('open the error form with the page\'s title and address', () => {
    const url = new URL(errorReportUrl('https://github.com/o/r', { title: 'Was it 837?', url: 'https://x.org/claims/a/' }));
    expect(url.pathname).toBe('/o/r/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({ template: 'report-error.yml', title: 'Error: Was it 837?', page: 'https://x.org/claims/a/' });
    expect(suggestClaimUrl('https://github.com/o/r')).toBe('https://github.com/o/r/issues/new?template=suggest-claim.yml');
  });
});

describe('the built site, unconfigured', () => {
  it('shows no contact, repository, publisher or report link, and no placeholder, on any page', () => {
    for (const page of distPages()) {
      const $ = load(readPage(page));
      const text = $('body').text();
      expect(text, page.url).not.toMatch(/Report an error|\bTODO\b|\bundefined\b|example\.(org|com)|published by/);
      // /data/ documents JSON values, null among them; no other page prints the word.
      if (!page.url.endsWith('/data/')) expect(text, page.url).not.toMatch(/\bnull\b/);
      expect($('a[href^="mailto:"], a[href*="github.com"], a[href*="issues/new"]').length, page.url).toBe(0);
    }
  });

  it('has an /about/ page that names the site, its licence and where to read how it checks', () => {
    const $ = load(readFileSync(join(DIST, 'about', 'index.html'), 'utf8'));
    expect($('h1').text()).toBe(`About ${SITE.name}`);
    expect($('a[rel~="license"]').attr('href')).toBe(SITE.licence.url);
    expect($('#contact').length).toBe(0);
    for (const path of ['/methodology/', '/corrections/', '/data/']) expect($(`main a[href="${path}"]`).length, path).toBeGreaterThan(0);
  });
});
