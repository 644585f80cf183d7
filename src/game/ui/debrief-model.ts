// Everything the debrief shows, gathered once from the finished game, for the screen and the printed report.
import { views } from '../../store';
import type { Action, CompiledRules, GameState, NewsItem, TurnRecord } from '../../store/views';
import { conceptNote } from './concept-notes';
import { calendarDate } from './wording';
import {
  INDEX_STYLE,
  niceRange,
  shortLabel,
  trackStyle,
  type ChartModel,
  type Series,
} from './chart-model';

export interface KeyDecisionLine {
  turn: number;
  text: string;
  effect: number;
  /** "+4.2 points" or "−3.1 points". */
  effectText: string;
}

export interface ConceptLine {
  id: string;
  title: string;
  explain: string;
  turn: number;
  /** Where the game showed it first, in the engine's words. */
  where: string;
  count: number;
}

export interface TimelineEntry {
  kind: 'event' | 'decision' | 'close';
  text: string;
}

export interface TimelineTurn {
  turn: number;
  heading: string;
  entries: TimelineEntry[];
}

export interface DebriefModel {
  scenarioTitle: string;
  scenarioId: string;
  seed: number;
  ending: {
    title: string;
    text: string;
    grade: string;
    score: number;
    turn: number;
    early: boolean;
  };
  turns: number;
  startIndex: number;
  finalIndex: number;
  chart: ChartModel;
  keyDecisions: KeyDecisionLine[];
  concepts: ConceptLine[];
  timeline: TimelineTurn[];
}

/** A turn as the debrief sees it: a finished turn's record, or the turn the game ended in mid-way. */
interface TurnRow {
  turn: number;
  tracks: Record<string, number>;
  stability: number;
  news: NewsItem[];
  actions: TurnRecord['actions'];
  closed: boolean;
}

export function turnRows(rules: CompiledRules, game: GameState): TurnRow[] {
  const rows: TurnRow[] = game.history.map((h) => ({ ...h, closed: true }));
  const last = game.history[game.history.length - 1];
  if (!last || last.turn !== game.turn) {
    rows.push({
      turn: game.turn,
      tracks: { ...game.tracks },
      stability: views.stabilityValue(rules, game.tracks),
      news: game.news,
      actions: game.actions,
      closed: false,
    });
  }
  return rows;
}

export function buildDebrief(rules: CompiledRules, game: GameState): DebriefModel | null {
  const ending = game.ending;
  if (!ending) return null;
  const rows = turnRows(rules, game);
  const chart = chartOf(rules, rows);
  return {
    scenarioTitle: rules.title,
    scenarioId: game.scenarioId,
    seed: game.seed,
    ending: { ...ending },
    turns: rules.calendar.length,
    startIndex: chart.series[0]!.values[0]!,
    finalIndex: views.stabilityValue(rules, game.tracks),
    chart,
    keyDecisions: views.keyDecisions(rules, game, 3).map((d) => ({
      turn: d.turn,
      text: d.text,
      effect: d.effect,
      effectText: `${signed(d.effect)} points`,
    })),
    concepts: views.conceptsShown(game).map((c) => ({
      id: c.concept,
      ...conceptNote(c.concept),
      turn: c.first.turn,
      where: c.first.text,
      count: c.count,
    })),
    timeline: rows.map((row, i) =>
      timelineTurn(rules, row, i === 0 ? chart.series[0]!.values[0]! : rows[i - 1]!.stability),
    ),
  };
}

function chartOf(rules: CompiledRules, rows: TurnRow[]): ChartModel {
  const start: Record<string, number> = {};
  for (const t of rules.tracks) start[t.id] = t.start;
  const index: Series = {
    id: 'stability',
    label: 'Alliance Stability Index',
    short: 'Stability',
    values: [views.stabilityValue(rules, start), ...rows.map((r) => r.stability)],
    style: INDEX_STYLE,
  };
  const tracks: Series[] = rules.tracks.map((t, i) => ({
    id: t.id,
    label: t.label,
    short: shortLabel(t.label),
    unit: t.unit,
    values: [t.start, ...rows.map((r) => r.tracks[t.id] ?? t.start)],
    style: trackStyle(i),
  }));
  const series = [index, ...tracks];
  const floor = Math.min(0, ...rules.tracks.map((t) => t.min));
  const ceiling = Math.max(100, ...rules.tracks.map((t) => t.max));
  const range = niceRange(
    series.flatMap((s) => s.values),
    floor,
    ceiling,
  );
  return {
    xLabels: ['Start', ...rows.map((r) => `T${r.turn}`)],
    series,
    marks: [
      { decisions: 0, events: 0 },
      ...rows.map((r) => ({ decisions: r.actions.length, events: r.news.length })),
    ],
    yMin: range.min,
    yMax: range.max,
  };
}

function timelineTurn(rules: CompiledRules, row: TurnRow, before: number): TimelineTurn {
  const entries: TimelineEntry[] = [
    ...row.news.map((n) => ({ kind: 'event' as const, text: `News: ${n.title}` })),
    ...row.actions.map((a) => ({
      kind: 'decision' as const,
      text: `${actionLabel(rules, a.action)}: ${a.outcome}`,
    })),
  ];
  if (row.closed) {
    entries.push({
      kind: 'close',
      text: `Turn ended. Stability index ${row.stability.toFixed(1)} (${signed(row.stability - before)})`,
    });
  } else if (row.actions.length === 0 && row.news.length === 0) {
    entries.push({ kind: 'close', text: 'The game ended as this turn began.' });
  }
  return { turn: row.turn, heading: turnHeading(rules, row.turn), entries };
}

export function turnHeading(rules: CompiledRules, turn: number): string {
  const t = rules.calendar[turn - 1];
  return t ? `Turn ${turn} · ${calendarDate(t.date, true)} · ${t.label}` : `Turn ${turn}`;
}

function actionLabel(rules: CompiledRules, action: Action): string {
  const name = (id: string) => rules.actorById[id]?.name ?? id;
  switch (action.type) {
    case 'offer':
      return `Offer to ${name(action.to)}`;
    case 'acceptCounter':
      return 'Took the counter-offer';
    case 'walkAway':
      return 'Walked away';
    case 'renege':
      return `Reneged on deal ${action.dealId}`;
    case 'endTurn':
      return 'Ended the turn';
  }
}

/** A signed number with one decimal and a true minus sign: "+4.2", "−3.1", "0.0". */
export function signed(value: number): string {
  const r = Math.round(value * 10) / 10;
  if (r === 0) return '0.0';
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(1)}`;
}
