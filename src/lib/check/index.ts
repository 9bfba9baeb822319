import type { Problem } from '../content/problems.ts';
import { checkSeedManifest } from '../sources/seedManifest.ts';
import { checkBackground } from './background.ts';
import { loadClaims, type LoadedClaim } from './claims.ts';
import { loadData } from './data.ts';
import { loadDataTranslations } from './dataTranslations.ts';
import { loadNotChecked } from './notChecked.ts';
import { loadSiteConfig } from './site.ts';
import { loadSources } from './sources.ts';
import { checkDictionaries } from './dictionaries.ts';
import { forgetConverters } from './traditionalChinese.ts';
import { checkBackgroundTranslations, checkClaimTranslations, type CheckedTranslation, type OutdatedTranslation } from './translations.ts';

export interface CheckResult {
  problems: Problem[];
  counts: { sources: number; claims: number; translations: number; data: number };
  /** Translations of an older version of their original: not a problem (the page says so), but worth updating. */
  outdated: OutdatedTranslation[];
  /** The claims as checked, by slug (for build steps that need them after the check). */
  claims: ReadonlyMap<string, LoadedClaim>;
  /** The claim translations as checked (for the social cards drawn ahead of the pages). */
  translations: readonly CheckedTranslation[];
}

/** Validates all content without building the site; every problem, not only the first. */
export function checkContent(root: string): CheckResult {
  const problems = checkSeedManifest(root);
  const { sources, unloaded, problems: sourceProblems } = loadSources(root);
  const { claims, problems: claimProblems } = loadClaims(root, sources);
  const { data, problems: dataProblems } = loadData(root, sources);
  const { problems: dataTranslationProblems } = loadDataTranslations(root, data);
  const background = checkBackground(root, sources);
  const translations = checkClaimTranslations(root, sources, claims);
  const backgroundTranslations = checkBackgroundTranslations(root, sources, background.page);
  const backgroundProblems = [...background.problems, ...translations.problems, ...backgroundTranslations.problems];
  const { problems: notCheckedProblems } = loadNotChecked(root, sources);
  const { problems: siteProblems } = loadSiteConfig(root);
  // A source file with a problem would otherwise make every citation of it an
  // "Unknown source" too, burying the one line that needs fixing.
  const cited = [...claimProblems, ...dataProblems, ...backgroundProblems, ...notCheckedProblems].filter((p) => !(p.unknownSource && unloaded.has(p.unknownSource)));
  problems.push(...siteProblems, ...sourceProblems, ...cited, ...dataTranslationProblems, ...checkDictionaries(root));
  forgetConverters();
  return {
    problems,
    counts: { sources: sources.size, claims: claims.size, translations: translations.count, data: data.size },
    outdated: [...translations.outdated, ...backgroundTranslations.outdated],
    claims,
    translations: translations.translations,
  };
}
