// How a relationship line looks at a given level: colour, thickness and dash pattern all say the same thing.
import Phaser from 'phaser';
import { t, type MessageKey } from '../i18n';
import { colour, css, hex, edges } from '../theme';
import { strokePattern, type DashPattern, type Point } from './dashed-path';
import { addText } from './text';

export interface RelationStyle {
  word: 'strong' | 'steady' | 'strained' | 'broken';
  colour: number;
  pattern: DashPattern;
  width: number;
}

/** Display bands for a relation track (0–100); they describe the number, they are not game rules. */
const BANDS: { from: number; word: RelationStyle['word']; colour: number; pattern: DashPattern }[] =
  [
    { from: 60, word: 'strong', colour: colour.blue, pattern: 'solid' },
    { from: 40, word: 'steady', colour: colour.green, pattern: 'solid' },
    { from: 25, word: 'strained', colour: colour.orange, pattern: 'dashed' },
    { from: -Infinity, word: 'broken', colour: colour.vermillion, pattern: 'dotted' },
  ];

export function relationStyle(level: number): RelationStyle {
  const band = BANDS.find((b) => level >= b.from)!;
  // Thickness grows with the level itself, so a tween between two levels visibly tightens the line.
  const width = 1.5 + Math.max(0, Math.min(100, level)) * 0.075;
  return { word: band.word, colour: band.colour, pattern: band.pattern, width };
}

/** The band's word in the interface's language: "strong", "strained"… */
export function relationWord(level: number): string {
  return t(`relation.${relationStyle(level).word}`);
}

export function relationCss(level: number): string {
  return hex(relationStyle(level).colour);
}

/** A gentle arc from Seoul to a capital, bowed to one side so nearby lines do not overlap. */
export function arcPoints(from: Point, to: Point, bow = 0.12): Point[] {
  const mx = (from.x + to.x) / 2;
  const my = (from.y + to.y) / 2;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const control = new Phaser.Math.Vector2(mx - dy * bow, my + dx * bow);
  const curve = new Phaser.Curves.QuadraticBezier(
    new Phaser.Math.Vector2(from.x, from.y),
    control,
    new Phaser.Math.Vector2(to.x, to.y),
  );
  const segments = Math.max(8, Math.round(Math.hypot(dx, dy) / 6));
  return curve.getSpacedPoints(segments).map((p) => ({ x: p.x, y: p.y }));
}

export function drawRelationLine(
  g: Phaser.GameObjects.Graphics,
  points: Point[],
  level: number,
): void {
  const style = relationStyle(level);
  // A dark casing keeps the line readable over land and sea alike.
  strokePattern(g, points, 'solid', style.width + 4, colour.background, 0.55);
  strokePattern(g, points, style.pattern, style.width, style.colour, 1);
}

/** The key to the lines: one sample per band with its word and range. */
export function addRelationLegend(
  scene: Phaser.Scene,
  x: number,
  y: number,
): Phaser.GameObjects.Container {
  const c = scene.add.container(x, y);
  const rows = [
    [75, 'relation.band.strong'],
    [50, 'relation.band.steady'],
    [32, 'relation.band.strained'],
    [12, 'relation.band.broken'],
  ] as const satisfies readonly (readonly [number, MessageKey])[];
  const width = 206;
  const g = scene.add.graphics();
  g.fillStyle(colour.panel, 0.88).fillRoundedRect(0, 0, width, 30 + rows.length * 24, 8);
  g.lineStyle(edges.rule, colour.panelEdge, 1).strokeRoundedRect(
    0,
    0,
    width,
    30 + rows.length * 24,
    8,
  );
  c.add(g);
  c.add(addText(scene, 12, 6, t('relation.title'), 'small', { colour: css.accent, bold: true }));
  rows.forEach(([level, label], i) => {
    const ly = 40 + i * 24;
    const lg = scene.add.graphics();
    drawRelationLine(
      lg,
      [
        { x: 12, y: ly },
        { x: 64, y: ly },
      ],
      level,
    );
    c.add(lg);
    c.add(addText(scene, 76, ly, t(label), 'small', { colour: css.text }).setOrigin(0, 0.5));
  });
  return c;
}
