import type { Problem } from '../problems.ts';
import { checkSeedManifest } from '../seedManifest.ts';
import { loadSources } from './sources.ts';

export interface CheckResult {
  problems: Problem[];
  counts: { sources: number };
}

/** Validates all content without building the site; every problem, not only the first. */
export function checkContent(root: string): CheckResult {
  const problems = checkSeedManifest(root);
  const { sources, problems: sourceProblems } = loadSources(root);
  problems.push(...sourceProblems);
  return { problems, counts: { sources: sources.size } };
}
