// The situation-room setting shared by the briefing-style screens: a gridded table and a header strip.
import Phaser from 'phaser';
import { t } from '../i18n';
import { colour, css, edges, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { addText } from './text';

export const HEADER_HEIGHT = 64;

/** The dark map table: a faint plotting grid, brighter toward the middle. */
export function addBackdrop(scene: Phaser.Scene): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(colour.background, 1).fillRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
  g.fillStyle(colour.sea, 0.7).fillCircle(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2, 520);
  g.fillStyle(colour.sea, 0.5).fillCircle(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2, 380);
  for (let x = 0; x <= DESIGN_WIDTH; x += 40) {
    g.lineStyle(1, colour.panelEdge, x % 200 === 0 ? 0.22 : 0.09).lineBetween(
      x,
      0,
      x,
      DESIGN_HEIGHT,
    );
  }
  for (let y = 0; y <= DESIGN_HEIGHT; y += 40) {
    g.lineStyle(1, colour.panelEdge, y % 200 === 0 ? 0.22 : 0.09).lineBetween(
      0,
      y,
      DESIGN_WIDTH,
      y,
    );
  }
  return g;
}

export interface HeaderOptions {
  /** What this screen is, e.g. "Briefing". */
  title: string;
  /** Where we are: the turn, the date. */
  right?: string;
}

/** The strip across the top: the game's name, the screen, and where the player stands in the calendar. */
export function addHeader(
  scene: Phaser.Scene,
  options: HeaderOptions,
): Phaser.GameObjects.Container {
  const c = scene.add.container(0, 0);
  const g = scene.add.graphics();
  g.fillStyle(colour.panel, 0.97).fillRect(0, 0, DESIGN_WIDTH, HEADER_HEIGHT);
  g.lineStyle(edges.panel, colour.panelEdge, 1).lineBetween(
    0,
    HEADER_HEIGHT,
    DESIGN_WIDTH,
    HEADER_HEIGHT,
  );
  g.fillStyle(colour.orange, 1).fillRect(0, HEADER_HEIGHT - 3, 180, 3);
  const name = addText(scene, 32, HEADER_HEIGHT / 2, t('game.name'), 'small', {
    colour: css.accent,
    bold: true,
    letterSpacing: 3,
  }).setOrigin(0, 0.5);
  const title = addText(scene, 200, HEADER_HEIGHT / 2, options.title, 'heading').setOrigin(0, 0.5);
  c.add([g, name, title]);
  if (options.right) {
    const room = DESIGN_WIDTH - 32 - (title.x + title.width + 32);
    const right = addText(scene, DESIGN_WIDTH - 32, HEADER_HEIGHT / 2, options.right, 'body', {
      colour: css.muted,
    }).setOrigin(1, 0.5);
    if (right.width > room) right.setScale(room / right.width);
    c.add(right);
  }
  return c;
}

/** A small caps label that opens a section: "SEOUL'S GOALS". */
export function addKicker(
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  tint: string = css.accent,
): Phaser.GameObjects.Text {
  return addText(scene, x, y, text.toUpperCase(), 'small', {
    colour: tint,
    bold: true,
    letterSpacing: 1.5,
  });
}
