// Dossier-like panels: a raised card with an optional header strip.
import Phaser from 'phaser';
import { colour, css, edges } from '../theme';
import { addText } from './text';

export function addPanel(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  options: { title?: string; edge?: number; fill?: number } = {},
): Phaser.GameObjects.Container {
  const c = scene.add.container(x, y);
  const g = scene.add.graphics();
  const edge = options.edge ?? colour.panelEdge;
  g.fillStyle(options.fill ?? colour.panel, 0.96).fillRoundedRect(0, 0, width, height, 10);
  g.lineStyle(edges.panel, edge, 1).strokeRoundedRect(0, 0, width, height, 10);
  c.add(g);
  if (options.title) {
    const top = { tl: 10, tr: 10, bl: 0, br: 0 };
    g.fillStyle(edge, edges.titleTint).fillRoundedRect(0, 0, width, 40, top);
    c.add(
      addText(scene, 16, 20, options.title.toUpperCase(), 'small', {
        colour: css.accent,
        bold: true,
        letterSpacing: 1.5,
      }).setOrigin(0, 0.5),
    );
  }
  return c;
}
