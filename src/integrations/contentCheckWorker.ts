/**
 * The content check (src/lib/check/index.ts) in a worker thread, for the
 * build (src/integrations/contentCheck.ts): it posts back the problems and what
 * later build steps need of the claims, then exits, and its memory with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../lib/check/index.ts';
import type { CheckedContent } from './contentCheck.ts';

const { problems, claims, translations } = checkContent(workerData as string);
const message: CheckedContent = { problems, claims: [...claims.values()].map((c) => ({ id: c.slug, data: c.data })), translations: [...translations] };
parentPort!.postMessage(message);
