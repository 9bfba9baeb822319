/**
 * `npm run check`: validates all content in seconds, without building.
 * Prints every problem as `file:line:col  message  Hint: …` (and as GitHub
 * annotations inside GitHub Actions); exits 1 if there is any.
 */
import module from 'node:module';

// Node keeps this script's compiled code (its TypeScript stripped) in its
// compile cache in the system's temporary folder, as the astro command does
// (the check's worker keeps its own: src/lib/check/worker.ts), so every check
// after the first starts faster. Keyed by each file's contents: an edited
// file is compiled afresh.
module.enableCompileCache?.();
const { checkInWorker } = await import('../src/lib/check/inWorker.ts');
const { formatGithubAnnotation, formatProblem, sortProblems } = await import('../src/lib/content/problems.ts');

const root = process.argv[2] ?? process.cwd();
const started = performance.now();
// In a worker thread with the build's worker limits, as the build runs it
// (src/lib/check/inWorker.ts): faster and smaller than in this thread from
// a few hundred claims on.
const { problems, counts, outdated } = await checkInWorker(root);
const elapsed = Math.round(performance.now() - started);

for (const p of sortProblems(problems)) {
  console.log(formatProblem(p));
  if (process.env.GITHUB_ACTIONS) console.log(formatGithubAnnotation(p));
}
for (const o of outdated) console.log(`${o.file}:1:1  Note: translates the version of ${o.translates}; the original changed on ${o.original}. The page says so until the translation is updated.`);
const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ');
if (problems.length) {
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (${summary}; ${elapsed} ms).`);
  process.exitCode = 1;
} else {
  console.log(`✓ Content is valid: ${summary} (${elapsed} ms).`);
}
