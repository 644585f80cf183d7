// A tiny line chart of one track across the turns so far: the shape of the game at a glance.
import type Phaser from 'phaser';
import { colour } from '../theme';
import { asVectors } from './dashed-path';

/** Draws `values` into the box; the vertical range is at least `minSpan` so small wobbles stay small. */
export function drawSparkline(
  g: Phaser.GameObjects.Graphics,
  values: number[],
  box: { x: number; y: number; width: number; height: number },
  options: { line?: number; minSpan?: number } = {},
): void {
  const { x, y, width, height } = box;
  g.lineStyle(1, colour.panelEdge, 0.8).lineBetween(x, y + height, x + width, y + height);
  if (values.length === 0) return;
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Math.max(options.minSpan ?? 10, hi - lo);
  const mid = (lo + hi) / 2;
  const yOf = (v: number) => y + height / 2 - ((v - mid) / span) * (height - 4);
  const xOf = (i: number) =>
    values.length === 1 ? x + width : x + (i / (values.length - 1)) * width;
  const points = values.map((v, i) => ({ x: xOf(i), y: yOf(v) }));
  const line = options.line ?? colour.blue;
  if (points.length > 1) g.lineStyle(2, line, 1).strokePoints(asVectors(points), false, false);
  const last = points[points.length - 1]!;
  g.fillStyle(colour.white, 1).fillCircle(last.x, last.y, 3);
}
