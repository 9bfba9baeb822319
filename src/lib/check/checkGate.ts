/**
 * The build's content check runs in a worker thread while Astro starts up
 * (src/integrations/contentCheck.ts). Astro's content loaders wait here for
 * its verdict (src/content.config.ts), so that in a build no entry is loaded,
 * and no schema error of Astro's shown, before the check has reported every
 * problem with file, line and hint.
 *
 * The integration and the content config are separate module instances, so
 * the pending check is shared (src/lib/shared.ts).
 */
import { shared } from '../shared.ts';

/** Resolved when no check is running (a test loading the config alone). */
const gate = () => shared('contentChecked', () => ({ verdict: Promise.resolve() }));

/**
 * Registers the running check: `verdict` resolves when the content may be
 * loaded, or rejects (with the check's problems) when it must not be.
 */
export function gateContentOn(verdict: Promise<void>): void {
  // Handled here, so a refusal nobody has waited for yet is not an unhandled rejection.
  verdict.catch(() => {});
  gate().verdict = verdict;
}

/** Resolves once the content may be loaded; at once when no check is running (a test loading the config alone). */
export const contentChecked = (): Promise<void> => gate().verdict;
