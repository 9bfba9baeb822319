import type { Problem } from '../problems.ts';
import { checkSeedManifest } from '../seedManifest.ts';
import { loadClaims } from './claims.ts';
import { loadData } from './data.ts';
import { loadSources } from './sources.ts';

export interface CheckResult {
  problems: Problem[];
  counts: { sources: number; claims: number; data: number };
}

/** Validates all content without building the site; every problem, not only the first. */
export function checkContent(root: string): CheckResult {
  const problems = checkSeedManifest(root);
  const { sources, problems: sourceProblems } = loadSources(root);
  const { claims, problems: claimProblems } = loadClaims(root, sources);
  const { data, problems: dataProblems } = loadData(root, sources);
  problems.push(...sourceProblems, ...claimProblems, ...dataProblems);
  return { problems, counts: { sources: sources.size, claims: claims.size, data: data.size } };
}
