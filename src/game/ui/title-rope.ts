// The title's emblem: Seoul balancing on a rope strung between Washington and Beijing.
import Phaser from 'phaser';
import { t } from '../i18n';
import { colour, css } from '../theme';
import { addText } from './text';

/** Draws the rope across [x, x + width] at height y; Seoul's balance pole settles once, to say "hold steady". */
export function addTightrope(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
): Phaser.GameObjects.Container {
  const c = scene.add.container(x, y);
  const mid = width / 2;
  const sag = 34;
  const g = scene.add.graphics();
  g.lineStyle(3, colour.panelEdge, 1).lineBetween(0, -40, 0, 70).lineBetween(width, -40, width, 70);
  const rope = new Phaser.Curves.QuadraticBezier(
    new Phaser.Math.Vector2(0, -34),
    new Phaser.Math.Vector2(mid, -34 + sag * 2),
    new Phaser.Math.Vector2(width, -34),
  );
  g.lineStyle(2, colour.landEdge, 1);
  rope.draw(g, 48);
  g.fillStyle(colour.blue, 1).fillCircle(0, -40, 7);
  g.fillStyle(colour.vermillion, 1).fillRect(width - 7, -47, 14, 14);
  const west = addText(scene, 0, 80, t('rope.washington'), 'small', {
    colour: css.up,
    bold: true,
  }).setOrigin(0.5, 0);
  const east = addText(scene, width, 80, t('rope.beijing'), 'small', {
    colour: css.down,
    bold: true,
  }).setOrigin(0.5, 0);
  const walker = scene.add.container(mid, -34 + sag);
  const body = scene.add.graphics();
  body.fillStyle(colour.orange, 1).fillCircle(0, -12, 10);
  body.lineStyle(3, colour.orange, 1).lineBetween(-70, -12, 70, -12);
  body.fillStyle(colour.orange, 1).fillCircle(-70, -12, 4).fillCircle(70, -12, 4);
  const seoul = addText(scene, 0, 6, t('rope.seoul'), 'small', {
    colour: css.accent,
    bold: true,
  }).setOrigin(0.5, 0);
  walker.add([body, seoul]);
  c.add([g, west, east, walker]);
  body.setAngle(-14);
  scene.tweens.add({ targets: body, angle: 0, duration: 1400, ease: 'Back.easeOut', delay: 250 });
  return c;
}
