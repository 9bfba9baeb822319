/**
 * `npm start` builds, then serves dist/ with `astro preview`. Stopping npm,
 * by Ctrl+C or by its process id, must stop the server too. The real script
 * from package.json runs in a scratch folder whose `astro` skips the build
 * and starts Astro's real preview server on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanEnv } from './helpers/astroCli.ts';
import { ROOT } from './helpers/deployment.ts';

let dir: string | undefined;
let npm: ChildProcess | undefined;
afterEach(() => {
  npm?.kill('SIGKILL');
  // A preview left running by a failed test is stopped here, by its own id.
  const pid = dir && existsSync(join(dir, 'preview.pid')) ? Number(readFileSync(join(dir, 'preview.pid'), 'utf8')) : undefined;
  if (pid && isRunning(pid)) process.kill(pid, 'SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = npm = undefined;
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts `npm start` in a scratch project; resolves with the preview's address once it serves. */
async function npmStart(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'npm-start-'));
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>preview</title>');
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  const bin = join(dir, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    join(bin, 'astro'),
    `#!/bin/sh\n[ "$1" = build ] && exit 0\necho $$ > "${join(dir, 'preview.pid')}"\nexec "${join(ROOT, 'node_modules', '.bin', 'node')}" "${join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs')}" preview --port 0\n`,
  );
  chmodSync(join(bin, 'astro'), 0o755);
  npm = spawn('npm', ['start'], { cwd: dir, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro preview did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local\s+(http:\/\/localhost:\d+\/)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    npm!.stdout!.on('data', read);
    npm!.stderr!.on('data', read);
  });
}

const serves = (url: string) => fetch(url).then((r) => r.ok, () => false);

/** Whether the server stops answering within a few seconds of npm exiting. */
async function stopsServing(url: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (!(await serves(url))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('npm start', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('stops the preview server when npm gets %s', async (signal) => {
    const url = await npmStart();
    expect(await serves(url)).toBe(true);
    const exited = new Promise((resolve) => npm!.once('exit', resolve));
    npm!.kill(signal);
    await exited;
    expect(await stopsServing(url)).toBe(true);
    expect(isRunning(Number(readFileSync(join(dir!, 'preview.pid'), 'utf8')))).toBe(false);
  });
});
