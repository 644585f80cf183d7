// Simulation results as charts: each policy's score histogram and stats, then the endings each policy reached.
import type { PolicyResult } from '../../store';
import {
  endingBars,
  endingSwatch,
  scoreHistogram,
  POLICY_COLOURS,
  type EndingStyle,
} from './charts';
import { el } from './dom';
import { endingSegments, sharedBins, histogram } from './histogram';
import type { TunedScenario } from './weight-model';

const GRADE_ORDER = ['A', 'B', 'C', 'D', 'F'];

/** The scenario's endings best grade first; each keeps its place, which picks its pattern. */
export function endingStyles(scenario: TunedScenario): EndingStyle[] {
  const rank = (grade: string) => {
    const i = GRADE_ORDER.indexOf(grade);
    return i < 0 ? GRADE_ORDER.length : i;
  };
  return [...scenario.endings]
    .sort((a, b) => rank(a.grade) - rank(b.grade))
    .map((e, index) => ({ id: e.id, title: e.title, grade: e.grade, index }));
}

/** Charts for the policies that have finished, in the order they were asked for. */
export function resultsView(
  results: readonly PolicyResult[],
  policyOrder: readonly string[],
  scenario: TunedScenario,
): HTMLElement {
  const sorted = [...results].sort(
    (a, b) => policyOrder.indexOf(a.policy) - policyOrder.indexOf(b.policy),
  );
  const bins = sharedBins(sorted.map((r) => r.scores));
  const tallest = Math.max(1, ...sorted.map((r) => Math.max(...histogram(r.scores, bins))));
  const histograms = sorted.map((r) => {
    const { meanScore, scoreQuantiles: q, games } = r.stats;
    const colour =
      POLICY_COLOURS[Math.max(0, policyOrder.indexOf(r.policy)) % POLICY_COLOURS.length]!;
    return el(
      'figure',
      { className: 'tuning-figure', attrs: { 'data-policy': r.policy } },
      el(
        'figcaption',
        {},
        el('strong', { text: r.policy }),
        ` · ${games} games`,
        el('br'),
        `mean ${meanScore.toFixed(1)} · p10 ${q.p10.toFixed(1)} · p50 ${q.p50.toFixed(1)} · p90 ${q.p90.toFixed(1)}`,
      ),
      scoreHistogram({ policy: r.policy, scores: r.scores, p50: q.p50, colour }, bins, tallest),
    );
  });
  const styles = endingStyles(scenario);
  const order = styles.map((s) => s.id);
  const rows = sorted.map((r) => ({
    policy: r.policy,
    segments: endingSegments(r.stats.endings, order),
  }));
  const reached = new Set(rows.flatMap((r) => r.segments.map((s) => s.id)));
  const legend = el(
    'ul',
    { className: 'tuning-legend', attrs: { 'aria-label': 'Endings' } },
    ...styles
      .filter((s) => reached.has(s.id))
      .map((s) => el('li', {}, endingSwatch(s), el('span', { text: `${s.grade} · ${s.title}` }))),
  );
  return el(
    'div',
    { className: 'tuning-results', attrs: { id: 'tuning-results' } },
    el('h3', { text: 'Final scores per policy' }),
    el('p', {
      className: 'tuning-note',
      text: 'A score is the stability index at the end plus the ending’s bonus; the dashed line is the median.',
    }),
    ...histograms,
    el('h3', { text: 'Endings reached' }),
    endingBars(rows, styles),
    legend,
    endingTable(rows, styles),
  );
}

/** The same ending mix as numbers, for screen readers and for copying into notes. */
function endingTable(
  rows: readonly { policy: string; segments: ReturnType<typeof endingSegments> }[],
  styles: readonly EndingStyle[],
): HTMLElement {
  const text = rows.map((r) => {
    const parts = r.segments.map((s) => {
      const style = styles.find((x) => x.id === s.id);
      return `${style?.title ?? s.id} ${s.count}`;
    });
    return `${r.policy}: ${parts.join(', ')}`;
  });
  return el(
    'details',
    { className: 'tuning-numbers' },
    el('summary', { text: 'Endings as numbers' }),
    ...text.map((t) => el('p', { text: t })),
  );
}
