// The page's early script reads each file the page preloads as data; the game takes each reading once, and a
// failed one is reported when taken, never as an unhandled rejection.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_DATA_GLOBAL, earlyDataScript, takeEarlyData } from './early-data';

const PAGE = 'http://game.test/';

/** Runs the page's script over preload links to `hrefs`, `fetch` answering each with `answer(href)`. */
function runScript(hrefs: string[], answer: (href: string) => Response) {
  const fetched: string[] = [];
  const window: Record<string, unknown> = {};
  const document = {
    querySelectorAll: (selector: string) => {
      expect(selector).toBe('link[rel="preload"][as="fetch"]');
      return hrefs.map((href) => ({ href }));
    },
  };
  const fetch = (href: string) => {
    fetched.push(href);
    return Promise.resolve(answer(href));
  };
  new Function('window', 'document', 'fetch', earlyDataScript())(window, document, fetch);
  return { fetched, window };
}

describe("the page's early data", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads every preloaded data file as JSON, and hands each reading over once', async () => {
    const a = `${PAGE}assets/summer-2025-x1.json`;
    const b = `${PAGE}assets/classroom-45-x2.json`;
    const { fetched, window } = runScript([a, b], (href) =>
      Response.json({ read: href.split('/').pop() }),
    );
    expect(fetched).toEqual([a, b]);
    vi.stubGlobal(EARLY_DATA_GLOBAL, window[EARLY_DATA_GLOBAL]);
    vi.stubGlobal('document', { baseURI: PAGE });
    // By the address the game's code names it, relative to the page or not.
    await expect(takeEarlyData('./assets/summer-2025-x1.json')).resolves.toEqual({
      read: 'summer-2025-x1.json',
    });
    expect(takeEarlyData(a)).toBeUndefined();
    await expect(takeEarlyData(b)).resolves.toEqual({ read: 'classroom-45-x2.json' });
    expect(takeEarlyData(`${PAGE}assets/road-to-apec.json`)).toBeUndefined();
  });

  it('leaves a file it could not read to be reported when taken, not as an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const href = `${PAGE}assets/gone.json`;
      const { window } = runScript([href], () => new Response('gone', { status: 404 }));
      await new Promise((done) => setTimeout(done, 10));
      expect(unhandled).not.toHaveBeenCalled();
      vi.stubGlobal(EARLY_DATA_GLOBAL, window[EARLY_DATA_GLOBAL]);
      vi.stubGlobal('document', { baseURI: PAGE });
      await expect(takeEarlyData(href)).rejects.toThrow('HTTP 404');
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('has nothing to hand over where the page read nothing (the dev server writes no preloads)', () => {
    vi.stubGlobal('document', { baseURI: PAGE });
    expect(takeEarlyData('./assets/summer-2025.json')).toBeUndefined();
  });
});
