import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Variables Vitest puts into process.env that would leak into Astro's own Vite build. */
const TEST_ENV = ['TEST_SITE', 'TEST_BASE', 'TEST_OUT_DIR', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'];

/** The environment of a real command-line build, plus `extra` (e.g. BASE). */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of TEST_ENV) delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** Runs the Astro CLI as `npm run …` would and returns what it wrote to stdout and stderr; throws on failure. */
export function runAstroOutput(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): string {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), args, { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: cleanEnv(options.env) });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`);
  return output;
}

/** Runs the Astro CLI as `npm run …` would; throws with its output on failure. */
export function runAstro(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): string {
  return execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), args, {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    stdio: 'pipe',
    env: cleanEnv(options.env),
  });
}
