/**
 * The build's content check runs in a worker thread while Astro starts up
 * (src/integrations/contentCheck.ts). Astro's content loaders load beside it
 * and settle with its verdict (src/content.config.ts), so that a build with bad
 * content stops with the check's problems, every one with file, line and hint,
 * and shows no schema error of Astro's.
 *
 * The integration and the content config are separate module instances, so
 * the pending check is shared (src/lib/shared.ts).
 */
import type { Loader } from 'astro/loaders';
import { shared } from '../shared.ts';

/** Resolved when no check is running (a test loading the config alone). */
const gate = () => shared('contentChecked', () => ({ verdict: Promise.resolve() }));

/**
 * Registers the running check: `verdict` resolves when the loaded content
 * may be used, or rejects (with the check's problems) when it must not be.
 */
export function gateContentOn(verdict: Promise<void>): void {
  // Handled here, so a refusal nobody has waited for yet is not an unhandled rejection.
  verdict.catch(() => {});
  gate().verdict = verdict;
}

/**
 * `loader`, run beside the check and settled with its verdict: a build with
 * bad content stops with the check's problems even when the loader fails
 * first. With no check running (a test loading the config alone), `loader` as it is.
 */
export const withCheckVerdict = (loader: Loader): Loader => ({
  ...loader,
  load: async (context) => {
    const [verdict, loaded] = await Promise.allSettled([gate().verdict, loader.load(context)]);
    if (verdict.status === 'rejected') throw verdict.reason;
    if (loaded.status === 'rejected') throw loaded.reason;
  },
});
