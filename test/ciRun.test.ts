/**
 * .ci/run, the CI entry point, run for real in a scratch folder with stand-ins
 * for npm and Chromium: it stops before the tests when npm install changes
 * package-lock.json, and still ends with its "N passed, N failed" line.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/deployment.ts';

const LOCKFILE = '{ "lockfileVersion": 3 }\n';
/** npm as .ci/run calls it: `install` may rewrite the lockfile; `test` writes a report of 3 passed tests. */
const FAKE_NPM = `#!/bin/sh
case "$1" in
  install) if [ -n "$CHANGE_LOCKFILE" ]; then echo '{ "lockfileVersion": 3, "packages": {} }' > package-lock.json; fi ;;
  test) touch npm-test-ran; mkdir -p test-results; echo '{ "numPassedTests": 3, "numFailedTests": 0 }' > test-results/vitest.json ;;
esac
`;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function ciRun(env: Record<string, string> = {}) {
  dir = mkdtempSync(join(tmpdir(), 'ci-run-'));
  mkdirSync(join(dir, '.ci'));
  cpSync(join(ROOT, '.ci', 'run'), join(dir, '.ci', 'run'));
  writeFileSync(join(dir, 'package-lock.json'), LOCKFILE);
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'npm'), FAKE_NPM);
  writeFileSync(join(bin, 'chromium'), '#!/bin/sh\n');
  for (const name of ['npm', 'chromium']) chmodSync(join(bin, name), 0o755);
  const result = spawnSync('bash', [join(dir, '.ci', 'run')], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ...env } });
  return { ...result, lastLine: result.stdout.trim().split('\n').at(-1), testsRan: existsSync(join(dir, 'npm-test-ran')) };
}

describe('.ci/run', () => {
  it('runs the tests and reports their counts when npm install leaves the lockfile as committed', () => {
    const run = ciRun();
    expect(run.status).toBe(0);
    expect(run.testsRan).toBe(true);
    expect(run.lastLine).toBe('3 passed, 0 failed');
  });

  it('fails before the tests when npm install changes package-lock.json', () => {
    const run = ciRun({ CHANGE_LOCKFILE: '1' });
    expect(run.status).toBe(1);
    expect(run.testsRan).toBe(false);
    expect(run.stderr).toContain('package-lock.json changed during npm install');
    expect(run.lastLine).toBe('0 passed, 1 failed');
  });
});
