// One whole turn with the keyboard alone, from the Title to turn 2, photographing every screen on the way.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/game/i18n/en';
import { GameSession, suiteSessions } from './harness';

describe('keyboard only', () => {
  const open = suiteSessions();
  let session: GameSession;

  const offers = async () =>
    (await session.api((t) => t.state()))!.log.filter((a) => a.type === 'offer').length;

  let newsShot = false;

  /** A turn with news opens on the Events screen; B ("To the board") goes on to the Board. */
  async function throughTheNews(): Promise<void> {
    await session.page.waitForFunction(() =>
      ['events', 'board'].includes(document.documentElement.dataset.screen ?? ''),
    );
    if ((await session.screen()) !== 'events') return;
    await session.settle(300);
    if (!newsShot) await session.shotBothSizes('events');
    newsShot = true;
    await session.press('b', 'board');
  }

  it('plays turn 1 with keys alone: Play, Begin, open Washington (1), send, back, end the turn', async () => {
    session = await open();
    await session.boot();
    await session.press('Enter', 'briefing'); // Title: Play has the focus
    expect(await session.api((t) => t.summary()?.turn)).toBe(1);
    await session.shotBothSizes('briefing');
    await session.press('Enter'); // Briefing: Begin turn 1
    await throughTheNews();
    await session.shotBothSizes('board');

    await session.press('1', 'negotiation'); // the first capital, Washington, is at the table on turn 1
    await session.press('d'); // put Washington's demands in the package (when it has any)
    await session.shotBothSizes('negotiation');
    await session.press('Enter', 600); // send the offer
    if ((await offers()) === 0) {
      // No demands to copy: raise the first lever one step instead, then send.
      await session.press('ArrowDown', 150);
      await session.press('ArrowRight', 250);
      await session.press('Enter', 600);
    }
    expect(await offers()).toBeGreaterThan(0);
    await session.shotBothSizes('negotiation-answer');
    await session.press('Escape', 'board');

    await session.press('e', 'summary'); // End turn
    await session.shotBothSizes('turn-summary');
    await session.press('Enter'); // continue
    await throughTheNews();
    expect(await session.screen()).toBe('board');
    expect((await session.api((t) => t.summary()))?.turn).toBe(2);
    expect(await offers()).toBeGreaterThan(0);
    session.expectClean();
  });

  it('S opens the credits and sources over the Title, Esc closes them, and S opens them again', async () => {
    session = await open();
    await session.recordDrawnLines();
    await session.boot();
    // A font file arriving would draw the panel's texts again, as if it had opened twice.
    await session.fontsSettled();
    const scrollHint = en['credits.scroll'];
    const hints = async () =>
      (await session.drawnLines()).filter((l) => l.text === scrollHint).length;
    expect(await hints()).toBe(0);
    await session.press('s', 600);
    expect(await hints()).toBeGreaterThan(0);
    await session.shotBothSizes('title-credits');
    // While the panel is open, S does nothing; once Esc has closed it, S draws it anew.
    const shown = await hints();
    await session.press('s', 400);
    expect(await hints()).toBe(shown);
    await session.press('Escape', 400);
    await session.press('s', 600);
    expect(await hints()).toBeGreaterThan(shown);
    session.expectClean();
  });
});
