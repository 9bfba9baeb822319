/**
 * Content Security Policy and host headers (issue 8), as pure functions.
 * astro.config.mjs passes `astroCspConfig()` to Astro's `security.csp`, which
 * writes a <meta http-equiv="Content-Security-Policy"> into every page with
 * the hashes of the scripts and styles that page uses. The host-headers
 * integration (src/integrations/hostHeaders.ts) turns the built pages into a
 * `_headers` file (Netlify, Cloudflare Pages) with `headerRules()`.
 *
 * Why each directive is there:
 * - default-src 'self': everything not named below (fetches of the search
 *   index, fonts, images, manifests) comes from this site only.
 * - script-src 'self' + per-page hashes (Astro): the site's own bundles and
 *   the inline scripts Astro processed; no 'unsafe-inline', no 'unsafe-eval'.
 *   'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine
 *   (it allows WebAssembly only, not eval() of JavaScript). Pagefind runs it
 *   in a worker, whose policy is the _headers CSP of /pagefind/*, and falls
 *   back to the page itself when a worker cannot start; without the keyword
 *   search fails (test/csp.browser.test.ts).
 * - style-src 'self' + per-page hashes (Astro): the stylesheets and inline
 *   <style> blocks Astro emitted; no style="" attributes are allowed.
 * - worker-src 'self': Pagefind's worker, /pagefind/pagefind-worker.js (a
 *   same-origin URL, not a blob:).
 * - object-src 'none': no plugins.
 * - base-uri 'self': an injected <base> cannot redirect relative URLs.
 * - form-action 'self': the search forms submit only to this site.
 * - frame-ancestors (header only; browsers ignore it in <meta>): 'none' for
 *   every page except chart permalinks, which are meant to be embedded (*).
 * img-src is not needed: the site has no data: or off-site images (charts
 * are inline SVG), so default-src 'self' covers the social-card PNGs.
 */

import type { AstroUserConfig } from 'astro';

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type AstroCspDirective = NonNullable<AstroCsp['directives']>[number];

/** Directives besides script-src and style-src, in every page's meta CSP. */
export const CSP_DIRECTIVES: readonly AstroCspDirective[] = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self'",
];
export const SCRIPT_RESOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];
export const STYLE_RESOURCES: readonly string[] = ["'self'"];

/** The value of Astro's `security.csp` option. */
export function astroCspConfig(): AstroCsp & { directives: AstroCspDirective[]; scriptDirective: { resources: string[] }; styleDirective: { resources: string[] } } {
  return {
    algorithm: 'SHA-256',
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_RESOURCES] },
    styleDirective: { resources: [...STYLE_RESOURCES] },
  };
}

/** A policy as directive name → source tokens, in the order written. */
export type Csp = Map<string, string[]>;

/** Parses one serialized policy; a repeated directive is ignored, as browsers do. */
export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...tokens] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!csp.has(key)) csp.set(key, tokens);
  }
  return csp;
}

export function serializeCsp(csp: Csp): string {
  return [...csp].map(([name, tokens]) => [name, ...tokens].join(' ')).join('; ');
}

const isHash = (token: string) => /^'sha(256|384|512)-/.test(token);

/**
 * One policy that allows everything any of `policies` allows: per directive,
 * the union of the tokens, keywords first, hashes sorted. For the `_headers`
 * file, which cannot know which page a hash belongs to without one rule per
 * page. Browsers enforce the header and the meta tag both, so each page still
 * runs only its own hashes.
 */
export function unionCsp(policies: readonly Csp[]): Csp {
  // A set per directive: thousands of pages each bring the same tokens again.
  const merged = new Map<string, Set<string>>();
  for (const csp of policies) {
    for (const [name, tokens] of csp) {
      const set = merged.get(name) ?? new Set<string>();
      for (const t of tokens) set.add(t);
      merged.set(name, set);
    }
  }
  const out: Csp = new Map();
  for (const [name, set] of merged) {
    const tokens = [...set];
    out.set(name, [...tokens.filter((t) => !isHash(t)), ...tokens.filter(isHash).sort()]);
  }
  return out;
}

/** CSP Level 3 fallback chains for the directives a static site uses. */
const FALLBACK: Record<string, string[]> = {
  'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
  'script-src-attr': ['script-src-attr', 'script-src', 'default-src'],
  'style-src-elem': ['style-src-elem', 'style-src', 'default-src'],
  'style-src-attr': ['style-src-attr', 'style-src', 'default-src'],
  'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
  'frame-src': ['frame-src', 'child-src', 'default-src'],
  'connect-src': ['connect-src', 'default-src'],
  'img-src': ['img-src', 'default-src'],
  'font-src': ['font-src', 'default-src'],
  'media-src': ['media-src', 'default-src'],
  'object-src': ['object-src', 'default-src'],
  'manifest-src': ['manifest-src', 'default-src'],
  'base-uri': ['base-uri'],
  'form-action': ['form-action'],
};

/** The source list that governs `directive` in `csp`, or undefined when nothing restricts it. */
export function effectiveSources(csp: Csp, directive: string): string[] | undefined {
  for (const name of FALLBACK[directive] ?? [directive]) {
    const tokens = csp.get(name);
    if (tokens) return tokens;
  }
  return undefined;
}

/**
 * Why a header policy would block something a page's meta policy allows
 * (empty when it never does). Both are enforced, so the header must allow at
 * least what the meta allows, for every kind of resource; frame-ancestors
 * (header only) is the one directive it may add.
 */
export function headerBlocksMeta(meta: Csp, header: Csp): string[] {
  const problems: string[] = [];
  for (const directive of Object.keys(FALLBACK)) {
    const h = effectiveSources(header, directive);
    if (!h) continue;
    const m = effectiveSources(meta, directive);
    if (!m) {
      problems.push(`${directive}: the header restricts it to ${h.join(' ')} but the page does not`);
      continue;
    }
    const missing = m.filter((t) => !h.includes(t));
    if (missing.length) problems.push(`${directive}: the header lacks ${missing.join(' ')}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// Host headers
// ---------------------------------------------------------------------------

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';
/**
 * Pagefind's bundle: its index and fragment files carry content hashes, but
 * pagefind.js, the worker and the WebAssembly do not, and it fetches its
 * entry file with a cache-busting query. Five minutes, then revalidate.
 */
export const CACHE_SHORT = 'public, max-age=300, must-revalidate';

/** Headers for every response. */
export const COMMON_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // Features the site never uses. clipboard-write stays allowed (Copy citation).
  ['Permissions-Policy', 'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()'],
  // One year of HTTPS only, for this host alone: the site may share a domain
  // with others (a subpath deploy), so no includeSubDomains or preload.
  ['Strict-Transport-Security', 'max-age=31536000'],
];

export interface HeaderRule {
  /** URL pattern: an exact path, or a prefix ending in '*' (which matches any rest, empty included). */
  path: string;
  headers: Array<[string, string]>;
  comment?: string;
}

/** Whether a `_headers` URL pattern matches a request path (splat '*' at the end only). */
export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** Every header a request for `path` gets, with the pattern of the rule it came from. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Array<{ name: string; value: string; rule: string }> {
  return rules
    .filter((r) => patternMatches(r.path, path))
    .flatMap((r) => r.headers.map(([name, value]) => ({ name, value, rule: r.path })));
}

/**
 * Header names that more than one matching rule sets for `path`. Hosts
 * disagree about those (Cloudflare Pages joins the values with a comma,
 * which for two CSPs enforces both; Netlify keeps one), so the generated
 * file never has any: each header of a response comes from exactly one rule.
 */
export function conflictingHeaders(rules: readonly HeaderRule[], path: string): string[] {
  const seen = new Map<string, string>();
  const conflicts = new Set<string>();
  for (const { name, rule } of headersForPath(rules, path)) {
    const key = name.toLowerCase();
    if (seen.has(key) && seen.get(key) !== rule) conflicts.add(name);
    seen.set(key, rule);
  }
  return [...conflicts];
}

export function formatHeadersFile(rules: readonly HeaderRule[], preamble: readonly string[] = []): string {
  const out = preamble.map((l) => `# ${l}`.trimEnd());
  for (const rule of rules) {
    if (out.length) out.push('');
    if (rule.comment) out.push(`# ${rule.comment}`);
    out.push(rule.path, ...rule.headers.map(([k, v]) => `  ${k}: ${v}`));
  }
  return `${out.join('\n')}\n`;
}

/** Reads a `_headers` file back (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = trimmed.indexOf(':');
    if (!rule || colon < 1) throw new Error(`_headers: a header line outside a rule or without a name: ${line}`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

export interface HeaderRulesInput {
  /** The deployment base path, e.g. '/' or '/factcheck/'. */
  base: string;
  /** Every file of the built site, relative to the output directory, with '/' separators. */
  files: readonly string[];
  /** The CSP for documents, without frame-ancestors. */
  csp: string;
  /** Whether the page or file at this site-relative path (no base) may be framed by any site. */
  embeddable: (rel: string) => boolean;
}

/** Directories whose files are served as they are and cached by their rule alone. */
const ASSET_DIRS: Record<string, { cache: string; csp: boolean; comment: string }> = {
  '_astro/': { cache: CACHE_IMMUTABLE, csp: false, comment: 'Astro bundles: content-hashed file names, so cached for a year.' },
  // The CSP here is the policy of Pagefind's worker (a worker takes its
  // policy from its own response, not from the page): it compiles the
  // WebAssembly ('wasm-unsafe-eval') and fetches the index ('self').
  'pagefind/': { cache: CACHE_SHORT, csp: true, comment: 'Search: not all file names are hashed, so a short cache that revalidates; the CSP governs its worker.' },
};

/**
 * The `_headers` rules for a built site. One rule gives every response the
 * common headers; asset directories get their Cache-Control; everything else
 * (pages, feeds, cards) revalidates and carries the CSP with frame-ancestors
 * 'none' and X-Frame-Options DENY, except embeddable paths (chart
 * permalinks), which allow any ancestor. Document rules cover a whole
 * directory with 'dir/*' wherever all of it is alike, and split it otherwise,
 * so no two rules ever set the same header on one path.
 */
export function headerRules({ base, files, csp, embeddable }: HeaderRulesInput): HeaderRule[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rules: HeaderRule[] = [{ path: `${b}*`, headers: COMMON_HEADERS.map(([k, v]) => [k, v]), comment: 'Every response.' }];
  for (const [dir, { cache, csp: withCsp, comment }] of Object.entries(ASSET_DIRS)) {
    if (!files.some((f) => f.startsWith(dir))) continue;
    const headers: Array<[string, string]> = [['Cache-Control', cache]];
    if (withCsp) headers.push(['Content-Security-Policy', `${csp}; frame-ancestors 'none'`]);
    rules.push({ path: `${b}${dir}*`, headers, comment });
  }
  // Host files (_headers, _redirects) and dotfiles are not served.
  const documents = files.filter((f) => !Object.keys(ASSET_DIRS).some((d) => f.startsWith(d)) && !/^_[^/]*$/.test(f) && !/(^|\/)\./.test(f));
  const docHeaders = (framable: boolean): Array<[string, string]> => [
    ['Cache-Control', CACHE_REVALIDATE],
    ['Content-Security-Policy', `${csp}; frame-ancestors ${framable ? '*' : "'none'"}`],
    ...(framable ? [] : [['X-Frame-Options', 'DENY'] as [string, string]]),
  ];
  const urlOf = (rel: string) => `${b}${rel.replace(/(^|\/)index\.html$/, '$1')}`;

  const visit = (dir: string, inDir: string[]) => {
    const kinds = new Set(inDir.map((f) => embeddable(f)));
    if (dir && kinds.size === 1) {
      const framable = [...kinds][0]!;
      rules.push({ path: `${b}${dir}*`, headers: docHeaders(framable), comment: framable ? 'Embeddable: any site may frame it.' : undefined });
      return;
    }
    const children = new Map<string, string[]>();
    for (const f of inDir) {
      const rest = f.slice(dir.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        const framable = embeddable(f);
        rules.push({ path: urlOf(f), headers: docHeaders(framable), comment: framable ? 'Embeddable: any site may frame it.' : undefined });
      } else {
        const sub = `${dir}${rest.slice(0, slash + 1)}`;
        const list = children.get(sub);
        if (list) list.push(f);
        else children.set(sub, [f]);
      }
    }
    for (const [sub, list] of [...children].sort(([a], [c]) => a.localeCompare(c))) visit(sub, list);
  };
  visit('', [...documents].sort());
  return rules;
}
