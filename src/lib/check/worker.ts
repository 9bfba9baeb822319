/**
 * The content check (./index.ts) in a worker thread (./inWorker.ts): it posts
 * back what the build and `npm run check` need of the result, then exits,
 * and its memory with it.
 */
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckedContent } from './inWorker.ts';

// A worker thread does not share its parent's compile cache: the check's
// code is loaded after the worker turns its own on, as `npm run check` and
// the astro command do, so every check after the first starts faster.
module.enableCompileCache?.();
const { checkContent } = await import('./index.ts');

const { problems, counts, outdated, claims, translations } = checkContent(workerData as string);
const message: CheckedContent = { problems, counts, outdated, claims: [...claims.values()].map((c) => ({ id: c.slug, data: c.data })), translations: [...translations] };
parentPort!.postMessage(message);
