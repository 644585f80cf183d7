// What the canvas shows while a file is dragged over the page: where to let go, and what will happen.
import Phaser from 'phaser';
import { t } from '../i18n';
import { colour, css, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { strokePattern } from './dashed-path';
import { addText } from './text';

const INSET = 48;
const DEPTH = 2000;

export interface DropOverlay {
  show(on: boolean): void;
}

/** A dashed drop frame over the whole screen; hidden until show(true). */
export function addDropOverlay(scene: Phaser.Scene): DropOverlay {
  const g = scene.add.graphics();
  g.fillStyle(colour.background, 0.9).fillRect(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT);
  g.fillStyle(colour.panel, 0.9);
  g.fillRoundedRect(INSET, INSET, DESIGN_WIDTH - 2 * INSET, DESIGN_HEIGHT - 2 * INSET, 18);
  const [x0, y0, x1, y1] = [INSET, INSET, DESIGN_WIDTH - INSET, DESIGN_HEIGHT - INSET];
  const frame = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
    { x: x0, y: y0 },
  ];
  strokePattern(g, frame, 'dashed', 4, colour.orange);
  const middle = DESIGN_WIDTH / 2;
  const arrow = addText(scene, middle, 250, '⤓', 'display', { colour: css.accent, fontSize: 72 });
  arrow.setOrigin(0.5);
  const heading = addText(scene, middle, 340, t('drop.heading'), 'title', {
    align: 'center',
    fontSize: 36,
  }).setOrigin(0.5);
  const note = addText(scene, middle, 400, t('drop.note'), 'body', {
    colour: css.muted,
    align: 'center',
    width: DESIGN_WIDTH - 4 * INSET,
  }).setOrigin(0.5, 0);
  const overlay = scene.add.container(0, 0, [g, arrow, heading, note]).setDepth(DEPTH);
  overlay.setVisible(false);
  return {
    show(on) {
      if (!overlay.active) return;
      overlay.setVisible(on);
      // Scroll views draw through cameras of their own, after the main one: hidden, they cannot show through.
      for (const camera of scene.cameras.cameras)
        if (camera !== scene.cameras.main) camera.setVisible(!on);
    },
  };
}
