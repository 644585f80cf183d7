// Strokes a path of points solid, dashed or dotted, so a line's pattern can carry meaning without colour.
import type Phaser from 'phaser';

export type DashPattern = 'solid' | 'dashed' | 'dotted';

export interface Point {
  x: number;
  y: number;
}

export function strokePattern(
  g: Phaser.GameObjects.Graphics,
  points: Point[],
  pattern: DashPattern,
  width: number,
  colour: number,
  alpha = 1,
): void {
  if (points.length < 2) return;
  if (pattern === 'solid') {
    g.lineStyle(width, colour, alpha).strokePoints(asVectors(points), false, false);
    return;
  }
  if (pattern === 'dotted') {
    g.fillStyle(colour, alpha);
    for (const p of pointsEvery(points, Math.max(7, width * 3)))
      g.fillCircle(p.x, p.y, width * 0.6 + 0.6);
    return;
  }
  g.lineStyle(width, colour, alpha);
  const dash = Math.max(10, width * 4);
  const gap = Math.max(7, width * 2.5);
  let on = true;
  let left = dash;
  for (let i = 1; i < points.length; i++) {
    let a = points[i - 1]!;
    const b = points[i]!;
    let length = Math.hypot(b.x - a.x, b.y - a.y);
    while (length > 0) {
      const step = Math.min(left, length);
      const t = step / length;
      const c = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      if (on) g.lineBetween(a.x, a.y, c.x, c.y);
      a = c;
      length -= step;
      left -= step;
      if (left <= 1e-6) {
        on = !on;
        left = on ? dash : gap;
      }
    }
  }
}

/** Points spaced `spacing` apart along the path, starting at its first point. */
export function pointsEvery(points: Point[], spacing: number): Point[] {
  const out: Point[] = [points[0]!];
  let carry = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    let d = spacing - carry;
    while (d <= length) {
      out.push({ x: a.x + ((b.x - a.x) * d) / length, y: a.y + ((b.y - a.y) * d) / length });
      d += spacing;
    }
    carry = length - (d - spacing);
  }
  return out;
}

/** Graphics wants Vector2s but reads only x and y. */
export function asVectors(points: Point[]): Phaser.Math.Vector2[] {
  return points as Phaser.Math.Vector2[];
}
