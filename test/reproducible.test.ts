/**
 * Reproducible build (issue 6): the same sources build to the same bytes.
 * Builds a throwaway copy of the project twice, into two output directories
 * (the CLI's --outDir), and compares the SHA-256 of every file.
 * The first build starts cold, the second reuses the first's caches (.astro/),
 * so a difference also catches output that depends on cache state. A copy
 * keeps these builds away from dist/ and .astro/, which other tests read.
 * Slow by nature (two full builds), so it is kept to exactly two.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAstro } from './helpers/astroCli.ts';
import { walk } from './helpers/distPages.ts';
import { tempProject } from './helpers/tempProject.ts';

const project = tempProject({ buildable: true });
afterAll(() => project.dispose());

function hashes(dir: string): Map<string, string> {
  return new Map(walk(dir).map((rel) => [rel, createHash('sha256').update(readFileSync(join(dir, rel))).digest('hex')]));
}

describe('reproducible build', () => {
  it('two builds of the same sources are byte-for-byte identical', () => {
    const outputs = ['build-a', 'build-b'].map((name) => {
      const outDir = join(project.root, name);
      runAstro(['build', '--silent', '--outDir', outDir], { cwd: project.root, env: { OUT_DIR: undefined, SITE: undefined, BASE: undefined } });
      return hashes(outDir);
    });
    const [a, b] = outputs as [Map<string, string>, Map<string, string>];
    expect(a.size, 'files in the first build').toBeGreaterThan(0);
    const differences = [...new Set([...a.keys(), ...b.keys()])].sort().flatMap((rel) => {
      if (!b.has(rel)) return [`${rel}: only in the first build`];
      if (!a.has(rel)) return [`${rel}: only in the second build`];
      return a.get(rel) === b.get(rel) ? [] : [`${rel}: differs (sha256 ${a.get(rel)!.slice(0, 12)}… vs ${b.get(rel)!.slice(0, 12)}…)`];
    });
    expect(differences).toEqual([]);
  }, 600_000);
});
