// Touch alone: a student on a tablet taps from the title through the briefing to the board.
import { describe, expect, it } from 'vitest';
import { GameSession, suiteSessions, WIDE } from './harness';

describe('touch', () => {
  const open = suiteSessions();
  let session: GameSession;

  it('taps from the title through the briefing to the board, without mouse or keyboard', async () => {
    session = await open(WIDE, true);
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
    session.expectClean();
  });
});
