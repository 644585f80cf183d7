// Inline SVG charts of simulation results: a score histogram per policy and each policy's mix of endings.
import { colour, css, hex } from '../theme';
import { svg } from './dom';
import { axisTicks, histogram, percent, type Bins, type EndingSegment } from './histogram';

/** Okabe–Ito colours for the policies, in the order the game lists them. */
export const POLICY_COLOURS = [
  colour.blue,
  colour.orange,
  colour.green,
  colour.purple,
  colour.yellow,
];

/** Ending colours by grade: good to bad runs green → vermillion; a pattern and the grade letter say it too. */
export const GRADE_COLOURS: Record<string, number> = {
  A: colour.green,
  B: colour.blue,
  C: colour.yellow,
  D: colour.orange,
  F: colour.vermillion,
};

const INK = css.dark;
let patternCount = 0;

/** A fill of `fill` overlaid with the kind-th pattern (none, stripes, dots, ...), defined inside `root`. */
export function patternFill(root: SVGSVGElement, kind: number, fill: number): string {
  const id = `tuning-pattern-${++patternCount}`;
  const marks = PATTERNS[kind % PATTERNS.length]!();
  const pattern = svg(
    'pattern',
    { id, width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
    svg('rect', { width: 8, height: 8, fill: hex(fill) }),
    ...marks,
  );
  root.prepend(svg('defs', {}, pattern));
  return `url(#${id})`;
}

const line = (x1: number, y1: number, x2: number, y2: number) =>
  svg('line', { x1, y1, x2, y2, stroke: INK, 'stroke-width': 1.6, 'stroke-opacity': 0.7 });

const PATTERNS: (() => SVGElement[])[] = [
  () => [],
  () => [line(0, 8, 8, 0), line(-2, 2, 2, -2), line(6, 10, 10, 6)],
  () => [svg('circle', { cx: 4, cy: 4, r: 1.6, fill: INK, 'fill-opacity': 0.7 })],
  () => [line(0, 4, 8, 4)],
  () => [line(0, 8, 8, 0), line(0, 0, 8, 8)],
  () => [line(4, 0, 4, 8)],
  () => [line(0, 0, 8, 8), line(-2, 6, 2, 10), line(6, -2, 10, 2)],
];

export interface HistogramInput {
  policy: string;
  scores: readonly number[];
  p50: number;
  colour: number;
}

const H = { width: 340, height: 86, left: 6, right: 6, top: 14, bottom: 22 };

/** One policy's score distribution on the shared bins and count scale, with its median marked. */
export function scoreHistogram(input: HistogramInput, bins: Bins, tallest: number): SVGSVGElement {
  const counts = histogram(input.scores, bins);
  const plotW = H.width - H.left - H.right;
  const plotH = H.height - H.top - H.bottom;
  const barW = plotW / bins.count;
  const x = (score: number) => H.left + ((score - bins.from) / (bins.width * bins.count)) * plotW;
  const root = svg('svg', {
    viewBox: `0 0 ${H.width} ${H.height}`,
    role: 'img',
    'aria-label': `${input.policy}: scores from ${bins.from} to ${bins.from + bins.width * bins.count}, median ${input.p50}`,
    class: 'tuning-chart',
  });
  counts.forEach((count, i) => {
    const h = tallest > 0 ? (count / tallest) * plotH : 0;
    const bar = svg('rect', {
      x: H.left + i * barW + 0.5,
      y: H.top + plotH - h,
      width: Math.max(1, barW - 1),
      height: h,
      fill: hex(input.colour),
    });
    const from = bins.from + i * bins.width;
    bar.append(svg('title', {}, `${from}–${from + bins.width}: ${count} games`));
    root.append(bar);
  });
  root.append(axis(bins, x, H.top + plotH), medianMark(x(input.p50), input.p50, plotH));
  return root;
}

function axis(bins: Bins, x: (score: number) => number, y: number): SVGGElement {
  const right = H.width - H.right;
  const g = svg('g', {}, svg('line', { x1: H.left, y1: y, x2: right, y2: y, stroke: css.faint }));
  for (const tick of axisTicks(bins.from, bins.from + bins.width * bins.count)) {
    const at = x(tick);
    const anchor = at < H.left + 12 ? 'start' : at > right - 12 ? 'end' : 'middle';
    g.append(
      svg('line', { x1: at, y1: y, x2: at, y2: y + 4, stroke: css.faint }),
      svg(
        'text',
        { x: at, y: y + 16, 'text-anchor': anchor, class: 'tuning-chart-tick' },
        String(tick),
      ),
    );
  }
  return g;
}

function medianMark(x: number, p50: number, plotH: number): SVGGElement {
  const anchor = x > H.width - 70 ? 'end' : 'start';
  return svg(
    'g',
    {},
    svg('line', {
      x1: x,
      y1: H.top - 2,
      x2: x,
      y2: H.top + plotH,
      stroke: css.text,
      'stroke-dasharray': '3 2',
    }),
    svg(
      'text',
      {
        x: anchor === 'start' ? x + 3 : x - 3,
        y: H.top - 4,
        'text-anchor': anchor,
        class: 'tuning-chart-tick',
      },
      `median ${p50.toFixed(1)}`,
    ),
  );
}

export interface EndingStyle {
  id: string;
  title: string;
  grade: string;
  /** The ending's place in the legend: it picks the pattern, so two endings of one grade still differ. */
  index: number;
}

export interface EndingRow {
  policy: string;
  segments: EndingSegment[];
}

const B = { width: 340, label: 84, row: 26, gap: 8 };

/** A stacked bar per policy: the share of its games that reached each ending, labelled with grade and percent. */
export function endingBars(
  rows: readonly EndingRow[],
  styles: readonly EndingStyle[],
): SVGSVGElement {
  const height = rows.length * (B.row + B.gap);
  const root = svg('svg', {
    viewBox: `0 0 ${B.width} ${height}`,
    role: 'img',
    'aria-label': 'Endings reached by each policy',
    class: 'tuning-chart',
  });
  const barW = B.width - B.label;
  const fills = new Map(
    styles.map((s) => [s.id, patternFill(root, s.index, GRADE_COLOURS[s.grade] ?? colour.white)]),
  );
  rows.forEach((row, r) => {
    const y = r * (B.row + B.gap) + B.gap / 2;
    root.append(
      svg('text', { x: 0, y: y + B.row / 2 + 5, class: 'tuning-chart-label' }, row.policy),
    );
    for (const seg of row.segments)
      root.append(segment(seg, styles, fills, B.label + seg.start * barW, y, seg.share * barW));
  });
  return root;
}

function segment(
  seg: EndingSegment,
  styles: readonly EndingStyle[],
  fills: Map<string, string>,
  x: number,
  y: number,
  width: number,
): SVGGElement {
  const style = styles.find((s) => s.id === seg.id);
  const rect = svg('rect', {
    x,
    y,
    width: Math.max(0.5, width),
    height: B.row,
    fill: fills.get(seg.id) ?? hex(colour.white),
    stroke: css.dark,
    'stroke-width': 1,
  });
  rect.append(
    svg('title', {}, `${style?.title ?? seg.id}: ${seg.count} games (${percent(seg.share)})`),
  );
  const g = svg('g', {}, rect);
  const label = `${style?.grade ?? '?'} ${percent(seg.share)}`;
  if (width >= 46)
    g.append(
      svg(
        'text',
        {
          x: x + width / 2,
          y: y + B.row / 2 + 5,
          'text-anchor': 'middle',
          class: 'tuning-chart-segment',
        },
        label,
      ),
    );
  return g;
}

/** A small legend swatch drawn with the same colour and pattern as the ending's segments. */
export function endingSwatch(style: EndingStyle): SVGSVGElement {
  const root = svg('svg', { viewBox: '0 0 18 18', width: 18, height: 18, 'aria-hidden': 'true' });
  root.append(
    svg('rect', {
      width: 18,
      height: 18,
      fill: patternFill(root, style.index, GRADE_COLOURS[style.grade] ?? colour.white),
      stroke: css.muted,
    }),
  );
  return root;
}
