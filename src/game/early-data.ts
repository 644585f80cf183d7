// The data the first screen needs (the bundled scenarios), read by the page itself as soon as it is parsed
// (vite.config.ts writes the script into the page). The page's main thread is idle while the code downloads
// and compiles; read then, the files are there the moment the code runs, rather than read between the game's
// first start-up steps (alternated loads: start-up about 25 ms shorter, with Phaser's default textures made at
// once, see vite.config.ts). This module imports nothing: the build reads it too.

/** Where the page's script leaves its readings: a Map of each file's address to the promise of its JSON. */
export const EARLY_DATA_GLOBAL = 'tightropeEarlyData';

/**
 * The page's script: each file the page preloads as data (`<link rel="preload" as="fetch">`), fetched (the
 * browser hands over the preloaded response) and read as JSON. A failure is left for the game to report when
 * it takes the file, never as an unhandled rejection.
 */
export function earlyDataScript(): string {
  return `(() => {
  const data = (window[${JSON.stringify(EARLY_DATA_GLOBAL)}] = new Map());
  for (const link of document.querySelectorAll('link[rel="preload"][as="fetch"]')) {
    const read = fetch(link.href).then((r) => (r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status))));
    read.catch(() => {});
    data.set(link.href, read);
  }
})();`;
}

/** The page's reading of the file at `url` (absolute, or relative to the page), if it began one; taken once. */
export function takeEarlyData(url: string): Promise<unknown> | undefined {
  const data = (globalThis as unknown as Record<string, Map<string, Promise<unknown>> | undefined>)[
    EARLY_DATA_GLOBAL
  ];
  const href = new URL(url, document.baseURI).href;
  const read = data?.get(href);
  data?.delete(href);
  return read;
}
