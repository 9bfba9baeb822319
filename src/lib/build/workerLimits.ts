import type { ResourceLimits } from 'node:worker_threads';

/**
 * Resource limits for the worker threads of the content check
 * (../check/inWorker.ts, for the build and `npm run check`) and of the search
 * staging (../search/searchStaging.ts).
 *
 * Each worker has a JavaScript heap of its own, and V8 sizes its young
 * generation, where short-lived objects are made, from the machine's
 * memory: on this 24 GiB machine the check's grew about 100 MiB past what
 * the work needed. Capped at 24 MiB, the check of the
 * bench's N = 1,000 site in a worker ran in 1.6 to 1.7 s against 2.0 to
 * 2.1 s, its process peaking at about 210 MiB against 317 MiB (README,
 * Benchmark).
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24 };
