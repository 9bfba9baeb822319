/**
 * `npm run bench [-- 100 1000]`: how the site's machinery scales. For each N
 * (default 100, 1,000 and 10,000) it copies the project to a temporary folder,
 * adds N synthetic sources and N claims that cite them, and measures the
 * content check and the full build (wall time, peak memory), the size of
 * dist/ and of the search index, and the bytes a browser fetches for one
 * search, where the build's time goes (src/lib/build/buildPhases.ts) and its
 * processor time by kind of thread (scripts/bench/cpu.ts). Then it
 * edits one claim's summary and builds again, to measure the warm rebuild.
 * It also builds as many plain Astro MDX pages as the site emitted (no
 * verification, no search, no cards) and prints the ratios. Below N = 10,000
 * each figure is the median of three rounds. Writes bench/results.json.
 * This is a measurement, not a test: it asserts nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import type { PhaseRow } from '../src/lib/build/buildPhases.ts';
import { cleanEnv } from '../test/helpers/astroCli.ts';
import { launchChromium } from '../test/helpers/browser.ts';
import { cardCosts } from './bench/cards.ts';
import { CPU_GROUP_LABELS, CPU_GROUPS } from './bench/cpu.ts';
import { directoryBytes, measure, medianOf, medianRound, type Measurement, type Rounds } from './bench/measure.ts';
import { editOneClaim, writePlainPages, writeSyntheticContent } from './bench/synthetic.ts';

const ROOT = join(import.meta.dirname, '..');
const requested = process.argv.slice(2).map(Number).filter((n) => n > 0);
const NS = requested.length ? requested : [100, 1000, 10000];
const bin = join(ROOT, 'node_modules', '.bin');
const env = cleanEnv({ SITE: undefined, BASE: undefined, OUT_DIR: undefined });
/**
 * The site is built by its own build command, package.json's `build`, run by
 * the shell as npm would run it (npm's own process is not measured). The
 * plain build is `astro build` with Astro's defaults: the allocator setting
 * that command makes (README, Benchmark) is removed from its environment,
 * and the young-generation flag it adds to NODE_OPTIONS is not given to it.
 */
const siteBuild = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
const SITE_BUILD: Command = { file: 'sh', args: ['-c', `${siteBuild} --silent`], env: { PATH: `${bin}:${process.env.PATH}` } };
const PLAIN_BUILD: Command = { file: join(bin, 'astro'), args: ['build', '--silent'], env: { MIMALLOC_ARENA_PURGE_MULT: undefined } };
/**
 * From this N on, every build (the site's and the plain one alike) may use
 * up to 16 GiB of JavaScript heap: Node's default limit here is about 4 GiB.
 * Smaller N keep the default, so their memory figures compare with earlier runs.
 */
const LARGE_N = 10_000;
const largeHeap = (n: number): NodeJS.ProcessEnv => (n >= LARGE_N ? { NODE_OPTIONS: '--max-old-space-size=16384' } : {});
const MiB = 2 ** 20;
/**
 * Below LARGE_N, each N is measured in three rounds, each on fresh copies of
 * the site and the plain project (check, cold build, rebuild, plain build, in
 * that order), and every figure is the median of its rounds: on this machine
 * two runs of one build differ by a fifth. From LARGE_N on, one round (a
 * round at N = 10,000 takes over half an hour).
 */
const ROUNDS = 3;
const roundsFor = (n: number) => (n < LARGE_N ? ROUNDS : 1);

interface Row {
  n: number;
  pages: number;
  check: Rounds;
  build: Rounds;
  /** Where the cold build's time went. */
  phases: PhaseRow[];
  /** The build again after one claim's summary changed. */
  rebuild: Rounds;
  rebuildPhases: PhaseRow[];
  plainBuild: Rounds;
  /** Where the plain build's time went: Astro's own phases, to set beside the site's. */
  plainPhases: PhaseRow[];
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

function plainProject(into: string, n: number, pages: number): void {
  mkdirSync(join(into, 'src', 'pages'), { recursive: true });
  writeFileSync(join(into, 'package.json'), '{ "type": "module" }\n');
  // The site's phase timer, so Astro's own phases can be set beside the site's.
  const phases = JSON.stringify(join(ROOT, 'src', 'integrations', 'buildPhases.ts'));
  writeFileSync(join(into, 'astro.config.mjs'), `import mdx from '@astrojs/mdx';\nimport { buildPhases } from ${phases};\nexport default { integrations: [mdx(), buildPhases()] };\n`);
  linkNodeModules(into);
  writePlainPages(into, n, pages);
}

interface Command {
  file: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

interface Built {
  measurement: Measurement;
  phases: PhaseRow[];
}

/** One round of one N: its page count, the check and the three builds. */
interface Round {
  pages: number;
  check: Measurement;
  cold: Built;
  warm: Built;
  plain: Built;
}

/** One build's rounds taken together (medianOf), with the phases of its median round. */
function medianBuild(rounds: readonly Built[]): { measurement: Rounds; phases: PhaseRow[] } {
  const middle = medianRound(rounds.map((r) => ({ seconds: r.measurement.seconds, phases: r.phases })));
  return { measurement: medianOf(rounds.map((r) => r.measurement)), phases: middle.phases };
}

/** A build of `root` by `command`, with the phases it logged. */
async function build(root: string, n: number, command: Command): Promise<Built> {
  const file = join(root, 'phases.json');
  rmSync(file, { force: true });
  // An undefined value leaves the variable out of the build's environment.
  const measurement = await measure(command.file, command.args, { cwd: root, env: { ...env, ...largeHeap(n), BUILD_PHASES_FILE: file, ...command.env } });
  return { measurement, phases: existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PhaseRow[]) : [] };
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

console.error('▶ social cards: drawing 50 new cards, then serving them from the cache, in English and in Chinese…');
const cards = await cardCosts();
const zhCards = await cardCosts(50, 'zh-hant');

const rows: Row[] = [];
for (const n of NS) {
  const rounds: Round[] = [];
  let sizes: Pick<Row, 'distMiB' | 'pagefindMiB' | 'searchKiB'> = { distMiB: 0, pagefindMiB: 0, searchKiB: null };
  for (let round = 1; round <= roundsFor(n); round++) {
    const site = mkdtempSync(join(tmpdir(), `bench-site-${n}-`));
    const plain = mkdtempSync(join(tmpdir(), `bench-plain-${n}-`));
    try {
      console.error(`\n▶ N = ${n}, round ${round} of ${roundsFor(n)}: ${n} synthetic sources and ${n} claims`);
      copyProject(site);
      writeSyntheticContent(site, n);
      console.error('  npm run check…');
      const check = await measure(process.execPath, [join(ROOT, 'scripts', 'check.ts'), site], { cwd: site, env: { ...env, ...largeHeap(n) } });
      console.error('  full build…');
      const cold = await build(site, n, SITE_BUILD);
      const dist = join(site, 'dist');
      const built = cold.measurement.ok && existsSync(dist);
      const pages = built ? countHtml(dist) : 0;
      console.error('  rebuild after editing one claim…');
      editOneClaim(site);
      const warm = await build(site, n, SITE_BUILD);
      console.error(`  plain Astro MDX build of ${pages} pages…`);
      plainProject(plain, n, pages);
      rounds.push({ pages, check, cold, warm, plain: await build(plain, n, PLAIN_BUILD) });
      // The output is the same in every round: its sizes are taken once, in the last.
      if (round === roundsFor(n) && built) {
        sizes = {
          distMiB: directoryBytes(dist) / MiB,
          pagefindMiB: existsSync(join(dist, 'pagefind')) ? directoryBytes(join(dist, 'pagefind')) / MiB : 0,
          // A number that occurs in exactly one synthetic claim and its source.
          searchKiB: ((await searchBytes(site, String(1000 + Math.floor(n / 2)))) ?? 0) / 1024,
        };
      }
    } finally {
      rmSync(site, { recursive: true, force: true });
      rmSync(plain, { recursive: true, force: true });
    }
  }
  const cold = medianBuild(rounds.map((r) => r.cold));
  const warm = medianBuild(rounds.map((r) => r.warm));
  const plainBuild = medianBuild(rounds.map((r) => r.plain));
  rows.push({
    n,
    pages: rounds.at(-1)!.pages,
    check: medianOf(rounds.map((r) => r.check)),
    build: cold.measurement,
    phases: cold.phases,
    rebuild: warm.measurement,
    rebuildPhases: warm.phases,
    plainBuild: plainBuild.measurement,
    plainPhases: plainBuild.phases,
    ...sizes,
  });
}

const f1 = (x: number) => x.toFixed(1);
const status = (m: Measurement) => (m.ok ? '' : ' (failed)');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const markdownTable = (header: string[], cells: string[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...cells.map((c) => `| ${c.join(' | ')} |`)].join('\n');

const sizes = markdownTable(
  ['N', 'pages', 'rounds', 'check s', 'check MiB', 'build s', 'build MiB', 'rebuild s', 'rebuild MiB', 'plain build s', 'plain MiB', 'build ÷ plain', 'rebuild ÷ build', 'memory ÷ plain', 'dist MiB', 'index MiB', 'search KiB'],
  rows.map((r) => [
    r.n.toLocaleString('en-GB'),
    String(r.pages),
    String(r.build.rounds.length),
    f1(r.check.seconds) + status(r.check),
    f1(r.check.peakMiB),
    f1(r.build.seconds) + status(r.build),
    f1(r.build.peakMiB),
    f1(r.rebuild.seconds) + status(r.rebuild),
    f1(r.rebuild.peakMiB),
    f1(r.plainBuild.seconds) + status(r.plainBuild),
    f1(r.plainBuild.peakMiB),
    ratio(r.build.seconds, r.plainBuild.seconds),
    ratio(r.rebuild.seconds, r.build.seconds),
    ratio(r.build.peakMiB, r.plainBuild.peakMiB),
    f1(r.distMiB),
    f1(r.pagefindMiB),
    r.searchKiB === null ? '–' : f1(r.searchKiB),
  ]),
);
const phaseNames = rows[0]?.phases.map((p) => p.phase) ?? [];
const phaseCell = (list: PhaseRow[], name: string) => {
  const p = list.find((x) => x.phase === name);
  return p ? `${f1(p.seconds)} (${Math.round(p.share * 100)}%)` : '–';
};
const phases = markdownTable(
  ['N', 'build', ...phaseNames],
  rows.flatMap((r) => [
    [r.n.toLocaleString('en-GB'), 'cold', ...phaseNames.map((name) => phaseCell(r.phases, name))],
    [r.n.toLocaleString('en-GB'), 'rebuild', ...phaseNames.map((name) => phaseCell(r.rebuildPhases, name))],
    [r.n.toLocaleString('en-GB'), 'plain', ...phaseNames.map((name) => phaseCell(r.plainPhases, name))],
  ]),
);
const cpuRow = (n: number, name: string, m: Measurement) => [
  n.toLocaleString('en-GB'),
  name,
  f1(m.seconds),
  f1(m.cpu.total),
  ...CPU_GROUPS.map((g) => f1(m.cpu[g])),
];
const processorTime = markdownTable(
  ['N', 'build', 'wall s', 'CPU s', ...CPU_GROUPS],
  rows.flatMap((r) => [cpuRow(r.n, 'cold', r.build), cpuRow(r.n, 'rebuild', r.rebuild), cpuRow(r.n, 'plain', r.plainBuild)]),
);
console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
console.log(`Social cards: ${cards.newMs.toFixed(1)} ms to draw a new one, ${cards.cachedMs.toFixed(2)} ms to serve a cached one.`);
console.log(`Chinese social cards: ${zhCards.newMs.toFixed(1)} ms to draw a new one, ${zhCards.cachedMs.toFixed(2)} ms to serve a cached one; the first loads the Chinese fonts in ${zhCards.firstMs.toFixed(0)} ms.\n`);
console.log(sizes);
console.log('\nPhases, seconds (share of that build):\n');
console.log(phases);
console.log(`\nProcessor time, seconds, of the round whose time is the median (${CPU_GROUPS.map((g) => `${g}: ${CPU_GROUP_LABELS[g]}`).join('; ')}):\n`);
console.log(processorTime);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version }, cards, zhCards, rows }, null, 2)}\n`,
);
console.log('\nWrote bench/results.json');
