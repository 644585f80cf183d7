// Everything the debrief shows, gathered once from the finished game, for the screen and the printed report.
import { views } from '../../store';
import { formatNumber, speak, t } from '../i18n';
import type { Action, CompiledRules, GameState, NewsItem, TurnRecord } from '../../store/views';
import { conceptNote } from './concept-notes';
import { calendarDate } from './wording';
import {
  indexStyle,
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
      text: speak(d.say, rules),
      effect: d.effect,
      effectText: t('debrief.points', { value: signed(d.effect) }),
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
    label: t('common.asi'),
    short: t('chart.stability'),
    values: [views.stabilityValue(rules, start), ...rows.map((r) => r.stability)],
    style: indexStyle(),
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
    xLabels: [t('chart.start'), ...rows.map((r) => t('chart.turn', { turn: r.turn }))],
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
    ...row.news.map((n) => ({
      kind: 'event' as const,
      text: t('timeline.news', { title: n.title }),
    })),
    ...row.actions.map((a) => ({
      kind: 'decision' as const,
      text: t('timeline.decision', { action: actionLabel(rules, a.action), outcome: a.outcome }),
    })),
  ];
  if (row.closed) {
    entries.push({
      kind: 'close',
      text: t('timeline.closed', {
        value: oneDecimal(row.stability),
        change: signed(row.stability - before),
      }),
    });
  } else if (row.actions.length === 0 && row.news.length === 0) {
    entries.push({ kind: 'close', text: t('timeline.endedAtStart') });
  }
  return { turn: row.turn, heading: turnHeading(rules, row.turn), entries };
}

export function turnHeading(rules: CompiledRules, turn: number): string {
  const entry = rules.calendar[turn - 1];
  return entry
    ? t('timeline.heading', { turn, date: calendarDate(entry.date, true), label: entry.label })
    : t('common.turn', { turn });
}

function actionLabel(rules: CompiledRules, action: Action): string {
  const name = (id: string) => rules.actorById[id]?.name ?? id;
  switch (action.type) {
    case 'offer':
      return t('action.offerShort', { name: name(action.to) });
    case 'acceptCounter':
      return t('action.tookCounter');
    case 'walkAway':
      return t('action.walkedAway');
    case 'renege':
      return t('action.renege', { id: action.dealId });
    case 'endTurn':
      return t('action.endTurn');
  }
}

/** "In this game, turn 3: <where> (seen 2 times)": where the game first showed an idea, and how often. */
export function whereShown(c: ConceptLine): string {
  const where = t('ideas.where', { turn: c.turn, where: c.where });
  return c.count > 1 ? `${where} ${t('ideas.times', { count: c.count })}` : where;
}

/** A signed number with one decimal and a true minus sign: "+4.2", "−3.1", "0.0". */
export function signed(value: number): string {
  const r = Math.round(value * 10) / 10;
  if (r === 0) return oneDecimal(0);
  return `${r > 0 ? '+' : '−'}${oneDecimal(Math.abs(r))}`;
}

/** Always one decimal, in the interface's number format: "62.0". */
export function oneDecimal(value: number): string {
  return formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
