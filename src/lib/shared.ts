/**
 * One value per thread, whichever copy of a module asks for it. Astro loads
 * the integrations (with the config) and the pages (bundled by Vite) as
 * separate instances of the same modules in one process, so state they share
 * (a build's phase timings, the cards drawn ahead, the MDX scans, the
 * pending content check) lives on `globalThis` under a registered symbol
 * that every instance sees. `create` makes the value on first use.
 */
export function shared<T>(name: string, create: () => T): T {
  const key = Symbol.for(`necii-factcheck.${name}`);
  const g = globalThis as typeof globalThis & Record<symbol, unknown>;
  return (g[key] ??= create()) as T;
}
