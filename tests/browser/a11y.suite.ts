// A whole turn through the accessibility tree alone (role locators, never the canvas), then axe on every screen.
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Screen } from '../../src/store';
import { GameSession, suiteSessions, playToLastTurn, useInLayer as use } from './harness';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

function onScreen(page: Page, ...screens: Screen[]): Promise<unknown> {
  return page.waitForFunction(
    (names) => names.includes(document.documentElement.dataset.screen as Screen),
    screens,
    { timeout: 15_000 },
  );
}

/** The screen's h1 in the layer, which takes the focus when the screen changes under a layer user. */
function screenHeading(page: Page, name: RegExp): Locator {
  return page.getByRole('heading', { level: 1, name });
}

/** From the news, if the turn opened with any (checked by `onNews` first), on to the board. */
async function throughTheNews(
  session: GameSession,
  onNews: () => Promise<void> = async () => {},
): Promise<void> {
  await onScreen(session.page, 'events', 'board');
  if ((await session.screen()) === 'events') {
    await onNews();
    await use(session.page.getByRole('button', { name: 'To the board' }));
  }
  await onScreen(session.page, 'board');
}

/** axe-core on the whole page; the serious and critical findings. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    type Found = {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: string[] }[];
    };
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Found[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('the accessible layer', () => {
  const open = suiteSessions();
  let session: GameSession;

  it('plays a whole turn with role locators alone, and the live region reads the result', async () => {
    session = await open();
    await session.boot();
    const { page } = session;
    const live = page.getByRole('status');

    await page.getByRole('radio', { name: 'Tightrope: the 2025 summit season' }).check();
    await use(page.getByRole('button', { name: 'Play', exact: true }));
    await onScreen(page, 'briefing');
    await expect
      .poll(() => screenHeading(page, /^Briefing/).evaluate((h) => h === document.activeElement))
      .toBe(true);
    await use(page.getByRole('button', { name: 'Begin turn 1' }));
    await throughTheNews(session);

    await use(page.getByRole('button', { name: 'Negotiate with Washington' }));
    await onScreen(page, 'negotiation');
    await expect(screenHeading(page, /Washington/).textContent()).resolves.toBe(
      'Negotiating with Washington',
    );
    const slider = page.getByRole('slider', { name: 'Troop-cost share (SMA)' });
    await slider.fill('2.5');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('$2.5bn/yr');
    await expect
      .poll(() => page.getByText(/^Washington: likely (ACCEPTS|COUNTERS|REFUSES)/).count())
      .toBe(1);
    await use(page.getByRole('button', { name: 'Send offer' }));
    await expect
      .poll(() =>
        page
          .getByRole('heading', { level: 2, name: /Washington (accepted|counters|refused)/ })
          .count(),
      )
      .toBe(1);
    const state = await session.api((t) => t.state());
    expect(state!.log[0]).toEqual({
      type: 'offer',
      to: 'washington',
      gives: [{ lever: 'sma-share', value: 2.5 }],
      asks: [],
    });
    await expect.poll(() => live.textContent()).toMatch(/Washington/);
    const take = page.getByRole('button', { name: 'Take it' });
    if ((await take.count()) > 0) {
      await use(take);
      await expect.poll(() => live.textContent()).toMatch(/counter-offer/);
    }
    await use(page.getByRole('button', { name: 'Back to the board' }));
    await onScreen(page, 'board');

    await use(page.getByRole('button', { name: 'End turn' }));
    await onScreen(page, 'summary');
    await expect
      .poll(() => live.textContent())
      .toMatch(/^Turn 1 ended\. Alliance Stability Index [\d.]+ → [\d.]+, .*Turn 2 of \d+ begins/);
    await expect(screenHeading(page, /ended/).textContent()).resolves.toBe('Turn 1 ended');
    await use(page.getByRole('button', { name: /^Continue to the (news|board)$/ }));
    await throughTheNews(session);
    expect((await session.api((t) => t.summary()))!.turn).toBe(2);
    await session.settle(300);
    session.expectClean();
  });

  it('asks before Play replaces a saved game, and Continue resumes it', async () => {
    session = await open();
    await session.boot();
    const { page } = session;
    await session.api((t) => t.newGame({ seed: 3 }));
    await session.api((t) => t.act({ type: 'endTurn' }));
    await session.reload();

    await use(page.getByRole('button', { name: 'Play a new game' }));
    const dialog = page.getByRole('dialog', { name: 'New game' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await use(dialog.getByRole('button', { name: 'No, keep my game' }));
    await expect(dialog.count()).resolves.toBe(0);
    expect(await session.screen()).toBe('title');

    await use(page.getByRole('button', { name: /^Continue — .* · Turn 2$/ }));
    await onScreen(page, 'board');
    expect((await session.api((t) => t.summary()))!.turn).toBe(2);
    session.expectClean();
  });

  it('keeps the display settings: text size, high contrast and motion, remembered over a reload', async () => {
    session = await open();
    await session.boot();
    const { page } = session;
    await use(page.getByRole('button', { name: 'Aa Display settings', exact: true }));
    await page.getByRole('slider', { name: 'Text size' }).fill('130');
    await page.getByRole('checkbox', { name: 'High contrast' }).check();
    await page.getByRole('combobox', { name: 'Motion' }).selectOption('reduce');
    const flags = () =>
      page.evaluate(() => ({
        contrast: document.documentElement.dataset.contrast,
        motion: document.documentElement.dataset.motion,
        scale: document.documentElement.style.getPropertyValue('--tightrope-text-scale'),
      }));
    expect(await flags()).toEqual({ contrast: 'high', motion: 'reduced', scale: '1.3' });
    await session.reload();
    expect(await flags()).toEqual({ contrast: 'high', motion: 'reduced', scale: '1.3' });
    session.expectClean();
  });

  it('speaks Korean once Korean is chosen in the layer, and redraws the screen showing in it', async () => {
    session = await open();
    await session.boot();
    const { page } = session;
    await use(page.getByRole('button', { name: '한국어' }));
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await expect.poll(() => screenHeading(page, /./).textContent()).toBe('외줄타기');
    await expect(page.locator('#tightrope-a11y').getAttribute('lang')).resolves.toBe('ko');
    expect(await page.getByRole('button', { name: '시작', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '가 화면 설정', exact: true }).count()).toBe(1);
    // The focus stays on the language control, now offering English back.
    const english = page.getByRole('button', { name: 'English' });
    await expect(english.evaluate((b) => b === document.activeElement)).resolves.toBe(true);

    await use(page.getByRole('button', { name: '시작', exact: true }));
    await onScreen(page, 'briefing');
    await expect.poll(() => screenHeading(page, /^브리핑/).count()).toBe(1);
    expect(await page.getByRole('button', { name: '1턴 시작' }).count()).toBe(1);

    // Remembered in this browser: the next visit opens in Korean.
    await session.reload();
    await expect.poll(() => screenHeading(page, /./).textContent()).toBe('외줄타기');
    session.expectClean();
  });

  it('has no serious or critical axe findings on any screen', async () => {
    session = await open();
    await session.boot();
    const { page } = session;
    const check = async (screen: string) => {
      // With the focus on the screen's heading the layer is shown, so its colours are checked too.
      await screenHeading(page, /./).focus();
      expect(await seriousViolations(page), screen).toEqual([]);
    };
    await check('title');
    await use(page.getByRole('button', { name: 'Aa Display settings', exact: true }));
    expect(await seriousViolations(page), 'display settings').toEqual([]);
    await page.keyboard.press('Escape');

    await use(page.getByRole('button', { name: 'Play', exact: true }));
    await onScreen(page, 'briefing');
    await check('briefing');
    let newsChecked = false;
    const checkNews = async () => {
      if (!newsChecked) await check('events');
      newsChecked = true;
    };
    await use(page.getByRole('button', { name: 'Begin turn 1' }));
    await throughTheNews(session, checkNews);
    await check('board');
    await use(page.getByRole('button', { name: 'Negotiate with Washington' }));
    await onScreen(page, 'negotiation');
    await check('negotiation');
    await page.getByRole('slider', { name: 'Troop-cost share (SMA)' }).fill('2');
    await use(page.getByRole('button', { name: 'Send offer' }));
    await check('negotiation answer');
    await use(page.getByRole('button', { name: 'Back to the board' }));
    await onScreen(page, 'board');
    await use(page.getByRole('button', { name: 'End turn' }));
    await onScreen(page, 'summary');
    await check('summary');
    await use(page.getByRole('button', { name: /^Continue to the (news|board)$/ }));
    await throughTheNews(session, checkNews);
    expect(newsChecked, 'no turn opened with news').toBe(true);

    await session.api(playToLastTurn);
    await session.api((t) => t.act({ type: 'endTurn' }));
    await onScreen(page, 'summary');
    await use(page.getByRole('button', { name: 'See the debrief' }));
    await onScreen(page, 'debrief');
    await check('debrief');
    session.expectClean();
  });
});
