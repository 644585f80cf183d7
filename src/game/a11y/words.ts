// The accessible layer's sentences, built from the store's data and the engine's own texts (no rules here).
import type { CompiledRules, Forecast, GameState } from '../../engine';
import type { CatalogueEntry } from '../../store';
import { views } from '../../store';
import {
  formatDateRange,
  formatList,
  formatNumber,
  languageName,
  locale,
  t,
  type MessageKey,
} from '../i18n';
import { formatDelta, formatWithUnit, roundForReading } from '../ui/change-list';
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

const SEAT_WORDS = {
  open: 'a11y.seat.open',
  counter: 'a11y.seat.counter',
  signed: 'a11y.seat.signed',
  walked: 'a11y.seat.walked',
  waiting: 'a11y.seat.waiting',
} as const satisfies Record<SeatStatus, MessageKey>;

/** "ready to negotiate", "deal signed this turn ✓": a seat's status in the interface's language. */
export function seatWords(status: SeatStatus): string {
  return t(SEAT_WORDS[status]);
}

/** "10 turns · 16 Jun – 15 Dec 2025 · English", the scenario's language named in the interface's. */
export function scenarioFacts(entry: CatalogueEntry): string {
  const calendar = entry.scenario.calendar;
  const first = calendar[0];
  const last = calendar[calendar.length - 1];
  const span = first && last ? formatDateRange(first.date, last.date) : '';
  const language = formatList(entry.languages.map((l) => languageName(l, locale())));
  return [t('common.turns', { count: entry.turns }), span, language].filter(Boolean).join(' · ');
}

/** A chance as a percentage in the interface's language: 0.62 → "62%". */
function percent(chance: number): string {
  return formatNumber(chance, { style: 'percent', maximumFractionDigits: 0 });
}

/** Each track now, and how far it moved since the last turn ended (or since the start). */
export function trackRows(rules: CompiledRules, game: GameState): string[][] {
  const last = game.history[game.history.length - 1];
  return rules.tracks.map((track) => {
    const now = game.tracks[track.id] ?? track.start;
    const before = last?.tracks[track.id] ?? track.start;
    const moved = roundForReading(now - before) !== 0;
    return [
      track.label,
      formatWithUnit(now, track.unit),
      moved ? formatDelta(now - before, track.unit) : t('summary.noChange'),
    ];
  });
}

/** "Alliance Stability Index 50.5, −0.2 ▼ since the start" */
export function indexSummary(rules: CompiledRules, game: GameState): string {
  const last = game.history[game.history.length - 1];
  const starts = Object.fromEntries(rules.tracks.map((track) => [track.id, track.start]));
  const now = views.stabilityValue(rules, game.tracks);
  const before = last?.stability ?? views.stabilityValue(rules, starts);
  return t('a11y.index.summary', {
    value: roundForReading(now),
    delta: formatDelta(now - before),
    since: t(last ? 'board.sinceLast' : 'board.sinceStart'),
  });
}

const VERDICT = {
  accept: 'a11y.forecast.accept',
  counter: 'a11y.forecast.counter',
  refuse: 'a11y.forecast.refuse',
} as const satisfies Record<Forecast['verdict'], MessageKey>;

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
  const chance = percent(f.acceptChance);
  const parts = (sign: 1 | -1) =>
    f.parts
      .filter((p) => p.amount * sign > 0)
      .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
      .slice(0, 3)
      .map((p) => `${p.label}: ${signed(p.amount)}`);
  const w = f.winSet;
  const floor = shortNumber(w.floor);
  const after = shortNumber(w.approvalAfter);
  return {
    verdict: empty
      ? t('a11y.forecast.empty', { name: actorName })
      : t(VERDICT[f.verdict], { name: actorName, chance }),
    forIt: empty ? [] : parts(1),
    againstIt: empty ? [] : parts(-1),
    changes: empty ? [] : netChanges(rules, f.changes).map((r) => `${r.label} ${netText(r)}`),
    stability: empty
      ? `${t('forecast.stabilityNow', { value: shortNumber(f.stabilityBefore) })}.`
      : t('a11y.forecast.stability', {
          before: shortNumber(f.stabilityBefore),
          after: shortNumber(f.stabilityAfter),
          delta: formatDelta(f.stabilityAfter - f.stabilityBefore),
        }),
    winSet: empty
      ? t('a11y.forecast.winSetNow', { floor, now: after })
      : t(w.ok ? 'a11y.forecast.winSetInside' : 'a11y.forecast.winSetOutside', { floor, after }),
    problem: !f.legal && f.problem ? t('forecast.cannotSend', { problem: f.problem }) : null,
  };
}

/** "Troop-cost share — met ✓": an open demand and whether the package already meets it. */
export function demandLine(d: { label: string; met: boolean }): string {
  return t(d.met ? 'a11y.demand.met' : 'a11y.demand.unmet', { demand: d.label });
}
