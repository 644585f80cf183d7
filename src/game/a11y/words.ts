// The accessible layer's sentences, built from the store's data and the engine's own texts (no rules here).
import type { CompiledRules, Forecast, GameState } from '../../engine';
import type { CatalogueEntry } from '../../store';
import { views } from '../../store';
import { formatDelta, formatWithUnit, roundForReading } from '../ui/change-list';
import { formatDate } from '../ui/calendar-date';
import { netChanges, netText } from '../ui/net-changes';
import { shortNumber, signed } from '../ui/wording';

export type SeatStatus = 'open' | 'counter' | 'signed' | 'walked' | 'waiting';

/** Where a counterpart stands this turn, as the board shows it. */
export function seatStatus(game: GameState, id: string): SeatStatus {
  const a = game.actors[id];
  if (a?.dealtThisTurn) return 'signed';
  if (a?.walkedAway || (a && a.patience <= 0)) return 'walked';
  if (game.pending?.original.to === id) return 'counter';
  if (game.pending) return 'waiting';
  return 'open';
}

export const SEAT_WORDS: Record<SeatStatus, string> = {
  open: 'ready to negotiate',
  counter: 'waiting for your answer to its counter-offer',
  signed: 'deal signed this turn ✓',
  walked: 'has left the table for this turn ✗',
  waiting: 'waiting: answer the other counter-offer first',
};

/** "10 turns · 16 Jun 2025 – 15 Dec 2025 · English" */
export function scenarioFacts(entry: CatalogueEntry): string {
  const calendar = entry.scenario.calendar;
  const first = calendar[0];
  const last = calendar[calendar.length - 1];
  const span = first && last ? `${formatDate(first.date)} – ${formatDate(last.date)}` : '';
  let language = entry.language;
  try {
    language = new Intl.DisplayNames(['en'], { type: 'language' }).of(entry.language) ?? language;
  } catch {
    // An unknown tag is shown as written.
  }
  return [`${entry.turns} turns`, span, language].filter(Boolean).join(' · ');
}

/** Each track now, and how far it moved since the last turn ended (or since the start). */
export function trackRows(rules: CompiledRules, game: GameState): string[][] {
  const last = game.history[game.history.length - 1];
  return rules.tracks.map((t) => {
    const now = game.tracks[t.id] ?? t.start;
    const before = last?.tracks[t.id] ?? t.start;
    const moved = roundForReading(now - before) !== 0;
    return [
      t.label,
      formatWithUnit(now, t.unit),
      moved ? formatDelta(now - before, t.unit) : 'no change',
    ];
  });
}

/** "Alliance Stability Index 50.5, −0.2 ▼ since the start" */
export function indexSummary(rules: CompiledRules, game: GameState): string {
  const last = game.history[game.history.length - 1];
  const starts = Object.fromEntries(rules.tracks.map((t) => [t.id, t.start]));
  const now = views.stabilityValue(rules, game.tracks);
  const before = last?.stability ?? views.stabilityValue(rules, starts);
  const since = last ? 'since last turn' : 'since the start';
  return `Alliance Stability Index ${roundForReading(now)} out of 100, ${formatDelta(now - before)} ${since}.`;
}

const VERDICT = { accept: 'ACCEPTS', counter: 'COUNTERS', refuse: 'REFUSES' } as const;

export interface ForecastWords {
  verdict: string;
  forIt: string[];
  againstIt: string[];
  /** What the package would move if accepted. */
  changes: string[];
  stability: string;
  winSet: string;
  problem: string | null;
}

/** The forecast panel in words: the likely answer and its chance, why, what would move, the index and the win-set. */
export function forecastWords(
  rules: CompiledRules,
  f: Forecast,
  actorName: string,
  empty: boolean,
): ForecastWords {
  const chance = Math.round(f.acceptChance * 100);
  const parts = (sign: 1 | -1) =>
    f.parts
      .filter((p) => p.amount * sign > 0)
      .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
      .slice(0, 3)
      .map((p) => `${p.label}: ${signed(p.amount)}`);
  const w = f.winSet;
  const d = f.stabilityAfter - f.stabilityBefore;
  return {
    verdict: empty
      ? `The package is empty: choose what Seoul gives ${actorName} and what it asks in return.`
      : f.verdict === 'accept'
        ? `${actorName}: likely ${VERDICT.accept} (${chance}% chance).`
        : `${actorName}: likely ${VERDICT[f.verdict]}; accepts ${chance}% of the time.`,
    forIt: empty ? [] : parts(1),
    againstIt: empty ? [] : parts(-1),
    changes: empty ? [] : netChanges(rules, f.changes).map((r) => `${r.label} ${netText(r)}`),
    stability: empty
      ? `Stability now ${shortNumber(f.stabilityBefore)}.`
      : `Stability ${shortNumber(f.stabilityBefore)} → ${shortNumber(f.stabilityAfter)}, ${formatDelta(d)}.`,
    winSet: empty
      ? `Domestic win-set: approval must stay at or above ${shortNumber(w.floor)}; it stands at ${shortNumber(w.approvalAfter)}.`
      : `Domestic win-set: approval must stay at or above ${shortNumber(w.floor)}; this package leaves ${shortNumber(w.approvalAfter)} ${w.ok ? '✓ inside the win-set' : '✗ outside the win-set'}.`,
    problem: !f.legal && f.problem ? `Cannot send: ${f.problem}` : null,
  };
}
