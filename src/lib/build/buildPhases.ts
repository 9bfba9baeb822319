/**
 * Where a build's time goes (issue 13): the build's integrations and routes
 * add the milliseconds of their own phases here, and `phaseTable` turns them,
 * with the moments Astro's hooks fired, into one row per phase for the build
 * log and `npm run bench`.
 *
 * The integrations and the pages share the tally (src/lib/shared.ts).
 */
import { shared } from '../shared.ts';

/** Phases measured by the code that runs them, in milliseconds. */
export type Tally = Record<string, number>;

const tally = (): Tally => shared('buildPhases', () => ({}));

/** Adds `ms` to a phase. */
export function addPhase(name: string, ms: number): void {
  const t = tally();
  t[name] = (t[name] ?? 0) + ms;
}

/** For each phase, how many of its timed calls are running, and since when one has been. */
const running = (): Map<string, { calls: number; since: number }> => shared('buildPhasesRunning', () => new Map());

/**
 * Runs `work`, adding its duration to the phase, and returns its result.
 * Calls that overlap (the card route, rendered eight pages at a time) add
 * the wall-clock time during which at least one of them ran, once.
 */
export function timed<T>(name: string, work: () => T): T {
  const spans = running();
  const span = spans.get(name) ?? { calls: 0, since: 0 };
  if (span.calls++ === 0) span.since = performance.now();
  spans.set(name, span);
  const end = () => {
    if (--span.calls === 0) addPhase(name, performance.now() - span.since);
  };
  let result: T;
  try {
    result = work();
  } catch (error) {
    end();
    throw error;
  }
  if (result instanceof Promise) return result.finally(end) as T;
  end();
  return result;
}

/** A copy of what has been measured so far. */
export const measuredPhases = (): Tally => ({ ...tally() });

/** When Astro's build steps ended, in milliseconds since the process started. */
export interface Moments {
  /** `astro:build:start`: config loaded, content synced and checked. */
  buildStart: number;
  /** The last Vite bundle closed: pages are rendered from here on. */
  bundled: number;
  /** `astro:build:generated`: every page and endpoint written. */
  generated: number;
  /** The last `astro:build:done` hook finished. */
  done: number;
}

export interface PhaseRow {
  phase: string;
  seconds: number;
  /** Share of the whole build, 0–1. */
  share: number;
}

/**
 * One row per phase, in build order, each a share of the whole. New cards
 * are drawn beside the build from its start (src/integrations/cardsAhead.ts);
 * `cards` is the time the card route spent on them (waiting for a card
 * still being drawn, or reading the cache), and `render` is Astro's page
 * rendering without it. `astro` is what Astro does outside the measured phases
 * (starting up, syncing content, bundling, writing files).
 */
export function phaseTable(moments: Moments, measured: Tally): PhaseRow[] {
  const m = (name: string) => measured[name] ?? 0;
  const ms: Array<[string, number]> = [
    ['check', m('check')],
    ['setup', moments.buildStart - m('check')],
    ['bundle', moments.bundled - moments.buildStart],
    ['render', moments.generated - moments.bundled - m('cards')],
    ['cards', m('cards')],
    ['search', m('search')],
    ['hostFiles', m('hostFiles')],
  ];
  const known = ms.reduce((sum, [, v]) => sum + v, 0);
  ms.push(['other', Math.max(0, moments.done - known)]);
  const total = Math.max(moments.done, 1);
  return ms.map(([phase, v]) => ({ phase, seconds: v / 1000, share: v / total }));
}
