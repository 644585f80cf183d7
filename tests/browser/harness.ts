// Drives the built game in Debian's Chromium: fresh context per test, every console error and stray request recorded.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import type { Screen, TightropeApi } from '../../src/store';
import { FONT_FETCH_MARK } from '../../src/game/marks';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { busyness, decodePng } from './png';

export { CHROMIUM };

/** Software WebGL reports this on every read-back of the canvas; it is a driver note, not a fault of the game. */
const HARMLESS_CONSOLE = [/GPU stall due to ReadPixels/];
/** What Chromium says of a font file it fetched and could not use. */
const FONT_REFUSED = /Failed to decode downloaded font|OTS parsing error/;

/** A line of text the canvas drew (see `GameSession.recordDrawnLines`). */
export interface DrawnLine {
  text: string;
  font: string;
  ready: boolean;
}

/** Focuses a control in the hidden accessible layer (which then shows itself, as it does for keyboard players) and clicks it. */
export async function useInLayer(control: Locator): Promise<void> {
  await control.focus();
  await control.click();
}

export const WIDE = { width: 1280, height: 720 };
export const SMALL = { width: 1024, height: 600 };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = join(ROOT, 'screenshots');

/** Fails loudly (never skips) when the browser is missing: CI installs it, and a silent skip would hide it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${CHROMIUM}, and it is not installed. ` +
        'Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

let browser: Promise<Browser> | null = null;

/** One Chromium for the whole run (each test still gets a fresh context); closed by the entry file. */
export function sharedBrowser(): Promise<Browser> {
  browser ??= launchChromium();
  return browser;
}

export async function closeSharedBrowser(): Promise<void> {
  const launched = browser;
  browser = null;
  await (await launched?.catch(() => null))?.close();
}

/** The game is served on the loopback only; anything else means the game tried to go online. */
function onHost(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

export class GameSession {
  /** Console errors, page errors, failed and off-host requests: every test expects none. */
  readonly problems: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(
    browser: Browser,
    viewport = WIDE,
    touch = false,
    locale = 'en-GB',
  ): Promise<GameSession> {
    const context = await browser.newContext({
      viewport,
      acceptDownloads: true,
      hasTouch: touch,
      isMobile: false,
      locale,
    });
    const session = new GameSession(context, await context.newPage());
    await session.watch();
    return session;
  }

  private async watch(): Promise<void> {
    const { page, problems } = this;
    await this.context.route(
      (url) => !onHost(url.href),
      (route) => route.abort('blockedbyclient'),
    );
    page.on('request', (r) => {
      if (!onHost(r.url())) problems.push(`off-host request: ${r.url()}`);
    });
    page.on('requestfailed', (r) => {
      if (onHost(r.url())) problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && !HARMLESS_CONSOLE.some((re) => re.test(m.text()))) {
        problems.push(`console error: ${m.text()}`);
      }
      // Said as a warning, yet its characters then come from another font or show as empty boxes.
      if (m.type() === 'warning' && FONT_REFUSED.test(m.text())) {
        problems.push(`font refused: ${m.text()}`);
      }
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  }

  /**
   * From the next page load on, records every line of text the canvas draws, and whether the font had every
   * file its characters need at that moment (read back with `drawnLines`).
   */
  async recordDrawnLines(): Promise<void> {
    // As text: the TypeScript runner would wrap a function in helpers the page does not have.
    await this.page.addInitScript(`(() => {
      const lines = [];
      const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        const s = String(text);
        if (s.trim()) lines.push({ text: s, font: this.font, ready: document.fonts.check(this.font, s) });
        return fill.call(this, text, ...rest);
      };
      window.drawnLines = lines;
    })()`);
  }

  /** Forgets the lines drawn so far, so a wait that follows sees only what is drawn from now on. */
  async forgetDrawnLines(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { drawnLines: DrawnLine[] }).drawnLines.length = 0;
    });
  }

  /**
   * Waits until the canvas draws `text` as a line (after `recordDrawnLines`), e.g. a value a tap changed; if it
   * never does, fails naming the line and what was drawn instead.
   */
  async waitForDrawnLine(text: string): Promise<void> {
    try {
      await this.page.waitForFunction(
        (want) =>
          (window as unknown as { drawnLines: DrawnLine[] }).drawnLines.some(
            (l) => l.text === want,
          ),
        text,
        { timeout: 5_000 },
      );
    } catch {
      const drawn = (await this.drawnLines()).map((l) => l.text);
      throw new Error(
        `the canvas never drew "${text}"; it drew ${drawn.length} lines since: ${JSON.stringify(drawn.slice(-12))}`,
      );
    }
  }

  drawnLines(): Promise<DrawnLine[]> {
    return this.page.evaluate(() => (window as unknown as { drawnLines: DrawnLine[] }).drawnLines);
  }

  /**
   * Waits until the font files the game fetches after its first screen (a while after it) have arrived
   * and the texts they change are redrawn: from then on, no text is drawn again for a font.
   */
  async fontsSettled(): Promise<void> {
    await this.page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      FONT_FETCH_MARK,
      { timeout: 15_000 },
    );
    await this.page.waitForFunction(() => document.fonts.status === 'loaded');
    await this.settle(300);
  }

  /** Loads the game and waits until the Title has drawn. */
  async boot(): Promise<void> {
    await this.page.goto(inject('gameUrl'));
    await this.waitForGame();
  }

  /** The screen that last drew its first frame (the director marks it on <html data-screen>). */
  screen(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.screen);
  }

  /** Waits until `screen` has drawn, then lets its opening motion settle. */
  async waitForScreen(screen: Screen, settle = 300): Promise<void> {
    await this.page.waitForFunction((s) => document.documentElement.dataset.screen === s, screen, {
      timeout: 15_000,
    });
    await this.settle(settle);
  }

  /** Reloads the page; loads the old page had in flight are cancelled by the reload, which is no fault. */
  async reload(): Promise<void> {
    const from = this.problems.length;
    await this.page.reload();
    await this.waitForGame();
    const during = this.problems.splice(from);
    this.problems.push(...during.filter((p) => !/^failed request: .*net::ERR_ABORTED/.test(p)));
  }

  /** Waits until the game has started (its API is there, the boot message gone) and the Title has drawn. */
  async waitForGame(): Promise<void> {
    await this.page.waitForFunction(
      () => window.tightrope !== undefined && document.getElementById('boot-message') === null,
      undefined,
      { timeout: 20_000 },
    );
    await this.waitForScreen('title');
  }

  /**
   * From the turn summary that API play leaves showing before the last End turn: on to the board, end the
   * last turn with the keyboard, then continue to the debrief. `onFinalSummary` runs on the final summary.
   */
  async endLastTurnToDebrief(onFinalSummary?: () => Promise<void>): Promise<void> {
    expect((await this.api((t) => t.summary()))!.over).toBe(false);
    await this.waitForScreen('summary');
    await this.press('Enter');
    await this.page.waitForFunction(() =>
      ['events', 'board'].includes(document.documentElement.dataset.screen ?? ''),
    );
    if ((await this.screen()) === 'events') await this.press('b', 'board');
    await this.settle(300);
    await this.press('e', 'summary');
    expect((await this.api((t) => t.summary()))!.over).toBe(true);
    await onFinalSummary?.();
    await this.press('Enter', 'debrief');
  }

  settle(ms = 450): Promise<void> {
    return this.page.waitForTimeout(ms);
  }

  /** Presses a key as a player would; then waits for the screen it should lead to, or a moment. */
  async press(key: string, then: Screen | number = 300): Promise<void> {
    await this.page.keyboard.press(key);
    if (typeof then === 'number') await this.settle(then);
    else await this.waitForScreen(then);
  }

  /** Runs `play` in the page with window.tightrope; it must return plain data. */
  api<T, A = undefined>(play: (t: TightropeApi, arg: A) => T, arg?: A): Promise<T> {
    return this.page.evaluate(
      ({ source, arg }) => {
        const run = new Function(`return (${source})`)() as (t: unknown, a: unknown) => T;
        return run(window.tightrope, arg);
      },
      { source: play.toString(), arg },
    );
  }

  /** Saves a screenshot as screenshots/<name>-<w>x<h>.png and checks that something was drawn. */
  async shot(name: string): Promise<void> {
    const size = this.page.viewportSize()!;
    mkdirSync(SCREENSHOTS, { recursive: true });
    const png = await this.page.screenshot();
    writeFileSync(join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`), png);
    const { colours, drawnShare } = busyness(decodePng(png));
    expect(colours, `${name}: the screen looks blank (${colours} colours)`).toBeGreaterThan(40);
    expect(drawnShare, `${name}: the screen looks blank`).toBeGreaterThan(0.03);
  }

  /**
   * Frames after the first redraw only the parts of the canvas that changed. Once the screen's motion has
   * ended, it must look exactly as it does drawn whole, which a resize forces.
   */
  async expectPartsMatchWhole(name: string): Promise<void> {
    await this.settle(2500);
    const parts = await this.page.screenshot();
    await this.page.setViewportSize(SMALL);
    await this.settle(350);
    await this.page.setViewportSize(WIDE);
    await this.settle(800);
    const whole = await this.page.screenshot();
    const a = decodePng(parts).pixels;
    const b = decodePng(whole).pixels;
    let differing = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differing++;
    if (differing > 0) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(join(SCREENSHOTS, `${name}-drawn-in-parts.png`), parts);
      writeFileSync(join(SCREENSHOTS, `${name}-drawn-whole.png`), whole);
    }
    expect(differing, `${name}: drawn in parts, then whole, the canvas differs`).toBe(0);
  }

  /** The same screen at 1280×720 and at 1024×600, then back to 1280×720. */
  async shotBothSizes(name: string): Promise<void> {
    await this.shot(name);
    await this.page.setViewportSize(SMALL);
    await this.settle(350);
    await this.shot(name);
    await this.page.setViewportSize(WIDE);
    await this.settle(350);
  }

  expectClean(): void {
    expect(this.problems, 'console errors or failed / off-host requests').toEqual([]);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/**
 * Plays up to the last turn: up to two offers a turn (walking away from counters), then ends the turn.
 * Stops before the final end of turn, which the test presses on the Board, so the screens run as a player sees them.
 */
export function playToLastTurn(t: TightropeApi): number {
  let moves = 0;
  while (!t.summary()!.over && moves < 500) {
    const state = t.state()!;
    const last = state.turn >= t.summary()!.turns;
    const offer = t.legal().find((a) => a.type === 'offer');
    if (state.pending) t.act({ type: 'walkAway' });
    else if (offer && state.actions.length < 2) t.act(offer);
    else if (last) break;
    else t.act({ type: 'endTurn' });
    moves++;
  }
  return moves;
}

/**
 * A suite's sessions: each test opens one on the shared browser, and it is closed after the test.
 * Call once at the top of a `describe`.
 */
export function suiteSessions(): (
  viewport?: { width: number; height: number },
  touch?: boolean,
  locale?: string,
) => Promise<GameSession> {
  let current: GameSession | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (viewport = WIDE, touch = false, locale = 'en-GB') => {
    current = await GameSession.open(await sharedBrowser(), viewport, touch, locale);
    return current;
  };
}
