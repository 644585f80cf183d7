// Booting offline on WebGL, resuming after a reload by the saved hash, and setting a damaged save aside.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { EARLY_DATA_GLOBAL } from '../../src/game/early-data';
import { CODE_READY_MARK } from '../../src/game/marks';
import { GameSession, suiteSessions, WIDE, type DrawnLine } from './harness';

/** Starts a game and goes from its briefing, past the turn's news, to the board, as a player would. */
async function newGameToBoard(session: GameSession): Promise<void> {
  await session.api((t) => t.newGame({ seed: 3 }));
  await session.waitForScreen('briefing');
  await session.press('Enter', 'events');
  await session.press('b', 'board');
}

/** The address of one of the built game's font files, named as Fontsource names it, from the page's stylesheet. */
async function builtFontFile(session: GameSession, name: string): Promise<string> {
  const page = inject('gameUrl');
  const html = await (await session.context.request.get(page)).text();
  const css = new URL(/<link rel="stylesheet"[^>]* href="([^"]+)"/.exec(html)![1]!, page).href;
  const faces = await (await session.context.request.get(css)).text();
  const file = new RegExp(`url\\(([^)]*/${name}-[\\w-]+\\.woff2)\\)`).exec(faces)?.[1];
  expect(file, `${name} in ${css}`).toBeDefined();
  return new URL(file!, css).href;
}

const ROOT = new URL('../..', import.meta.url).pathname;

/** The PNGs Phaser's config gives its texture manager to decode, as data addresses, read from its source. */
function phaserDefaultImages(): string[] {
  const config = readFileSync(join(ROOT, 'node_modules/phaser/src/core/Config.js'), 'utf8');
  const prefix = /var pngPrefix = '([^']+)';/.exec(config)![1]!;
  return [
    ...config.matchAll(/'images\.(?:default|missing|white)', (pngPrefix \+ )?'([^']+)'/g),
  ].map((m) => (m[1] ? prefix : '') + m[2]!);
}

describe('boot and saves', () => {
  const open = suiteSessions();
  let session: GameSession;

  it('boots to the Title on the WebGL renderer, with no errors and no request off this host', async () => {
    session = await open();
    await session.boot();
    // A WebGL canvas has no 2D context to give; Phaser's Canvas fallback would hand one back.
    const renderer = await session.page.evaluate(() => {
      const canvas = document.querySelector('canvas')!;
      if (canvas.getContext('2d') !== null) return 'canvas';
      return canvas.getContext('webgl2') ? 'webgl2' : canvas.getContext('webgl') ? 'webgl' : 'none';
    });
    expect(['webgl', 'webgl2']).toContain(renderer);
    expect(await session.api((t) => t.state())).toBeNull();
    expect(await session.screen()).toBe('title');
    await session.shotBothSizes('title');
    session.expectClean();
  });

  it('asks for one WebGL context, before its code has run, at the game’s size, and draws the game with it', async () => {
    session = await open();
    await session.page.addInitScript(`(() => {
      const made = (window.glContexts = []);
      const own = HTMLCanvasElement.prototype.getContext;
      const had = new WeakSet();
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        const context = own.call(this, type, ...rest);
        if (context && /webgl/.test(type) && !had.has(this)) {
          had.add(this);
          made.push({ canvas: this, at: performance.now(), size: [this.width, this.height] });
        }
        return context;
      };
      const extensions = (window.glExtensions = []);
      const getExtension = WebGLRenderingContext.prototype.getExtension;
      WebGLRenderingContext.prototype.getExtension = function (name) {
        extensions.push(name);
        return getExtension.call(this, name);
      };
    })()`);
    await session.boot();
    const seen = await session.page.evaluate((codeReady) => {
      const { glContexts: made, glExtensions } = window as unknown as {
        glContexts: { canvas: HTMLCanvasElement; at: number; size: number[] }[];
        glExtensions: string[];
      };
      const canvas = document.querySelector<HTMLCanvasElement>('#game canvas')!;
      return {
        count: made.length,
        askedAt: made[0]?.at ?? NaN,
        madeAt: made[0]?.size,
        size: [canvas.width, canvas.height],
        compressed: glExtensions.filter((name) =>
          /compressed_texture|texture_compression/.test(name),
        ),
        codeAt: performance.getEntriesByName(codeReady)[0]!.startTime,
        drawsWithIt: made[0]?.canvas === document.querySelector('#game canvas'),
        canvases: document.querySelectorAll('canvas').length,
        shown: !(document.querySelector('#game canvas') as HTMLCanvasElement).hidden,
      };
    }, CODE_READY_MARK);
    // Phaser's own check for WebGL would make a second context and throw it away.
    expect(seen.count).toBe(1);
    expect(seen.askedAt).toBeLessThan(seen.codeAt);
    // Made at the size the game gives it: resizing it would reallocate its drawing buffer.
    expect(seen.madeAt).toEqual(seen.size);
    expect(seen.size).toEqual([1280, 720]);
    // The game loads no compressed textures, so it does not wait on the GPU to list their formats.
    expect(seen.compressed).toEqual([]);
    expect(seen.drawsWithIt).toBe(true);
    expect(seen.canvases).toBe(1);
    expect(seen.shown).toBe(true);
    session.expectClean();
  });

  it('starts from data the page read while its code loaded, and decodes no picture to start', async () => {
    session = await open();
    await session.page.addInitScript(`(() => {
      const decoded = (window.imagesDecoded = []);
      const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
      Object.defineProperty(HTMLImageElement.prototype, 'src', {
        ...src,
        set(value) {
          decoded.push(String(value));
          src.set.call(this, value);
        },
      });
    })()`);
    await session.boot();
    const seen = await session.page.evaluate((global) => {
      const w = window as unknown as Record<string, unknown>;
      return {
        decoded: w.imagesDecoded as string[],
        unread: w[global] instanceof Map ? [...w[global].keys()] : ['no readings at all'],
        scenarios: performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name).pathname)
          .filter((path) => /\/(summer-2025|classroom-45|road-to-apec)-[\w-]+\.json$/.test(path)),
      };
    }, EARLY_DATA_GLOBAL);
    // Phaser's blank, missing and white textures are made, not decoded from PNGs the first frame waits for.
    const defaults = phaserDefaultImages();
    expect(defaults).toHaveLength(3);
    expect(seen.decoded.filter((image) => defaults.includes(image))).toEqual([]);
    // The page's script read every bundled scenario, and the game took each reading: one fetch of each.
    expect(seen.unread).toEqual([]);
    expect(seen.scenarios).toHaveLength(3);
    expect(new Set(seen.scenarios).size).toBe(3);
    // The game those readings built plays.
    await session.api((t) => t.newGame({ seed: 5 }));
    await session.waitForScreen('briefing');
    session.expectClean();
  });

  it('says "Loading" only when the code is slow to come, and is gone once the Title is drawn', async () => {
    session = await open();
    // The game's code is held back until the page has said it is loading.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await session.page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await session.page.goto(inject('gameUrl'), { waitUntil: 'commit' });
    const message = session.page.locator('#boot-message');
    await message.waitFor({ state: 'attached' });
    const early = await message.evaluate((m) => ({
      at: performance.now(),
      display: getComputedStyle(m).display,
    }));
    // A fast load draws the Title before the message would show: nothing flashes up meanwhile.
    if (early.at < 800) expect(early.display).toBe('none');
    await message.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await message.textContent()).toBe('Loading Tightrope…');
    release();
    await session.waitForGame();
    session.expectClean();
  });

  it('a start that fails says why at once, in place of the game', async () => {
    session = await open();
    await session.page.route(/summer-2025-[\w-]+\.json$/, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    );
    // Read as the words change: the message must show with them, not a moment later. Watched from the start
    // of the page: the failure can come before the page has finished loading.
    await session.page.addInitScript(`(() => {
      new MutationObserver(() => {
        const message = document.getElementById('boot-message');
        if (!message || !/could not start/.test(message.textContent)) return;
        window.bootFailure ??= {
          text: message.textContent,
          display: getComputedStyle(message).display,
        };
      }).observe(document, { childList: true, characterData: true, subtree: true });
    })()`);
    await session.page.goto(inject('gameUrl'));
    await session.page.waitForFunction(() => 'bootFailure' in window, undefined, {
      timeout: 20_000,
    });
    const failure = await session.page.evaluate(
      () => (window as unknown as { bootFailure: { text: string; display: string } }).bootFailure,
    );
    expect(failure.text).toMatch(
      /^Tightrope could not start: the scenario file .*summer-2025-[\w-]+\.json could not be loaded \(HTTP 404\)\. Try reloading the page\.$/,
    );
    expect(failure.display).toBe('flex');
    expect(await session.page.locator('#boot-message').isVisible()).toBe(true);
    expect(await session.page.locator('canvas').count()).toBe(0);
    // The refused file and the page's report of it are this test's doing; nothing else may go wrong.
    const expected = (p: string) =>
      /summer-2025|status of 404|could not start|could not be loaded/.test(p);
    expect(session.problems.filter(expected).length).toBeGreaterThan(0);
    expect(session.problems.filter((p) => !expected(p))).toEqual([]);
  });

  it('draws nothing before the Title, whose first frame waits for no shader to compile', async () => {
    session = await open();
    // As text: the TypeScript runner would wrap a function in helpers the page does not have.
    await session.page.addInitScript(`(() => {
      const log = (window.glLog = []);
      const note = (P, name) => {
        const own = P[name];
        P[name] = function (...args) {
          log.push([name, performance.now()]);
          return own.apply(this, args);
        };
      };
      for (const P of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype])
        for (const name of ['linkProgram', 'clear', 'drawElements', 'drawArrays']) note(P, name);
      const frame = window.requestAnimationFrame;
      window.requestAnimationFrame = (callback) =>
        frame.call(window, (time) => {
          log.push(['frame', performance.now()]);
          callback(time);
        });
    })()`);
    // The default scenario comes late, so the Preloader waits some frames for it.
    await session.context.route(/summer-2025-[\w-]+\.json$/, async (route) => {
      await new Promise((done) => setTimeout(done, 500));
      await route.continue();
    });
    await session.boot();
    const { log, drawn } = await session.page.evaluate(() => ({
      log: (window as unknown as { glLog: [string, number][] }).glLog,
      drawn: performance.getEntriesByName('screen:title')[0]!.startTime,
    }));
    const before = log.filter(([, at]) => at <= drawn);
    const frames = before.filter(([name]) => name === 'frame').map(([, at]) => at);
    const titleFrame = frames.at(-1)!;
    const callsBetween = (names: string[], from: number, to: number) =>
      before.filter(([name, at]) => names.includes(name) && at >= from && at <= to).length;
    // The Title's frame draws; the frames before it (the Preloader's, which had nothing to show) neither drew
    // nor cleared anything. (Phaser clears the canvas once as it starts, before any frame.)
    expect(frames.length).toBeGreaterThan(1);
    expect(callsBetween(['drawElements', 'drawArrays'], titleFrame, drawn)).toBeGreaterThan(0);
    expect(callsBetween(['clear', 'drawElements', 'drawArrays'], frames[0]!, titleFrame)).toBe(0);
    // Its shader programs, one for shapes and one for pictures and texts, were started before it: the frame
    // links none.
    expect(callsBetween(['linkProgram'], 0, titleFrame)).toBeGreaterThanOrEqual(2);
    expect(callsBetween(['linkProgram'], titleFrame, drawn)).toBe(0);
    session.expectClean();
  });

  it('draws again, in the game font, each text first drawn before its font file had arrived', async () => {
    session = await open(WIDE, false, 'ko-KR');
    await session.recordDrawnLines();
    await session.boot();
    await session.page.waitForFunction(() => document.fonts.status === 'loaded');
    await session.settle(500);
    // A line drawn before its font was whole, and not drawn again since, although the font is whole now.
    // (A character two files cover leaves the font never whole for it: the browser used the one it had.)
    const lines = await session.drawnLines();
    const redrawn = (l: DrawnLine, at: number) =>
      lines.some((m, j) => j > at && m.ready && m.text === l.text && m.font === l.font);
    const early = lines.filter((l) => !l.ready);
    const stale = await session.page.evaluate(
      (candidates) =>
        candidates.filter((l) => document.fonts.check(l.font, l.text)).map((l) => l.text),
      lines.filter((l, at) => !l.ready && !redrawn(l, at)),
    );
    // The Korean Title needs Hangul from many files, more than the page loads before it.
    expect(early.length).toBeGreaterThan(0);
    expect(stale).toEqual([]);
    session.expectClean();
  });

  it('a text redrawn in a font file that arrived late reaches the canvas, not only its own texture', async () => {
    session = await open();
    // The file with the Title's curly quotes comes with another weight's glyphs, so its arrival changes
    // pixels this machine's stand-in font would not. (The files' names end in the build's hash of each.)
    const bold = await builtFontFile(session, 'noto-sans-kr-99-700-normal');
    await session.context.route(/noto-sans-kr-99-400-normal-[\w-]+\.woff2$/, async (route) => {
      await route.fulfill({ response: await route.fetch({ url: bold }) });
    });
    await session.boot();
    await session.page.waitForFunction(() => document.fonts.status === 'loaded');
    await session.expectPartsMatchWhole('title-late-font');
    session.expectClean();
  });

  it('G switches the interface to Korean, fetching its words only then, and the choice survives a reload', async () => {
    session = await open();
    const scripts: string[] = [];
    session.page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    await session.boot();
    expect(scripts.some((s) => /\/ko-[\w-]+\.js$/.test(s))).toBe(false);
    await session.press('g', 800);
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('ko');
    expect(scripts.some((s) => /\/ko-[\w-]+\.js$/.test(s))).toBe(true);
    await session.shotBothSizes('title-korean');
    await session.reload();
    expect(
      await session.page.evaluate(() => [
        document.documentElement.lang,
        localStorage.getItem('tightrope.language'),
      ]),
    ).toEqual(['ko', 'ko']);
    session.expectClean();
  });

  it('fetches the board’s map only once the Title is drawn, and the board draws it', async () => {
    session = await open();
    await session.recordDrawnLines();
    await session.boot();
    const fetched = await session.page.evaluate(() => ({
      map: performance
        .getEntriesByType('resource')
        .find((r) => /northeast-asia-[\w-]+\.json$/.test(r.name))?.startTime,
      title: performance.getEntriesByName('screen:title')[0]!.startTime,
    }));
    expect(fetched.map).toBeGreaterThan(fetched.title);
    await newGameToBoard(session);
    const lines = (await session.drawnLines()).map((l) => l.text);
    expect(lines).toContain('SEOUL');
    expect(lines).not.toContain('Map unavailable: showing capitals only.');
    session.expectClean();
  });

  it('a map that cannot be fetched leaves the board saying so, its capitals still there', async () => {
    session = await open();
    await session.page.route(/northeast-asia-[\w-]+\.json$/, (route) =>
      route.fulfill({ status: 404, body: 'gone' }),
    );
    await session.recordDrawnLines();
    await session.boot();
    await newGameToBoard(session);
    await session.waitForDrawnLine('Map unavailable: showing capitals only.');
    expect((await session.drawnLines()).map((l) => l.text)).toContain('SEOUL');
    // The refused file is this test's doing; nothing else may go wrong.
    const expected = (p: string) => /northeast-asia|status of 404/.test(p);
    expect(session.problems.filter((p) => !expected(p))).toEqual([]);
  });

  it('a reload mid-game resumes with Continue (C) at the same state hash', async () => {
    session = await open();
    await session.boot();
    const before = await session.api((t) => {
      t.newGame({ seed: 11 });
      const offer = () => t.legal().find((a) => a.type === 'offer');
      t.act(offer() ?? { type: 'endTurn' });
      if (t.state()!.pending) t.act({ type: 'walkAway' });
      t.act({ type: 'endTurn' });
      t.act(offer() ?? { type: 'endTurn' });
      return t.summary()!;
    });
    expect(before.actions).toBeGreaterThanOrEqual(3);
    await session.reload();
    expect(await session.api((t) => t.state())).toBeNull();
    await session.press('c', 'board');
    const after = await session.api((t) => t.summary());
    expect(after?.hash).toBe(before.hash);
    await session.shotBothSizes('board-resumed');
    session.expectClean();
  });

  it('a damaged save is set aside, kept for download, and the Title says so', async () => {
    session = await open();
    await session.boot();
    await session.page.evaluate(() => localStorage.setItem('tightrope.save', '{broken'));
    await session.reload();
    await session.press('c');
    const stored = await session.page.evaluate(() => ({
      save: localStorage.getItem('tightrope.save'),
      setAside: localStorage.getItem('tightrope.save.set-aside'),
    }));
    expect(stored).toEqual({ save: null, setAside: '{broken' });
    expect(await session.api((t) => t.state())).toBeNull();
    await session.shotBothSizes('title-damaged-save');
    session.expectClean();
  });
});
