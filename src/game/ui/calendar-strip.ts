// The whole calendar in one strip: past turns ticked, the current one lit, the ones ahead with their dates.
import type Phaser from 'phaser';
import { colour, css, edges } from '../theme';
import { addText } from './text';
import { calendarDate } from './wording';

export function addCalendarStrip(
  scene: Phaser.Scene,
  box: { x: number; y: number; width: number; height: number },
  calendar: { date: string; label: string }[],
  turn: number,
): Phaser.GameObjects.Container {
  const c = scene.add.container(box.x, box.y);
  const g = scene.add.graphics();
  c.add(g);
  const n = Math.max(1, calendar.length);
  const gap = 4;
  const cell = (box.width - gap * (n - 1)) / n;
  calendar.forEach((t, i) => {
    const x = i * (cell + gap);
    const number = i + 1;
    const past = number < turn;
    const now = number === turn;
    const fill = now ? colour.orange : past ? colour.panel : colour.panelRaised;
    g.fillStyle(fill, now ? 1 : 0.95).fillRoundedRect(x, 0, cell, box.height, 6);
    g.lineStyle(edges.rule, now ? colour.orange : colour.panelEdge, 1).strokeRoundedRect(
      x,
      0,
      cell,
      box.height,
      6,
    );
    const mark = past ? '✓ ' : now ? '▶ ' : '';
    const text = `${mark}${number} · ${calendarDate(t.date, true)}`;
    const colourOf = now ? css.dark : past ? css.faint : css.muted;
    const label = addText(scene, x + cell / 2, box.height / 2, text, 'small', {
      colour: colourOf,
      bold: now,
    });
    label.setOrigin(0.5).setScale(Math.min(1, (cell - 8) / Math.max(1, label.width)));
    c.add(label);
  });
  return c;
}
