// High contrast redraws the canvas in its own palette (black grounds, brighter accents), with no CSS filter over it.
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../src/game/theme';
import { GameSession, suiteSessions, useInLayer } from './harness';
import { decodePng, type Picture } from './png';

type Rgb = [number, number, number];

const rgbOf = (c: number): Rgb => [(c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff];
const ROOM = PALETTES.situationRoom.colour;
const HIGH = PALETTES.highContrast.colour;

/** A spot of bare table on the briefing-style screens: off the plotting grid, outside the lit middle. */
const BARE_TABLE = { x: 20, y: 100 };

function pixel(picture: Picture, x: number, y: number): Rgb {
  const at = (y * picture.width + x) * picture.channels;
  return [picture.pixels[at]!, picture.pixels[at + 1]!, picture.pixels[at + 2]!];
}

/** How many pixels are `colour` (within a rounding step): a large fill in that colour shows it was drawn. */
function countOf(picture: Picture, colour: number): number {
  const [r, g, b] = rgbOf(colour);
  let n = 0;
  for (let i = 0; i < picture.pixels.length; i += picture.channels) {
    const p = picture.pixels;
    if (Math.abs(p[i]! - r) <= 2 && Math.abs(p[i + 1]! - g) <= 2 && Math.abs(p[i + 2]! - b) <= 2)
      n++;
  }
  return n;
}

/**
 * The primary button is filled with `drawn` (thousands of pixels), and `other` is no more than the odd
 * anti-aliased edge: a shade of one palette's amber on black can match the other's.
 */
function expectFilledWith(picture: Picture, drawn: number, other: number): void {
  const count = countOf(picture, drawn);
  expect(count).toBeGreaterThan(2_000);
  expect(countOf(picture, other)).toBeLessThan(count / 20);
}

async function picture(session: GameSession): Promise<Picture> {
  return decodePng(await session.page.screenshot());
}

function expectNear(actual: Rgb, expected: number): void {
  const want = rgbOf(expected);
  actual.forEach((v, i) =>
    expect(Math.abs(v - want[i]!), `${actual} vs ${want}`).toBeLessThanOrEqual(2),
  );
}

async function setHighContrast(session: GameSession, on: boolean): Promise<void> {
  const { page } = session;
  const toggle = page.getByRole('button', { name: 'Aa Display settings', exact: true });
  await useInLayer(toggle);
  await page.getByRole('checkbox', { name: 'High contrast' }).setChecked(on);
  await page.keyboard.press('Escape');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await session.settle(600);
}

const canvasFilter = (session: GameSession) =>
  session.page.evaluate(() => getComputedStyle(document.querySelector('#game canvas')!).filter);

describe('high contrast', () => {
  const open = suiteSessions();

  it('redraws the title in the high-contrast palette when switched on, and back when switched off', async () => {
    const session = await open();
    await session.boot();
    let shown = await picture(session);
    expectNear(pixel(shown, BARE_TABLE.x, BARE_TABLE.y), ROOM.background);
    expectFilledWith(shown, ROOM.orange, HIGH.orange);

    await setHighContrast(session, true);
    expect(await session.page.evaluate(() => document.documentElement.dataset.contrast)).toBe(
      'high',
    );
    expect(await canvasFilter(session)).toBe('none');
    shown = await picture(session);
    expectNear(pixel(shown, BARE_TABLE.x, BARE_TABLE.y), HIGH.background);
    expectFilledWith(shown, HIGH.orange, ROOM.orange);
    await session.shot('title-high-contrast');

    await setHighContrast(session, false);
    shown = await picture(session);
    expectNear(pixel(shown, BARE_TABLE.x, BARE_TABLE.y), ROOM.background);
    expectFilledWith(shown, ROOM.orange, HIGH.orange);
    session.expectClean();
  });

  it('draws every screen in it from the first frame after a reload, with no filter on the canvas', async () => {
    const session = await open();
    await session.boot();
    await setHighContrast(session, true);
    await session.reload();
    expect(await canvasFilter(session)).toBe('none');
    expectNear(pixel(await picture(session), BARE_TABLE.x, BARE_TABLE.y), HIGH.background);

    await session.press('Enter', 'briefing');
    const briefing = await picture(session);
    expectNear(pixel(briefing, BARE_TABLE.x, BARE_TABLE.y), HIGH.background);
    expectFilledWith(briefing, HIGH.orange, ROOM.orange);
    await session.shot('briefing-high-contrast');
    session.expectClean();
  });
});
