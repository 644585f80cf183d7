// Browser figures for npm run bench: boot time and shipped JS against a blank Phaser 4 page built the same way,
// JS heap after five games against after one, and frame rate on each screen.
import { readdirSync, readFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browser/chromium';
import { freePort } from '../tests/browser/ports';
import { CODE_READY_MARK, TITLE_BUILDING_MARK } from '../src/game/marks';

const ROOT = new URL('..', import.meta.url).pathname;
// Memory figures need precise heap sizes and a way to collect garbage before reading them.
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];

export interface BrowserFigure {
  name: string;
  value: number;
  unit: string;
  goal: string;
  met: boolean;
}

async function buildAndServe(root: string, outDir: string): Promise<PreviewServer> {
  const configFile = join(ROOT, 'vite.config.ts');
  await build({ root, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  return preview({
    root,
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
}

/** Gzipped bytes of the build's JS files; only those named in `only` (paths inside the build) when given. */
function gzippedJs(dir: string, only?: ReadonlySet<string>): number {
  let total = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js') && (!only || only.has(path.slice(dir.length))))
        total += gzipSync(readFileSync(path), { level: 9 }).length;
    }
  };
  walk(dir);
  return total;
}

function urlOf(server: PreviewServer): string {
  return server.resolvedUrls!.local[0]!;
}

/** One page's boot: where its time went, up to its first Title frame, and the JS it fetched. */
interface Boot {
  /** Medians, in ms from navigation: the code downloaded and running, the Title building, its first frame. */
  phases: { code: number; building: number; frame: number };
  /** Each round's first-frame time, in the order the rounds ran. */
  frames: number[];
  scripts: Set<string>;
}

/** Rounds of boot timing: one fresh load of each page per round. */
const BOOT_ROUNDS = 15;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * Milliseconds from navigation to the first frame the Title screen drew (over BOOT_ROUNDS fresh loads per page),
 * and the JS files each page fetched on the way — what a player downloads before the game is usable. The pages
 * load in turn, one of each per round, so a machine that speeds up or slows down meanwhile slows them alike.
 */
async function bootTimes(browser: Browser, urls: readonly string[]): Promise<Boot[]> {
  const runs = urls.map(() => ({
    code: [] as number[],
    building: [] as number[],
    frame: [] as number[],
  }));
  const scripts = urls.map(() => new Set<string>());
  for (let round = 0; round < BOOT_ROUNDS; round++) {
    for (const [i, url] of urls.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(
        () => document.documentElement.dataset.screen === 'title',
        undefined,
        { timeout: 30_000 },
      );
      // Read in the page, as text (see heapAfterGames): a mark the page did not set reads as NaN.
      const at = await page.evaluate<{ code: number; building: number; frame: number }>(
        `(() => ({ code: performance.getEntriesByName(${JSON.stringify(CODE_READY_MARK)})[0]?.startTime ?? NaN,
          building: performance.getEntriesByName(${JSON.stringify(TITLE_BUILDING_MARK)})[0]?.startTime ?? NaN,
          frame: performance.getEntriesByName('screen:title')[0].startTime }))()`,
      );
      runs[i]!.code.push(at.code);
      runs[i]!.building.push(at.building);
      runs[i]!.frame.push(at.frame);
      // Only what was fetched before the title was drawn: code loaded after it does not delay the player.
      const fetched = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime })),
      );
      for (const r of fetched) {
        const path = new URL(r.name).pathname;
        if (path.endsWith('.js') && r.start < at.frame) scripts[i]!.add(path);
      }
      await context.close();
    }
  }
  return runs.map((run, i) => {
    const phases = {
      code: median(run.code),
      building: median(run.building),
      frame: median(run.frame),
    };
    return { phases, frames: run.frame, scripts: scripts[i]! };
  });
}

// Page scripts are passed as text: the TypeScript runner would otherwise wrap named functions in helpers
// that do not exist inside the page.
async function heapAfterGames(page: Page, games: number): Promise<number> {
  await page.evaluate(`(() => {
    for (let g = 0; g < ${games}; g++) {
      window.tightrope.newGame({ seed: 1000 + g });
      for (let i = 0; i < 400 && !window.tightrope.summary().over; i++) {
        const legal = window.tightrope.legal();
        window.tightrope.act(legal[(i * 7) % legal.length]);
      }
    }
  })()`);
  await page.waitForTimeout(1500);
  return page.evaluate<number>('(gc(), performance.memory.usedJSHeapSize)');
}

/** Frames drawn per second over one second on the screen now showing. */
function framesPerSecond(page: Page): Promise<number> {
  return page.evaluate<number>(`new Promise((done) => {
    let frames = 0;
    const start = performance.now();
    const tick = () => {
      frames++;
      if (performance.now() - start < 1000) requestAnimationFrame(tick);
      else done((frames * 1000) / (performance.now() - start));
    };
    requestAnimationFrame(tick);
  })`);
}

async function screenRates(browser: Browser, url: string): Promise<Record<string, number>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(url);
  const on = (screen: string) =>
    page.waitForFunction((s) => document.documentElement.dataset.screen === s, screen, {
      timeout: 30_000,
    });
  const rates: Record<string, number> = {};
  await on('title');
  rates.title = await framesPerSecond(page);
  await page.evaluate('window.tightrope.newGame({ seed: 5 })');
  await on('briefing');
  rates.briefing = await framesPerSecond(page);
  // Begin the turn: its news comes first, then the board, then a negotiation with the first capital.
  for (const [key, screen] of [
    ['Enter', 'events'],
    ['b', 'board'],
    ['1', 'negotiation'],
  ] as const) {
    await page.keyboard.press(key);
    await on(screen);
    rates[screen] = await framesPerSecond(page);
  }
  await page.keyboard.press('Escape');
  await on('board');
  await page.evaluate("window.tightrope.act({ type: 'endTurn' })");
  await on('summary');
  rates['turn summary'] = await framesPerSecond(page);
  await page.evaluate(() => {
    for (let i = 0; i < 50 && !window.tightrope.summary()!.over; i++)
      window.tightrope.act({ type: 'endTurn' });
  });
  await on('summary');
  await page.keyboard.press('Enter');
  await on('debrief');
  rates.debrief = await framesPerSecond(page);
  await context.close();
  return rates;
}

export async function browserFigures(): Promise<BrowserFigure[]> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `the browser figures need Debian's Chromium at ${CHROMIUM} (apt-get install -y chromium)`,
    );
  const scratch = mkdtempSync(join(tmpdir(), 'tightrope-bench-'));
  const gameDir = join(scratch, 'game');
  const blankDir = join(scratch, 'blank');
  const game = await buildAndServe(ROOT, gameDir);
  const blank = await buildAndServe(join(ROOT, 'bench/blank'), blankDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const figures: BrowserFigure[] = [];
    const [blankRun, gameRun] = await bootTimes(browser, [urlOf(blank), urlOf(game)]);
    const [blankBoot, gameBoot] = [blankRun!.phases.frame, gameRun!.phases.frame];
    // The ratio of each round's two loads, then their median: a round the whole machine ran slow counts as
    // one round, where a ratio of the two medians could pair a fast load of one page with a slow one of the other.
    const bootRatio = median(
      gameRun!.frames.map((frame, round) => frame / blankRun!.frames[round]!),
    );
    figures.push({
      name: 'boot to first Title frame ÷ blank Phaser page',
      value: bootRatio,
      unit: `× (median of ${BOOT_ROUNDS} rounds; ${gameBoot.toFixed(0)} ms vs ${blankBoot.toFixed(0)} ms)`,
      goal: '≤ 1.25×',
      met: bootRatio <= 1.25,
    });
    // Where the difference lies: the code arriving and running, the page's start-up up to the Title building
    // its screen (Phaser's own, the data), and the building and drawing of that screen.
    const stages = (boot: Boot) => {
      const { code, building, frame } = boot.phases;
      return [code, building - code, frame - building];
    };
    const [g, b] = [stages(gameRun!), stages(blankRun!)];
    const said = (i: number) => `${g[i]!.toFixed(0)} vs ${b[i]!.toFixed(0)}`;
    figures.push({
      name: 'boot, game minus blank page',
      value: Math.round(gameBoot - blankBoot),
      unit: `ms (code to running ${said(0)} ms, start-up ${said(1)} ms, Title built and drawn ${said(2)} ms)`,
      goal: 'for information',
      met: true,
    });
    const bootJs = gzippedJs(gameDir, gameRun!.scripts);
    const blankJs = gzippedJs(blankDir, blankRun!.scripts);
    figures.push({
      name: 'gzipped JS loaded to the Title ÷ blank page',
      value: bootJs / blankJs,
      unit: `× (${(bootJs / 1024).toFixed(0)} KiB vs ${(blankJs / 1024).toFixed(0)} KiB)`,
      goal: '≤ 1.2×',
      met: bootJs / blankJs <= 1.2,
    });
    const allJs = gzippedJs(gameDir);
    figures.push({
      name: 'gzipped JS in the build, lazy parts too',
      value: allJs / blankJs,
      unit: `× (${(allJs / 1024).toFixed(0)} KiB; the tuning panel loads only when opened)`,
      goal: 'for information',
      met: true,
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(urlOf(game));
    await page.waitForFunction(() => document.documentElement.dataset.screen === 'title');
    const one = await heapAfterGames(page, 1);
    const five = await heapAfterGames(page, 4);
    await context.close();
    figures.push({
      name: 'JS heap after five games ÷ after one',
      value: five / one,
      unit: `× (${(five / 1048576).toFixed(1)} MiB vs ${(one / 1048576).toFixed(1)} MiB)`,
      goal: '< 1.10×',
      met: five / one < 1.1,
    });
    // The same renderer draws the blank page too: its rate is what software WebGL allows on this machine.
    const blankContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const blankPage = await blankContext.newPage();
    await blankPage.goto(urlOf(blank));
    await blankPage.waitForFunction(() => document.documentElement.dataset.screen === 'title');
    const blankFps = await framesPerSecond(blankPage);
    await blankContext.close();
    figures.push({
      name: 'frames per second, blank Phaser page',
      value: blankFps / 60,
      unit: `× 60 fps (${blankFps.toFixed(0)} fps: the renderer's ceiling here)`,
      goal: 'for information',
      met: true,
    });
    for (const [screen, fps] of Object.entries(await screenRates(browser, urlOf(game)))) {
      figures.push({
        name: `frames per second, ${screen} (software WebGL)`,
        value: fps / 60,
        unit: `× 60 fps (${fps.toFixed(0)} fps)`,
        goal: '≥ 1×',
        met: fps >= 57,
      });
    }
    return figures;
  } finally {
    await browser.close();
    await game.close();
    await blank.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
