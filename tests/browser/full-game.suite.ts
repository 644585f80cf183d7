// A whole game played through window.tightrope in the browser, to the Debrief; its hash must match Node's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGameLogText } from '../../src/scenario';
import { nodeHash } from './node-hash';
import { GameSession, suiteSessions, playToLastTurn } from './harness';

/**
 * API play leaves the summary of its first turn showing. Enter goes on (to the news or the Board),
 * B leaves the news, E ends the last turn, and Enter goes from its summary to the Debrief.
 */

describe('a whole game in the browser', () => {
  const open = suiteSessions();
  let session: GameSession;

  it("plays seed 7 to the Debrief, where the hash equals Node's and Export, Print and Replay work", async () => {
    session = await open();
    await session.boot();
    // The font files every screen's words need are fetched while the Title is up, not as each screen shows.
    await session.fontsSettled();
    const titleSettled = await session.page.evaluate(() => performance.now());
    await session.api((t) => t.newGame({ seed: 7 }));
    const moves = await session.api(playToLastTurn);
    expect(moves).toBeGreaterThan(10);
    await session.endLastTurnToDebrief(() => session.shotBothSizes('turn-summary-final'));
    // The Debrief's count-up and its chart drawing itself are redrawn as separate rectangles of the canvas.
    await session.expectPartsMatchWhole('debrief');
    const fontsLater = await session.page.evaluate(
      (after) =>
        performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.woff2') && r.startTime > after)
          .map((r) => new URL(r.name).pathname),
      titleSettled,
    );
    expect(fontsLater, 'font files fetched only when a later screen needed them').toEqual([]);
    await session.shotBothSizes('debrief');
    const state = (await session.api((t) => t.state()))!;
    expect(state.over).toBe(true);
    expect(state.ending).not.toBeNull();
    const finalHash = (await session.api((t) => t.summary()))!.hash;
    expect(finalHash).toBe(nodeHash(7, state.log));

    await exportsTheLog(session, finalHash);
    await printsTheReport(session, state.ending!.title);
    await session.press('t');
    await session.shotBothSizes('debrief-timeline');
    await replaysFromAnEarlierTurn(session);
    session.expectClean();
  });
});

/** X downloads tightrope-<scenario>-<seed>.json, which replays in Node to the same hash. */
async function exportsTheLog(session: GameSession, finalHash: string): Promise<void> {
  const download = session.page.waitForEvent('download');
  await session.press('x');
  const file = await download;
  expect(file.suggestedFilename()).toBe('tightrope-summer-2025-7.json');
  const log = parseGameLogText(readFileSync(await file.path(), 'utf8'));
  expect(log.ok).toBe(true);
  if (log.ok) expect(nodeHash(log.value.seed, log.value.actions)).toBe(finalHash);
}

/** P builds the report in a sandboxed frame: the ending is in it, escaped, with a chart and no script. */
async function printsTheReport(session: GameSession, endingTitle: string): Promise<void> {
  await session.press('p', 600);
  const report = await session.page.evaluate(() => {
    const frame = document.getElementById('tightrope-print-report') as HTMLIFrameElement | null;
    return { html: frame?.srcdoc ?? '', sandbox: frame?.getAttribute('sandbox') ?? '' };
  });
  expect(report.html).toContain(endingTitle.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
  expect(report.html).toContain('<svg');
  expect(report.html).not.toMatch(/<script/i);
  expect(report.sandbox).not.toContain('allow-scripts');
}

/** ← twice from the suggested turn, then Enter: the game restarts at that turn, on the Board. */
async function replaysFromAnEarlierTurn(session: GameSession): Promise<void> {
  await session.press('ArrowLeft', 150);
  await session.press('ArrowLeft', 150);
  await session.press('Enter', 'board');
  const after = (await session.api((t) => t.summary()))!;
  expect(after.over).toBe(false);
  expect(after.turn).toBeLessThan(10);
  const log = (await session.api((t) => t.state()))!.log;
  expect(log.filter((a) => a.type === 'endTurn')).toHaveLength(after.turn - 1);
}
