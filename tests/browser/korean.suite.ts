// A whole game in Korean: a browser set to Korean opens the game in Korean, every screen says its words and
// the scenario's in Korean, and the game it plays reaches the same hash as Node's English engine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeHash, ROOT } from './node-hash';
import { GameSession, playToLastTurn, SMALL, suiteSessions, WIDE } from './harness';
import { decodePng, type Picture } from './png';

const HANGUL = /[가-힣]/;

/** The strip of the canvas along the right edge of the window, as pixels. */
function rightEdge(picture: Picture, width = 24): number[] {
  const strip: number[] = [];
  for (let y = 0; y < picture.height; y++)
    for (let x = picture.width - width; x < picture.width; x++) {
      const at = (y * picture.width + x) * picture.channels;
      strip.push(picture.pixels[at]!, picture.pixels[at + 1]!, picture.pixels[at + 2]!);
    }
  return strip;
}
/** Sentences the engine writes in English: none may reach a Korean player. */
const ENGLISH_SENTENCES =
  /Deal with |Signed a deal|Relations with |settle back|accepted:|countered:|refused:|\[EN\]/;

describe('a whole game in Korean', () => {
  const open = suiteSessions();
  let session: GameSession;

  const offers = async () =>
    (await session.api((t) => t.state()))!.log.filter((a) => a.type === 'offer').length;

  /** What the accessible layer says on this screen: it mirrors the canvas, word for word. */
  const layerText = () =>
    session.page.evaluate(() => document.getElementById('tightrope-a11y')?.textContent ?? '');

  async function expectKorean(screen: string): Promise<void> {
    const text = await layerText();
    expect(text, `${screen}: the layer says nothing`).not.toBe('');
    expect(text, `${screen} is not in Korean`).toMatch(HANGUL);
    expect(text, `${screen} shows an English sentence`).not.toMatch(ENGLISH_SENTENCES);
  }

  async function throughTheNews(shot: boolean): Promise<void> {
    await session.page.waitForFunction(() =>
      ['events', 'board'].includes(document.documentElement.dataset.screen ?? ''),
    );
    if ((await session.screen()) !== 'events') return;
    await session.settle(300);
    if (shot) {
      await expectKorean('events');
      await session.shotBothSizes('ko-events');
    }
    await session.press('b', 'board');
  }

  it('opens in Korean for a Korean browser and plays a turn by keys, every screen in Korean', async () => {
    session = await open(WIDE, false, 'ko-KR');
    await session.boot();
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await session.settle(600);
    await expectKorean('title');
    await session.shotBothSizes('ko-title');

    await session.press('Enter', 'briefing');
    await expectKorean('briefing');
    await session.shotBothSizes('ko-briefing');
    await session.press('ArrowRight', 400);
    await session.shotBothSizes('ko-briefing-2');
    await session.press('Enter');
    await throughTheNews(true);
    await expectKorean('board');
    await session.shotBothSizes('ko-board');

    await session.press('1', 'negotiation');
    await session.press('d');
    await expectKorean('negotiation');
    await session.shotBothSizes('ko-negotiation');
    await session.press('Enter', 800);
    if ((await offers()) === 0) {
      // No demands to copy on turn 1: raise the first lever one step, then send.
      await session.press('ArrowDown', 150);
      await session.press('ArrowRight', 250);
      await session.press('Enter', 800);
    }
    expect(await offers()).toBeGreaterThan(0);
    await expectKorean('negotiation answer');
    await session.shotBothSizes('ko-negotiation-answer');
    await session.press('Escape', 'board');

    await session.press('e', 'summary');
    await expectKorean('turn summary');
    await session.shotBothSizes('ko-turn-summary');
    session.expectClean();
  });

  it("plays to the debrief in Korean, and the game's hash is Node's", async () => {
    session = await open(WIDE, false, 'ko-KR');
    await session.boot();
    await session.api((t) => t.newGame({ seed: 5 }));
    await session.api(playToLastTurn);
    await session.endLastTurnToDebrief(async () => {
      await expectKorean('final summary');
    });
    await session.settle(600);
    await expectKorean('debrief');
    await session.shotBothSizes('ko-debrief');
    await session.press('t');
    await session.shotBothSizes('ko-debrief-timeline');
    const state = (await session.api((t) => t.state()))!;
    expect(state.over).toBe(true);
    expect((await session.api((t) => t.summary()))!.hash).toBe(nodeHash(5, state.log));
    session.expectClean();
  });

  it('marks, in Korean, a text a teacher gave only in English', async () => {
    session = await open(WIDE, false, 'ko-KR');
    await session.boot();
    const file = JSON.parse(readFileSync(resolve(ROOT, 'scenarios/template.json'), 'utf8'));
    file.id = 'partly-korean';
    file.title = { en: 'Partly Korean', ko: '일부만 한국어' };
    file.summary = { en: 'Only the title has Korean words.' };
    const chooser = session.page.waitForEvent('filechooser');
    await session.page.evaluate(() => 0);
    await session.page.keyboard.press('l');
    const buffer = Buffer.from(JSON.stringify(file));
    await (await chooser).setFiles({ name: 'partly.json', mimeType: 'application/json', buffer });
    await session.page.waitForFunction(() => window.tightrope.loadAttempt()?.ok === true, null, {
      timeout: 15_000,
    });
    await session.settle(600);
    const text = await layerText();
    expect(text).toContain('일부만 한국어');
    expect(text).toContain('[EN] Only the title has Korean words.');
    await session.shotBothSizes('ko-title-fallback');
    session.expectClean();
  });

  it('with text at its largest, the Korean title runs nothing off the right edge of a small window', async () => {
    session = await open(SMALL, false, 'ko-KR');
    await session.boot();
    await session.settle(2500);
    const normal = rightEdge(decodePng(await session.page.screenshot()));
    await session.page.evaluate(() =>
      localStorage.setItem('tightrope.comfort', JSON.stringify({ textScale: 1.5 })),
    );
    await session.reload();
    await session.settle(2500);
    const larger = decodePng(await session.page.screenshot());
    expect(
      await session.page.evaluate(() =>
        document.documentElement.style.getPropertyValue('--tightrope-text-scale'),
      ),
    ).toBe('1.5');
    // Only the backdrop reaches the edge, at any text size: a longer line there ran off the screen.
    const differing = rightEdge(larger).filter((v, i) => v !== normal[i]).length;
    expect(differing, 'pixels along the right edge that only the larger text draws').toBe(0);
    session.expectClean();
  });
});
