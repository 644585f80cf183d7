// Pure chart arithmetic for simulation results: shared score bins and the ending mix of each policy.

export interface Bins {
  /** Lower edge of the first bin. */
  from: number;
  width: number;
  count: number;
}

const NICE_WIDTHS = [0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100];

/** Bins of a round width covering every score of every policy, so the histograms compare at a glance. */
export function sharedBins(scoreLists: readonly (readonly number[])[], maxBins = 20): Bins {
  const all = scoreLists.flat().filter(Number.isFinite);
  if (all.length === 0) return { from: 0, width: 10, count: 10 };
  const low = Math.min(...all);
  const high = Math.max(...all);
  for (const width of NICE_WIDTHS) {
    const from = Math.floor(low / width) * width;
    const count = Math.max(1, Math.floor((high - from) / width) + 1);
    if (count <= maxBins) return { from, width, count };
  }
  const width = Math.ceil((high - low) / maxBins) || 1;
  return { from: Math.floor(low / width) * width, width, count: maxBins + 1 };
}

/** How many scores fall in each bin (a bin holds its lower edge; the top score falls in the last bin). */
export function histogram(scores: readonly number[], bins: Bins): number[] {
  const counts = new Array<number>(bins.count).fill(0);
  for (const score of scores) {
    if (!Number.isFinite(score)) continue;
    const index = Math.floor((score - bins.from) / bins.width + 1e-9);
    counts[Math.min(bins.count - 1, Math.max(0, index))]! += 1;
  }
  return counts;
}

export interface EndingSegment {
  id: string;
  count: number;
  /** Share of the policy's games, 0..1. */
  share: number;
  /** Where the segment starts along the bar, 0..1. */
  start: number;
}

/** One policy's endings as segments of a bar, in the scenario's order of endings (unknown ones last). */
export function endingSegments(
  endings: Readonly<Record<string, number>>,
  order: readonly string[],
): EndingSegment[] {
  const ids = [
    ...order,
    ...Object.keys(endings)
      .filter((id) => !order.includes(id))
      .sort(),
  ];
  const total = Object.values(endings).reduce((a, b) => a + b, 0);
  const segments: EndingSegment[] = [];
  let start = 0;
  for (const id of ids) {
    const count = endings[id] ?? 0;
    if (count <= 0 || total === 0) continue;
    const share = count / total;
    segments.push({ id, count, share, start });
    start += share;
  }
  return segments;
}

/** A share as a whole percentage for labels ("34%"), never "0%" for a share that is there. */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** Round tick values from `from` to `to`, at most `most` of them, at a step of 1, 2 or 5 × a power of ten. */
export function axisTicks(from: number, to: number, most = 6): number[] {
  const span = to - from;
  if (!(span > 0)) return [from];
  const power = 10 ** Math.floor(Math.log10(span / most));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => span / s <= most - 1) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step - 1e-9) * step; t <= to + 1e-9; t += step)
    ticks.push(Number(t.toFixed(6)));
  return ticks;
}
