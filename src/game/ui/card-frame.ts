// Dossier-style card frames: a dark fill and an edge, raised and outlined in orange when chosen.
import type Phaser from 'phaser';
import { colour, edges } from '../theme';

export interface CardFrameOptions {
  chosen?: boolean;
  /** A coloured tab down the left edge, as on a filed dossier. */
  stripe?: boolean;
}

export function addCardFrame(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  options: CardFrameOptions = {},
): Phaser.GameObjects.Graphics {
  const chosen = options.chosen ?? false;
  const g = scene.add.graphics();
  g.fillStyle(chosen ? colour.panelRaised : colour.panel, 0.97);
  g.fillRoundedRect(x, y, width, height, 10);
  g.lineStyle(edges.panel, chosen ? colour.orange : colour.panelEdge, 1);
  g.strokeRoundedRect(x, y, width, height, 10);
  if (options.stripe) {
    g.fillStyle(chosen ? colour.orange : colour.panelEdge, 1);
    g.fillRoundedRect(x, y, 8, height, { tl: 10, bl: 10, tr: 0, br: 0 });
  }
  return g;
}
