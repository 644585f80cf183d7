// The debrief chart as plain data and geometry, shared by the on-screen chart and the printed report.
import { colour } from '../theme';

export type MarkerShape =
  'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'ring' | 'triangleDown' | 'plus';

/** How one line looks: colour is never the only difference, so each also has a dash and a marker. */
export interface LineStyle {
  colour: number;
  /** The same line's colour on white paper. */
  print: string;
  /** Dash pattern in pixels (on, off, …); empty for a solid line. */
  dash: number[];
  marker: MarkerShape;
  width: number;
}

export interface Series {
  id: string;
  label: string;
  /** A short name for the line's end label and the legend. */
  short: string;
  /** The track's unit ('pts', '%'); none for the index, which is out of 100. */
  unit?: string;
  /** One value per point: the start of the game, then the end of each turn. */
  values: number[];
  style: LineStyle;
}

export interface TurnMarks {
  /** Decisions Seoul took in the turn (offers, answers to counters, reneging). */
  decisions: number;
  /** News events that arrived in the turn. */
  events: number;
}

export interface ChartModel {
  /** Labels along the x axis: 'Start', then 'T1', 'T2', … */
  xLabels: string[];
  series: Series[];
  /** Marks per point (none for the start). */
  marks: TurnMarks[];
  yMin: number;
  yMax: number;
}

/** The stability index's line, in the palette of the moment. */
export function indexStyle(): LineStyle {
  return { colour: colour.white, print: '#000000', dash: [], marker: 'circle', width: 4 };
}

/** A track's look with its screen colour named, not read, so the palette can change after this module loads. */
type TrackLook = Omit<LineStyle, 'colour'> & { tone: keyof typeof colour | number };

/** Track styles in scenario order; a scenario with more tracks reuses them with a longer dash. */
const TRACK_STYLES: TrackLook[] = [
  { tone: 'blue', print: '#0072b2', dash: [12, 6], marker: 'square', width: 2.5 },
  { tone: 'green', print: '#009e73', dash: [3, 5], marker: 'triangle', width: 2.5 },
  { tone: 'vermillion', print: '#d55e00', dash: [14, 4, 3, 4], marker: 'diamond', width: 2.5 },
  { tone: 'purple', print: '#cc79a7', dash: [7, 7], marker: 'cross', width: 2.5 },
  { tone: 'orange', print: '#e69f00', dash: [], marker: 'ring', width: 2 },
  { tone: 'yellow', print: '#9a8700', dash: [18, 5], marker: 'triangleDown', width: 2.5 },
  { tone: 0xa9bccf, print: '#555555', dash: [2, 3, 8, 3], marker: 'plus', width: 2.5 },
];

export function trackStyle(index: number): LineStyle {
  const { tone, ...look } = TRACK_STYLES[index % TRACK_STYLES.length]!;
  const base = { ...look, colour: typeof tone === 'number' ? tone : colour[tone] };
  const round = Math.floor(index / TRACK_STYLES.length);
  return round === 0
    ? base
    : { ...base, dash: [...(base.dash.length ? base.dash : [20]), 10 * round] };
}

/** "Relations with Washington" → "Washington"; "Security (deterrence)" → "Security". */
export function shortLabel(label: string): string {
  const short = label
    .replace(/^relations with\s+/i, '')
    .replace(/\s*\(.*\)\s*$/, '')
    .trim();
  return short.length > 0 ? short : label;
}

/** A y range in whole tens that holds every value with a little air, inside [floor, ceiling]. */
export function niceRange(
  values: number[],
  floor = 0,
  ceiling = 100,
): { min: number; max: number } {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { min: floor, max: ceiling };
  let min = Math.max(floor, Math.floor((Math.min(...finite) - 3) / 10) * 10);
  let max = Math.min(ceiling, Math.ceil((Math.max(...finite) + 3) / 10) * 10);
  while (max - min < 30) {
    if (min > floor) min -= 10;
    else if (max < ceiling) max += 10;
    else break;
  }
  return { min, max };
}

export interface Point {
  x: number;
  y: number;
}

/** Cuts a polyline into the visible pieces of a dash pattern, carrying the pattern across corners. */
export function dashSegments(points: Point[], dash: number[]): [Point, Point][] {
  const pairs: [Point, Point][] = [];
  for (let i = 1; i < points.length; i++) pairs.push([points[i - 1]!, points[i]!]);
  if (dash.length === 0 || dash.every((d) => d <= 0)) return pairs;
  const out: [Point, Point][] = [];
  let part = 0;
  let left = dash[0]!;
  for (const [a, b] of pairs) {
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    let at = 0;
    while (at < length) {
      const step = Math.min(left, length - at);
      if (part % 2 === 0) out.push([lerp(a, b, at / length), lerp(a, b, (at + step) / length)]);
      at += step;
      left -= step;
      if (left <= 1e-9) {
        part = (part + 1) % dash.length;
        left = dash[part]!;
      }
    }
  }
  return out;
}

/**
 * The parts of `pieces` (a line's dashes, left to right) that lie between `from` and `to` across the chart,
 * cut where they cross either edge: a line drawn span by span joins up exactly as when drawn whole.
 */
export function piecesBetween(
  pieces: readonly [Point, Point][],
  from: number,
  to: number,
): [Point, Point][] {
  const out: [Point, Point][] = [];
  for (const [a, b] of pieces) {
    const lo = Math.max(from, Math.min(a.x, b.x));
    const hi = Math.min(to, Math.max(a.x, b.x));
    if (hi < lo || (hi === lo && a.x !== b.x)) continue;
    if (a.x === b.x) {
      out.push([a, b]);
      continue;
    }
    const at = (x: number) => lerp(a, b, (x - a.x) / (b.x - a.x));
    const [first, last] = a.x < b.x ? [lo, hi] : [hi, lo];
    out.push([at(first), at(last)]);
  }
  return out;
}

function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

/** Moves end labels apart so none overlap, keeping each as near its line as the gap allows. */
export function spreadLabels(wanted: number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((o) => o.y);
  for (let k = 0; k < ys.length; k++) ys[k] = Math.max(ys[k]!, k === 0 ? top : ys[k - 1]! + gap);
  for (let k = ys.length - 1; k >= 0; k--) {
    ys[k] = Math.min(ys[k]!, k === ys.length - 1 ? bottom : ys[k + 1]! - gap);
  }
  for (let k = 0; k < ys.length; k++) ys[k] = Math.max(ys[k]!, k === 0 ? top : ys[k - 1]! + gap);
  const placed: number[] = new Array<number>(wanted.length);
  order.forEach((o, k) => (placed[o.i] = ys[k]!));
  return placed;
}

/** Where each value sits inside a plot box. */
export function plotPoints(
  values: number[],
  box: { x: number; y: number; width: number; height: number },
  yMin: number,
  yMax: number,
): Point[] {
  const steps = Math.max(1, values.length - 1);
  const span = yMax - yMin || 1;
  return values.map((v, i) => ({
    x: box.x + (box.width * i) / steps,
    y: box.y + box.height * (1 - (Math.min(yMax, Math.max(yMin, v)) - yMin) / span),
  }));
}
