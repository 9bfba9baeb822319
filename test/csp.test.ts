/** Unit tests for the CSP and host-header functions (src/lib/publishing/securityHeaders.ts). */
import { describe, expect, it } from 'vitest';
import {
  astroCspConfig,
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  CACHE_SHORT,
  conflictingHeaders,
  effectiveSources,
  formatHeadersFile,
  headerBlocksMeta,
  headerRules,
  headersForPath,
  parseCsp,
  parseHeadersFile,
  patternMatches,
  serializeCsp,
  unionCsp,
} from '../src/lib/publishing/securityHeaders.ts';
import { metaCspOf } from '../src/lib/publishing/pageFacts.ts';

const META_A = "default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-SA=';";
const META_B = "default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB='; style-src 'self' 'sha256-SB=';";

describe('the policy Astro is given', () => {
  it('is strict: no unsafe-inline or unsafe-eval, only what Pagefind needs', () => {
    const config = astroCspConfig();
    const all = [...config.directives, ...config.scriptDirective.resources, ...config.styleDirective.resources].join(' ');
    expect(all).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:|data:|blob:/);
    expect(config.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(config.directives).toEqual(expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "worker-src 'self'"]));
    // Browsers ignore frame-ancestors in a <meta> CSP (and warn): it belongs in the header only.
    expect(config.directives.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
  });
});

describe('parseCsp and serializeCsp', () => {
  it('reads directives and tokens, lower-cases names and keeps the first of a repeated directive', () => {
    const csp = parseCsp("Default-Src 'self';  script-src 'self' 'sha256-x=' ; script-src *;;");
    expect([...csp]).toEqual([['default-src', ["'self'"]], ['script-src', ["'self'", "'sha256-x='"]]]);
    expect(serializeCsp(csp)).toBe("default-src 'self'; script-src 'self' 'sha256-x='");
  });
});

describe('unionCsp', () => {
  it('allows what any page allows, keywords first and hashes sorted', () => {
    const union = unionCsp([parseCsp(META_B), parseCsp(META_A)]);
    expect(union.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-BBB='"]);
    expect(union.get('default-src')).toEqual(["'self'"]);
  });
});

describe('effectiveSources', () => {
  it('follows the CSP Level 3 fallbacks', () => {
    const csp = parseCsp("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    expect(effectiveSources(csp, 'worker-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(effectiveSources(csp, 'img-src')).toEqual(["'self'"]);
    expect(effectiveSources(csp, 'base-uri')).toBeUndefined();
  });
});

describe('headerBlocksMeta', () => {
  const union = unionCsp([parseCsp(META_A), parseCsp(META_B)]);
  it('accepts a header that allows all each page allows, plus frame-ancestors', () => {
    const header = parseCsp(`${serializeCsp(union)}; frame-ancestors 'none'`);
    expect(headerBlocksMeta(parseCsp(META_A), header)).toEqual([]);
    expect(headerBlocksMeta(parseCsp(META_B), header)).toEqual([]);
  });
  it('reports a hash or a keyword the header lacks, and a restriction the page does not have', () => {
    expect(headerBlocksMeta(parseCsp(META_B), parseCsp(META_A))).toEqual([
      "script-src-elem: the header lacks 'sha256-BBB='",
      "script-src-attr: the header lacks 'sha256-BBB='",
      "style-src-elem: the header lacks 'sha256-SB='",
      "style-src-attr: the header lacks 'sha256-SB='",
      "worker-src: the header lacks 'sha256-BBB='",
    ]);
    expect(headerBlocksMeta(parseCsp(META_A), parseCsp(`${META_A}; base-uri 'none'`))).toEqual([
      "base-uri: the header restricts it to 'none' but the page does not",
    ]);
  });
});

describe('metaCspOf', () => {
  it('finds the meta tag Astro writes, with entities decoded', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src 'self'"></head>`;
    expect(metaCspOf(html)).toBe("default-src 'self'; script-src 'self'");
    expect(metaCspOf('<meta http-equiv="refresh" content="0; url=/">')).toBeUndefined();
  });
});

describe('_headers rules', () => {
  it('matches exact paths and trailing splats (which match an empty rest)', () => {
    expect(patternMatches('/claims/*', '/claims/')).toBe(true);
    expect(patternMatches('/claims/*', '/claims/x/')).toBe(true);
    expect(patternMatches('/claims/*', '/claimsx')).toBe(false);
    expect(patternMatches('/', '/')).toBe(true);
    expect(patternMatches('/', '/x')).toBe(false);
    expect(patternMatches('/*', '/')).toBe(true);
  });

  it('formats and parses back the same rules', () => {
    const rules = [
      { path: '/*', headers: [['A', '1'], ['B', 'x: y']] as Array<[string, string]>, comment: 'all' },
      { path: '/a/', headers: [['C', '2']] as Array<[string, string]> },
    ];
    const text = formatHeadersFile(rules, ['generated']);
    expect(text).toBe('# generated\n\n# all\n/*\n  A: 1\n  B: x: y\n\n/a/\n  C: 2\n');
    expect(parseHeadersFile(text)).toEqual(rules.map(({ path, headers }) => ({ path, headers })));
    expect(() => parseHeadersFile('  X: 1\n')).toThrow(/outside a rule/);
  });

  const files = [
    '404.html', 'index.html', 'feed.xml', '_redirects', '.gitkeep',
    '_astro/app.1234.js', 'pagefind/pagefind.js', 'pagefind/index/en_1.pf_index',
    'claims/index.html', 'claims/a/index.html', 'cards/site.png',
    'charts/index.html', 'charts/one/index.html', 'charts/one/data.csv', 'charts/two/index.html',
  ];
  const embeddable = (rel: string) => /^charts\/[^/]+\//.test(rel);
  for (const base of ['/', '/factcheck/']) {
    const rules = headerRules({ base, files, csp: "default-src 'self'", embeddable });
    const at = (rel: string) => `${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
    const get = (rel: string, name: string) => headersForPath(rules, at(rel)).find((h) => h.name === name)?.value;

    it(`never sets one header from two rules on any path (base ${base})`, () => {
      for (const f of files) expect(conflictingHeaders(rules, at(f)), f).toEqual([]);
      expect(rules.every((r) => r.path.startsWith(base))).toBe(true);
      expect(rules.map((r) => r.path)).not.toContain(`${base}_redirects`);
      expect(rules.map((r) => r.path)).not.toContain(`${base}.gitkeep`);
    });

    it(`denies framing everywhere but chart permalinks (base ${base})`, () => {
      for (const rel of ['index.html', '404.html', 'claims/a/index.html', 'charts/index.html', 'feed.xml']) {
        expect(get(rel, 'Content-Security-Policy'), rel).toBe("default-src 'self'; frame-ancestors 'none'");
        expect(get(rel, 'X-Frame-Options'), rel).toBe('DENY');
      }
      for (const rel of ['charts/one/index.html', 'charts/one/data.csv', 'charts/two/index.html']) {
        expect(get(rel, 'Content-Security-Policy'), rel).toBe("default-src 'self'; frame-ancestors *");
        expect(get(rel, 'X-Frame-Options'), rel).toBeUndefined();
      }
    });

    it(`caches hashed assets for a year, Pagefind briefly, and revalidates the rest (base ${base})`, () => {
      expect(get('_astro/app.1234.js', 'Cache-Control')).toBe(CACHE_IMMUTABLE);
      expect(get('pagefind/pagefind.js', 'Cache-Control')).toBe(CACHE_SHORT);
      expect(get('pagefind/pagefind.js', 'Content-Security-Policy')).toMatch(/^default-src 'self'/);
      expect(get('_astro/app.1234.js', 'Content-Security-Policy')).toBeUndefined();
      for (const rel of ['index.html', 'claims/a/index.html', 'cards/site.png', 'charts/one/index.html']) expect(get(rel, 'Cache-Control'), rel).toBe(CACHE_REVALIDATE);
      for (const rel of files.filter((f) => !f.startsWith('_') && !f.startsWith('.'))) {
        expect(get(rel, 'X-Content-Type-Options'), rel).toBe('nosniff');
        expect(get(rel, 'Referrer-Policy'), rel).toBe('strict-origin-when-cross-origin');
        expect(get(rel, 'Permissions-Policy'), rel).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
        expect(get(rel, 'Strict-Transport-Security'), rel).toMatch(/^max-age=\d+/);
      }
    });
  }
});
