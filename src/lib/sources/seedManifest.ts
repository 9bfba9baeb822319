import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem, type Problem } from '../content/problems.ts';

export const SEEDS_DIR = 'seeds';
export const MANIFEST_FILE = 'seeds/manifest.json';

/** File name → SHA-256 of its exact bytes. */
export type SeedManifest = Record<string, string>;

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function readSeedManifest(root: string): SeedManifest {
  return JSON.parse(readFileSync(join(root, MANIFEST_FILE), 'utf8')) as SeedManifest;
}

/** Every archived seed must be present, unchanged, and registered. */
export function checkSeedManifest(root: string): Problem[] {
  const manifestPath = join(root, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    return [problem(MANIFEST_FILE, 'The seed manifest is missing.', 'Restore seeds/manifest.json from git; it records the SHA-256 of every archived text.')];
  }
  let manifest: SeedManifest;
  try {
    manifest = readSeedManifest(root);
  } catch (e) {
    return [problem(MANIFEST_FILE, `The seed manifest is not valid JSON: ${(e as Error).message}.`, 'Restore it from git.')];
  }
  const problems: Problem[] = [];
  for (const [file, expected] of Object.entries(manifest)) {
    const path = join(root, SEEDS_DIR, file);
    if (!existsSync(path)) {
      problems.push(problem(`${SEEDS_DIR}/${file}`, 'An archived seed listed in seeds/manifest.json is missing.', 'Restore the file byte-for-byte from git; archived texts are never removed.'));
      continue;
    }
    const actual = sha256(readFileSync(path));
    if (actual !== expected) {
      problems.push(problem(`${SEEDS_DIR}/${file}`, `The archived seed has changed (SHA-256 ${actual.slice(0, 12)}…, manifest says ${expected.slice(0, 12)}…).`, 'Archived texts are verbatim and never edited: restore the file with `git checkout -- seeds/`. A new capture is a new seed file.'));
    }
  }
  for (const file of readdirSync(join(root, SEEDS_DIR))) {
    if (file.endsWith('.txt') && !(file in manifest)) {
      problems.push(problem(`${SEEDS_DIR}/${file}`, 'This seed is not registered in seeds/manifest.json.', 'Add it with `npm run new -- source <slug> <file.txt>`, which records its SHA-256.'));
    }
  }
  return problems;
}
