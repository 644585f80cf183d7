// The designers' tuning panel: loaded only on demand, a weight's effect previewed, simulations in a worker, files.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { batchStats, POLICIES, simulate } from '../../src/ai';
import { compileRules } from '../../src/engine';
import { createGameStore, memoryStorage } from '../../src/store';
import { bundledScenarios } from '../../src/store/bundled-inline';
import { GameSession, suiteSessions, SMALL, WIDE } from './harness';

/** Loads the game with `?tune` and waits for the Title and the panel. */
async function bootTuning(session: GameSession): Promise<void> {
  await session.page.goto(`${inject('gameUrl')}?tune`);
  await session.page.waitForFunction(() => window.tightrope !== undefined, undefined, {
    timeout: 20_000,
  });
  await session.waitForScreen('title');
  await session.page.waitForSelector('#tuning-panel');
}

/** Seed 3, twelve moves: offers (countered ones walked away from) and ends of turn, into turn 4. */
async function playAWhile(session: GameSession): Promise<void> {
  await session.api((t) => {
    t.newGame({ seed: 3 });
    for (let i = 0; i < 12; i++) {
      const offer = t.legal().find((a) => a.type === 'offer');
      if (t.state()!.pending) t.act({ type: 'walkAway' });
      else if (offer && t.state()!.actions.length < 2) t.act(offer);
      else t.act({ type: 'endTurn' });
    }
  });
}

/** Types `value` into the text field beside the weight's slider, finding it through the filter box first. */
async function setWeight(session: GameSession, name: string, value: number): Promise<void> {
  const { page } = session;
  await page.fill('.tuning-filter', name);
  const field = page.locator(`[data-weight="${name}"] input`).first();
  await field.fill(String(value));
  await field.press('Enter');
  await page.fill('.tuning-filter', '');
}

/** Screenshots at both sizes with `selector` scrolled into the panel's view (the drawer scrolls, the page does not). */
async function shotScrolledTo(
  session: GameSession,
  selector: string,
  block: 'start' | 'end',
  name: string,
): Promise<void> {
  for (const size of [WIDE, SMALL]) {
    await session.page.setViewportSize(size);
    await session.settle(350);
    await session.page.evaluate(
      ({ selector, block }) => document.querySelector(selector)!.scrollIntoView({ block }),
      { selector, block },
    );
    await session.shot(name);
  }
  await session.page.setViewportSize(WIDE);
}

const preview = (session: GameSession) => session.page.textContent('#tuning-preview');
const status = (session: GameSession) => session.page.textContent('#tuning-sim-status');

describe('tuning panel', () => {
  const open = suiteSessions();
  let session: GameSession;

  it('is not downloaded until ` asks for it; ` and Esc close it', async () => {
    session = await open();
    const requested: string[] = [];
    session.page.on('request', (r) => requested.push(r.url()));
    await session.boot();
    const panelCode = () => requested.filter((url) => /\/assets\/panel-[^/]*\.js$/.test(url));
    expect(panelCode()).toEqual([]);
    expect(await session.page.$('#tuning-panel')).toBeNull();
    await session.press('Backquote', 0);
    await session.page.waitForSelector('#tuning-panel');
    expect(panelCode()).toHaveLength(1);
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe('tuning-panel');
    await session.press('Escape', 100);
    expect(await session.page.$('#tuning-panel')).toBeNull();
    expect(await session.screen()).toBe('title');
    await session.press('Backquote', 0);
    await session.page.waitForSelector('#tuning-panel');
    await session.press('Backquote', 100);
    expect(await session.page.$('#tuning-panel')).toBeNull();
    session.expectClean();
  });

  it('previews a weight typed into its field, names a refused action, and applies the tuning', async () => {
    session = await open();
    await bootTuning(session);
    expect(await preview(session)).toContain('No game in progress');
    await playAWhile(session);
    await session.waitForScreen('summary');
    await expect.poll(() => preview(session)).toMatch(/with these weights .*\(no change\)/);

    await setWeight(session, 'stability.us', 9);
    await expect
      .poll(() => preview(session))
      .toMatch(/Stability now [\d.]+ → with these weights [\d.]+ \(▲[\d.]+\)/);
    const row = session.page.locator('[data-weight="stability.us"]');
    expect(await row.getAttribute('class')).toContain('tuning-changed');
    expect(await row.textContent()).toContain('changed · default 4');
    expect(await session.page.textContent('#tuning-scenario')).toContain('1 weight changed');

    // Seed 3 makes a second offer to Washington in one turn: with patience 1 the rules refuse it.
    await setWeight(session, 'washington.patience', 1);
    await expect
      .poll(() => session.page.textContent('.tuning-warning'))
      .toMatch(/would refuse action \d+ .*patience/);
    await session.page.click('#tuning-apply');
    expect(await session.page.textContent('.tuning-section .tuning-message')).toMatch(
      /Not applied\. .*action \d+ would be refused/,
    );

    await setWeight(session, 'washington.patience', 3);
    await session.page.click('#tuning-apply');
    expect(await session.page.textContent('.tuning-section .tuning-message')).toContain('Applied');
    await expect.poll(() => preview(session)).toContain('(no change)');
    await session.page.evaluate(() => document.querySelector('.tuning-body')!.scrollTo(0, 0));
    await session.shotBothSizes('tuning-panel');
    session.expectClean();
  });

  it('simulates 200 games per policy in a worker while the page keeps answering, and draws the results', async () => {
    session = await open();
    await bootTuning(session);
    await session.page.fill('#tuning-games', '200');
    await session.page.click('#tuning-simulate');
    const started = Date.now();
    expect(await session.page.evaluate(() => 1)).toBe(1);
    const frame = await session.page.evaluate(
      () => new Promise<boolean>((done) => requestAnimationFrame(() => done(true))),
    );
    const answeredIn = Date.now() - started;
    const stillRunning = await session.page.evaluate(
      () => !(document.getElementById('tuning-cancel') as HTMLButtonElement).disabled,
    );
    expect(frame).toBe(true);
    expect(stillRunning, 'the run should still be going while the page answers').toBe(true);
    expect(answeredIn).toBeLessThan(1500);

    await expect
      .poll(() => status(session), { timeout: 40_000 })
      .toMatch(/^Done: 200 games × 4 policies/);
    const figures = await session.page.$$eval('.tuning-figure', (all) =>
      all.map((f) => ({
        policy: f.getAttribute('data-policy'),
        caption: f.querySelector('figcaption')!.textContent,
        bars: f.querySelectorAll('rect').length,
      })),
    );
    expect(figures.map((f) => f.policy)).toEqual(['random', 'greedy', 'hedge', 'bandwagon']);
    // The same seed and weights give the command line's distribution: npm run simulate reproduces the panel.
    const scenario = bundledScenarios()[0]!.scenario;
    for (const f of figures) {
      const policy = POLICIES.find((p) => p.name === f.policy)!;
      const expected = batchStats(
        simulate(compileRules(scenario), policy, { games: 200, seed: 1 }),
      );
      expect(f.caption).toContain(`mean ${expected.meanScore.toFixed(1)}`);
    }
    for (const f of figures) {
      expect(f.caption).toMatch(
        /200 games.*mean [\d.-]+ · p10 [\d.-]+ · p50 [\d.-]+ · p90 [\d.-]+/,
      );
      expect(f.bars).toBeGreaterThan(0);
    }
    expect(await session.page.locator('.tuning-legend li').count()).toBeGreaterThan(0);
    await shotScrolledTo(session, '#tuning-results', 'start', 'tuning-results');
    await shotScrolledTo(session, '.tuning-legend', 'end', 'tuning-endings');
    session.expectClean();
  });

  it('Cancel stops a long run for good', async () => {
    session = await open();
    await bootTuning(session);
    await session.page.fill('#tuning-games', '20000');
    await session.page.click('#tuning-simulate');
    await session.page.waitForFunction(() => {
      const bar = document.querySelector('.tuning-progress progress') as HTMLProgressElement | null;
      return bar !== null && bar.value > 0;
    });
    await session.page.click('#tuning-cancel');
    await expect.poll(() => status(session)).toMatch(/^Cancelled/);
    const progress = () =>
      session.page.$$eval('.tuning-progress progress', (all) =>
        all.map((p) => (p as HTMLProgressElement).value),
      );
    const before = await progress();
    await session.settle(600);
    expect(await progress()).toEqual(before);
    expect(await session.page.isEnabled('#tuning-simulate')).toBe(true);
    expect(await session.page.isDisabled('#tuning-cancel')).toBe(true);
    session.expectClean();
  });

  it('exports the changed weights as a file the store loads back, and shows a bad file its problems', async () => {
    session = await open();
    await bootTuning(session);
    await setWeight(session, 'rules.winSetFloor', 40);
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.click('#tuning-export'),
    ]);
    expect(download.suggestedFilename()).toBe('summer-2025.weights.json');
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(JSON.parse(text)).toEqual({
      $schema: './weights.schema.json',
      scenario: 'summer-2025',
      weights: { 'rules.winSetFloor': 40 },
    });
    const store = createGameStore({
      catalogue: bundledScenarios(),
      storage: memoryStorage(),
      randomSeed: () => 1,
    });
    expect(store.getState().loadWeightsText(text, 'exported').errors).toEqual([]);

    await session.page.click('#tuning-reset');
    expect(await session.page.textContent('#tuning-scenario')).toContain(
      'all weights at their defaults',
    );
    await session.page.setInputFiles('#tuning-load-input', path);
    await expect
      .poll(() => session.page.textContent('#tuning-file-status'))
      .toMatch(/Loaded .*1 weight differs/);
    expect(await session.page.textContent('#tuning-scenario')).toContain('1 weight changed');

    await session.page.setInputFiles('#tuning-load-input', {
      name: 'bad.weights.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "weights": { "rules.winSetFloor": 999, "no.such": 1 }\n}\n'),
    });
    await expect
      .poll(() => session.page.textContent('#tuning-file-status'))
      .toContain('was not loaded');
    const problems = await session.page.locator('.tuning-problems li').allTextContents();
    expect(problems.join('\n')).toMatch(/outside its range/);
    expect(problems.join('\n')).toMatch(/no weight "no\.such"/);
    expect(await session.page.textContent('#tuning-scenario')).toContain('1 weight changed');
    expect(
      await session.api((t) => (t as { loadAttempt?: () => unknown }).loadAttempt?.() ?? null),
    ).toBeNull();
    session.expectClean();
  });

  it('a reload keeps the tuning, the open panel and the simulation inputs', async () => {
    session = await open();
    await session.boot();
    await session.press('Backquote', 0);
    await session.page.waitForSelector('#tuning-panel');
    await setWeight(session, 'stability.economy', 7);
    await session.page.fill('#tuning-games', '321');
    await session.page.dispatchEvent('#tuning-games', 'change');
    await session.page.fill('#tuning-seed', '9');
    await session.page.dispatchEvent('#tuning-seed', 'change');
    await session.page.uncheck('input[name="tuning-policy"][value="random"]');

    await session.reload();
    await session.page.waitForSelector('#tuning-panel');
    expect(await session.page.getAttribute('[data-weight="stability.economy"]', 'class')).toContain(
      'tuning-changed',
    );
    expect(await session.page.inputValue('#tuning-games')).toBe('321');
    expect(await session.page.inputValue('#tuning-seed')).toBe('9');
    expect(await session.page.isChecked('input[name="tuning-policy"][value="random"]')).toBe(false);
    expect(await session.page.isChecked('input[name="tuning-policy"][value="greedy"]')).toBe(true);

    await session.page.focus('.tuning-filter');
    await session.press('Escape', 100);
    expect(await session.page.$('#tuning-panel')).toBeNull();
    await session.reload();
    await session.settle(300);
    expect(await session.page.$('#tuning-panel')).toBeNull();
    session.expectClean();
  });
});
