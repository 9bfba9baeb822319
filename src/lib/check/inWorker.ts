import { Worker } from 'node:worker_threads';
import type { ClaimLike } from '../claims/claims.ts';
import { WORKER_LIMITS } from '../build/workerLimits.ts';
import type { CheckResult } from './index.ts';
import type { CheckedTranslation } from './translations.ts';

/** What the check in the worker (./worker.ts) posts back: the result, with each claim as its slug and frontmatter. */
export interface CheckedContent extends Pick<CheckResult, 'problems' | 'counts' | 'outdated'> {
  claims: ClaimLike[];
  translations: CheckedTranslation[];
}

/**
 * Runs the content check of the project at `root` in a worker thread, with
 * the build's worker limits (src/lib/build/workerLimits.ts): the build runs it there
 * beside Astro (src/integrations/contentCheck.ts), and `npm run check` too.
 */
export function checkInWorker(root: string): Promise<CheckedContent> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: root, resourceLimits: WORKER_LIMITS });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The content check stopped (exit code ${code}) without a result.`)));
  });
}
