/**
 * `npm run bench [-- 100 1000]`: how the site's machinery scales. For each N
 * (default 100, 1,000 and 10,000) it copies the project to a temporary folder,
 * adds N synthetic sources and N claims that cite them, and measures the
 * content check and the full build (wall time, peak memory), the size of
 * dist/ and of the search index, and the bytes a browser fetches for one
 * search. It also builds the same 2N pages as plain Astro MDX pages (no
 * verification, no search) and prints the ratio. Writes bench/results.json.
 * This is a measurement, not a test: it asserts nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import { cleanEnv } from '../test/helpers/astroCli.ts';
import { launchChromium } from '../test/helpers/browser.ts';
import { directoryBytes, measure, type Measurement } from './bench/measure.ts';
import { writePlainPages, writeSyntheticContent } from './bench/synthetic.ts';

const ROOT = join(import.meta.dirname, '..');
const requested = process.argv.slice(2).map(Number).filter((n) => n > 0);
const NS = requested.length ? requested : [100, 1000, 10000];
const astro = join(ROOT, 'node_modules', '.bin', 'astro');
const env = cleanEnv({ SITE: undefined, BASE: undefined, OUT_DIR: undefined });
const MiB = 2 ** 20;

interface Row {
  n: number;
  pages: number;
  check: Measurement;
  build: Measurement;
  plainBuild: Measurement;
  distMiB: number;
  pagefindMiB: number;
  searchKiB: number | null;
}

function linkNodeModules(into: string): void {
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'), 'dir');
}

function copyProject(into: string): void {
  for (const entry of ['content', 'seeds', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(into, entry), { recursive: true });
  }
  linkNodeModules(into);
}

function plainProject(into: string, n: number): void {
  mkdirSync(join(into, 'src', 'pages'), { recursive: true });
  writeFileSync(join(into, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(into, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n");
  linkNodeModules(into);
  writePlainPages(into, n);
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** Bytes of Pagefind files a browser fetches to answer one query on /search/. */
async function searchBytes(root: string, query: string): Promise<number | null> {
  if (!existsSync(join(root, 'dist', 'pagefind'))) return null;
  const server = await preview({ root, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      if (request.url().includes('/pagefind/')) sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(`http://127.0.0.1:${server.port}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForLoadState('networkidle');
    return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  } finally {
    await browser.close();
    await server.stop();
  }
}

const rows: Row[] = [];
for (const n of NS) {
  const site = mkdtempSync(join(tmpdir(), `bench-site-${n}-`));
  const plain = mkdtempSync(join(tmpdir(), `bench-plain-${n}-`));
  try {
    console.error(`\n▶ N = ${n}: ${n} synthetic sources and ${n} claims`);
    copyProject(site);
    writeSyntheticContent(site, n);
    plainProject(plain, n);
    console.error('  npm run check…');
    const check = await measure(process.execPath, [join(ROOT, 'scripts', 'check.ts'), site], { cwd: site, env });
    console.error('  full build…');
    const build = await measure(astro, ['build', '--silent'], { cwd: site, env });
    console.error('  plain Astro MDX build…');
    const plainBuild = await measure(astro, ['build', '--silent'], { cwd: plain, env });
    const dist = join(site, 'dist');
    const built = build.ok && existsSync(dist);
    rows.push({
      n,
      pages: built ? countHtml(dist) : 0,
      check,
      build,
      plainBuild,
      distMiB: built ? directoryBytes(dist) / MiB : 0,
      pagefindMiB: built && existsSync(join(dist, 'pagefind')) ? directoryBytes(join(dist, 'pagefind')) / MiB : 0,
      // A number that occurs in exactly one synthetic claim and its source.
      searchKiB: built ? ((await searchBytes(site, String(1000 + Math.floor(n / 2)))) ?? 0) / 1024 : null,
    });
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(plain, { recursive: true, force: true });
  }
}

const f1 = (x: number) => x.toFixed(1);
const status = (m: Measurement) => (m.ok ? '' : ' (failed)');
const header = ['N', 'pages', 'check s', 'check MiB', 'build s', 'build MiB', 'plain build s', 'ratio', 'dist MiB', 'index MiB', 'search KiB'];
const table = rows.map((r) => [
  r.n.toLocaleString('en-GB'),
  String(r.pages),
  f1(r.check.seconds) + status(r.check),
  f1(r.check.peakMiB),
  f1(r.build.seconds) + status(r.build),
  f1(r.build.peakMiB),
  f1(r.plainBuild.seconds) + status(r.plainBuild),
  `${(r.build.seconds / r.plainBuild.seconds).toFixed(2)}×`,
  f1(r.distMiB),
  f1(r.pagefindMiB),
  r.searchKiB === null ? '–' : f1(r.searchKiB),
]);
const markdown = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...table.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log(markdown);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, rows }, null, 2)}\n`,
);
console.log('\nWrote bench/results.json');
