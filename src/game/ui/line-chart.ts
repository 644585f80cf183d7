// The debrief's line chart on screen: each line told apart by dash and marker as well as colour, labelled at its end.
import Phaser from 'phaser';
import { t } from '../i18n';
import { colour, css, hex } from '../theme';
import {
  dashSegments,
  piecesBetween,
  plotPoints,
  spreadLabels,
  type ChartModel,
  type LineStyle,
  type MarkerShape,
  type Point,
} from './chart-model';
import type { Area } from './scroll-view';
import { addText } from './text';
import { withUnit } from './wording';

const AXIS_WIDTH = 40;
/** Room right of the plot for the end labels, each with a sample of its line: they double as the legend. */
const LABEL_ROOM = 196;
const BELOW_PLOT = 92;

/** Draws the chart inside `area`; with `animate`, the lines draw themselves from the first turn to the last. */
export function addLineChart(
  scene: Phaser.Scene,
  area: Area,
  chart: ChartModel,
  animate: boolean,
): void {
  const plot = {
    x: area.x + AXIS_WIDTH,
    y: area.y + 10,
    width: area.width - AXIS_WIDTH - LABEL_ROOM,
    height: area.height - BELOW_PLOT - 10,
  };
  drawAxes(scene, plot, chart);
  drawTurnMarks(scene, plot, chart);
  const points = chart.series.map((s) => plotPoints(s.values, plot, chart.yMin, chart.yMax));
  // The index is drawn last so it stays on top of the tracks.
  const lines = chart.series
    .map((s, i) => ({
      style: s.style,
      points: points[i]!,
      dashes: dashSegments(points[i]!, s.style.dash),
    }))
    .reverse();
  /** Every line between two places across the chart, with the markers there (`to` itself only if `upTo`). */
  const drawSpan = (g: Phaser.GameObjects.Graphics, from: number, to: number, upTo: boolean) => {
    g.clear();
    for (const line of lines) {
      const markers = line.points.filter(
        (p) => p.x >= from && (upTo ? p.x <= to + 0.01 : p.x < to),
      );
      drawPieces(g, piecesBetween(line.dashes, from, to), line.style, markers);
    }
  };
  // One drawing per turn's span, in the display list where the lines belong. As the lines draw themselves
  // only the span they are crossing changes: each frame redraws that strip, not the whole chart.
  const xs = turnXs(plot, chart);
  const spans = xs.map(() => scene.add.graphics());
  const ends = addEndLabels(scene, plot, chart, points);
  const last = xs.length - 1;
  if (!animate) {
    xs.forEach((x, k) => drawSpan(spans[k]!, x, k < last ? xs[k + 1]! : x, k === last));
    return;
  }
  let span = 0;
  const draw = (progress: number) => {
    const cutoff = plot.x + plot.width * progress;
    while (span < last && cutoff >= xs[span + 1]! - 0.01) {
      drawSpan(spans[span]!, xs[span]!, xs[span + 1]!, false);
      span++;
    }
    drawSpan(spans[span]!, xs[span]!, Math.max(xs[span]!, cutoff), true);
  };
  ends.forEach((t) => t.setAlpha(0.25));
  draw(0);
  scene.tweens.addCounter({
    from: 0,
    to: 1,
    duration: 900,
    ease: 'Sine.easeOut',
    onUpdate: (tween) => draw(tween.getValue() ?? 1),
    onComplete: () => {
      draw(1);
      scene.tweens.add({ targets: ends, alpha: 1, duration: 250 });
    },
  });
}

function drawAxes(scene: Phaser.Scene, plot: Area, chart: ChartModel): void {
  const g = scene.add.graphics();
  // Labels every 20 on a tall range, so they never crowd; grid lines stay every 10.
  const labelEvery = chart.yMax - chart.yMin > 60 ? 20 : 10;
  for (let v = chart.yMin; v <= chart.yMax; v += 10) {
    const y = plotPoints([v], plot, chart.yMin, chart.yMax)[0]!.y;
    g.lineStyle(1, colour.panelEdge, v === chart.yMin ? 1 : 0.5);
    g.lineBetween(plot.x, y, plot.x + plot.width, y);
    if ((v - chart.yMin) % labelEvery === 0) {
      addText(scene, plot.x - 8, y, String(v), 'small', { colour: css.faint }).setOrigin(1, 0.5);
    }
  }
  turnXs(plot, chart).forEach((x, i) => {
    const label = addText(scene, x, plot.y + plot.height + 4, chart.xLabels[i]!, 'small', {
      colour: css.muted,
    });
    label.setOrigin(0.5, 0);
    if (chart.marks[i]!.events > 0) drawGuide(g, x, plot.y, plot.y + plot.height);
  });
}

function turnXs(plot: Area, chart: ChartModel): number[] {
  return plotPoints(
    chart.xLabels.map(() => chart.yMin),
    plot,
    chart.yMin,
    chart.yMax,
  ).map((p) => p.x);
}

/** Two rows under the turns: how many decisions Seoul took (◆) and how much news arrived (▲). */
function drawTurnMarks(scene: Phaser.Scene, plot: Area, chart: ChartModel): void {
  const rows = [
    {
      glyph: '◆',
      y: plot.y + plot.height + 28,
      count: (i: number) => chart.marks[i]!.decisions,
      tint: css.text,
    },
    {
      glyph: '▲',
      y: plot.y + plot.height + 48,
      count: (i: number) => chart.marks[i]!.events,
      tint: css.warn,
    },
  ];
  const xs = turnXs(plot, chart);
  for (const row of rows) {
    addText(scene, plot.x - 8, row.y, row.glyph, 'small', { colour: row.tint }).setOrigin(1, 0);
    xs.forEach((x, i) => {
      const n = row.count(i);
      if (n > 0)
        addText(scene, x, row.y, String(n), 'small', { colour: row.tint }).setOrigin(0.5, 0);
    });
  }
  addText(scene, plot.x - 24, plot.y + plot.height + 72, t('chart.key'), 'small', {
    colour: css.faint,
  });
}

/** A faint dotted upright at a turn where news arrived, so events line up with the moves they caused. */
function drawGuide(g: Phaser.GameObjects.Graphics, x: number, top: number, bottom: number): void {
  g.lineStyle(1, colour.yellow, 0.35);
  for (let y = top; y < bottom; y += 8) g.lineBetween(x, y, x, Math.min(bottom, y + 3));
}

function drawSeries(
  g: Phaser.GameObjects.Graphics,
  points: Point[],
  style: LineStyle,
  markers: Point[] = points,
): void {
  drawPieces(g, dashSegments(points, style.dash), style, markers);
}

/** A line's dashes (or its whole segments), then its markers. */
function drawPieces(
  g: Phaser.GameObjects.Graphics,
  pieces: [Point, Point][],
  style: LineStyle,
  markers: Point[],
): void {
  if (style.width >= 4) {
    // A dark casing under the index line keeps it readable where tracks cross it.
    g.lineStyle(style.width + 3, colour.background, 0.9);
    for (const [a, b] of pieces) g.lineBetween(a.x, a.y, b.x, b.y);
  }
  g.lineStyle(style.width, style.colour, 1);
  for (const [a, b] of pieces) g.lineBetween(a.x, a.y, b.x, b.y);
  for (const p of markers) drawMarker(g, style.marker, p, style.width >= 4 ? 5 : 4, style.colour);
}

export function drawMarker(
  g: Phaser.GameObjects.Graphics,
  shape: MarkerShape,
  p: Point,
  r: number,
  fill: number,
): void {
  g.fillStyle(fill, 1);
  g.lineStyle(2, fill, 1);
  switch (shape) {
    case 'circle':
      g.fillCircle(p.x, p.y, r);
      break;
    case 'ring':
      g.fillStyle(colour.panel, 1).fillCircle(p.x, p.y, r).strokeCircle(p.x, p.y, r);
      break;
    case 'square':
      g.fillRect(p.x - r, p.y - r, 2 * r, 2 * r);
      break;
    case 'triangle':
      g.fillTriangle(p.x, p.y - r - 1, p.x + r + 1, p.y + r, p.x - r - 1, p.y + r);
      break;
    case 'triangleDown':
      g.fillTriangle(p.x, p.y + r + 1, p.x + r + 1, p.y - r, p.x - r - 1, p.y - r);
      break;
    case 'diamond':
      g.fillTriangle(p.x, p.y - r - 1, p.x + r + 1, p.y, p.x - r - 1, p.y);
      g.fillTriangle(p.x, p.y + r + 1, p.x + r + 1, p.y, p.x - r - 1, p.y);
      break;
    case 'cross':
      g.lineBetween(p.x - r, p.y - r, p.x + r, p.y + r).lineBetween(
        p.x - r,
        p.y + r,
        p.x + r,
        p.y - r,
      );
      break;
    case 'plus':
      g.lineBetween(p.x - r - 1, p.y, p.x + r + 1, p.y).lineBetween(
        p.x,
        p.y - r - 1,
        p.x,
        p.y + r + 1,
      );
      break;
  }
}

/** Labels at the lines' ends, pushed apart so none overlap; each carries a sample of its line as a legend. */
function addEndLabels(
  scene: Phaser.Scene,
  plot: Area,
  chart: ChartModel,
  points: Point[][],
): Phaser.GameObjects.Container[] {
  const wanted = points.map((p) => p[p.length - 1]!.y);
  const ys = spreadLabels(wanted, 19, plot.y - 4, plot.y + plot.height + 4);
  return chart.series.map((s, i) => {
    const x = plot.x + plot.width + 12;
    const c = scene.add.container(x, ys[i]!);
    const g = scene.add.graphics();
    drawSeries(
      g,
      [
        { x: 0, y: 0 },
        { x: 30, y: 0 },
      ],
      s.style,
      [{ x: 15, y: 0 }],
    );
    const value = s.values[s.values.length - 1]!;
    const text = addText(
      scene,
      38,
      0,
      `${s.short} ${withUnit(Math.round(value), s.unit)}`,
      'small',
      {
        colour: hex(s.style.colour),
        bold: i === 0,
      },
    ).setOrigin(0, 0.5);
    text.setScale(Math.min(1, (LABEL_ROOM - 50) / Math.max(1, text.width)));
    c.add([g, text]);
    return c;
  });
}
