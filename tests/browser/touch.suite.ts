// Touch alone: a student on a tablet plays a whole turn by tapping; and a tap or click reaches the control drawn
// on top of the others under it, whichever part of the screen the last frame redrew.
import { describe, expect, it } from 'vitest';
import { GameSession, suiteSessions, WIDE } from './harness';

describe('touch and pointer', () => {
  const open = suiteSessions();
  let session: GameSession;

  it('plays a turn by touch alone: play, begin, negotiate, send an offer, end the turn', async () => {
    session = await open(WIDE, true);
    await session.recordDrawnLines();
    await session.boot();
    // Play sits at the top of the Title's right column; Begin at the Briefing's bottom right.
    await session.page.touchscreen.tap(1000, 337);
    await session.waitForScreen('briefing');
    await session.page.touchscreen.tap(1100, 677);
    const after = await session.screen();
    expect(['events', 'board']).toContain(after);
    if (after === 'events') {
      // "Skip to the board" on the news screen.
      await session.page.touchscreen.tap(836, 681);
      await session.waitForScreen('board');
    }
    expect(await session.api((t) => t.summary()!.turn)).toBe(1);
    // Washington's Negotiate button, then + on the troop-cost share three times, then Send offer.
    await session.page.touchscreen.tap(382, 577);
    await session.waitForScreen('negotiation');
    // Each tap must show its step on the lever ($1.5bn is "not in the package"; a step is $0.1bn).
    for (const amount of ['$1.6bn/yr', '$1.7bn/yr', '$1.8bn/yr']) {
      await session.forgetDrawnLines();
      await session.page.touchscreen.tap(366, 202);
      await session.waitForDrawnLine(amount);
    }
    await session.page.touchscreen.tap(945, 583);
    await session.page.waitForFunction(
      () => window.tightrope.state()!.log.some((a) => a.type === 'offer'),
      undefined,
      { timeout: 5_000 },
    );
    const offers = await session.api((t) => t.state()!.log.filter((a) => a.type === 'offer'));
    expect(offers).toEqual([
      {
        type: 'offer',
        to: 'washington',
        gives: [{ lever: 'sma-share', value: expect.any(Number) }],
        asks: [],
      },
    ]);
    // Back to the board, and End turn.
    await session.page.touchscreen.tap(90, 27);
    await session.waitForScreen('board');
    await session.page.touchscreen.tap(1107, 681);
    await session.waitForScreen('summary');
    expect(await session.api((t) => t.summary()!.turn)).toBe(2);
    session.expectClean();
  });

  it('a click on a lever’s + steps it, though the last frame redrew only another part of the screen', async () => {
    session = await open(WIDE);
    await session.recordDrawnLines();
    await session.boot();
    await session.press('Enter', 'briefing');
    await session.press('Enter');
    if ((await session.screen()) === 'events') await session.press('b', 'board');
    await session.waitForScreen('board');
    await session.press('1', 'negotiation'); // Washington, the first capital at the table on turn 1
    // Over another lever, the strip along the bottom explains it: the frame redraws that strip alone.
    await session.page.mouse.move(200, 540);
    await session.settle(300);
    for (const amount of ['$1.6bn/yr', '$1.7bn/yr']) {
      await session.forgetDrawnLines();
      await session.page.mouse.move(366, 202);
      await session.settle(200);
      await session.page.mouse.click(366, 202);
      await session.waitForDrawnLine(amount);
      // Away again, so the next click comes after another redraw of the strip alone.
      await session.page.mouse.move(200, 540);
      await session.settle(300);
    }
    session.expectClean();
  });
});
