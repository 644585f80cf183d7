// What the live region says after a move: the engine's own words for answers, the index and biggest moves for a turn.
import type { CompiledRules, GameState, Outcome } from '../../engine';
import type { StoreData } from '../../store';
import { formatDelta, roundForReading } from '../ui/change-list';
import { endedTurn } from '../ui/ended-turn';
import { netChanges } from '../ui/net-changes';

/** How many of a turn's net track changes are read out. */
const BIGGEST = 3;

type Heard = Pick<StoreData, 'rules' | 'game' | 'lastOutcome' | 'lastRefusal' | 'notice'>;

/** "Alliance Stability Index 50.5 → 52.1, +1.6 ▲."; two decimals when one would hide the move ("50 → 49.96"). */
export function indexLine(before: number, after: number): string {
  const hidden = roundForReading(before) === roundForReading(after) && before !== after;
  const show = (v: number) => (hidden ? Math.round(v * 100) / 100 : roundForReading(v));
  return `Alliance Stability Index ${show(before)} → ${show(after)}, ${formatDelta(after - before)}.`;
}

/** The turn just ended: the index, the biggest net track changes with their first reason, and the ending if any. */
export function turnResultText(rules: CompiledRules, game: GameState): string | null {
  const ended = endedTurn(rules, game);
  if (!ended) return null;
  const { record, before } = ended;
  const tracks = netChanges(
    rules,
    record.changes.filter((c) => c.target === 'track'),
  );
  const biggest = [...tracks]
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, BIGGEST)
    .map(
      (r) => `${r.label} ${formatDelta(r.delta, r.unit)} (${r.reasons[0] ?? 'no reason given'})`,
    );
  const moved = biggest.length > 0 ? `Biggest changes: ${biggest.join('; ')}.` : 'No track moved.';
  return [
    `Turn ${record.turn} ended.`,
    indexLine(before.stability, record.stability),
    moved,
    game.over ? endingText(game) : nextTurnText(rules, game),
  ].join(' ');
}

function endingText(game: GameState): string {
  const e = game.ending;
  return e ? `The game is over: ${e.title}. Grade ${e.grade}.` : 'The game is over.';
}

function nextTurnText(rules: CompiledRules, game: GameState): string {
  const entry = rules.calendar[game.turn - 1];
  const begins = `Turn ${game.turn} of ${rules.calendar.length} begins${entry ? `: ${entry.label}` : ''}.`;
  return [begins, newsText(game)].filter(Boolean).join(' ');
}

/** The events that fired as the turn began, by title. */
export function newsText(game: GameState): string {
  const titles = game.news.map((n) => n.title);
  if (titles.length === 0) return '';
  return `${titles.length === 1 ? 'News' : `${titles.length} news stories`}: ${titles.join('; ')}.`;
}

/** An answer, a deal or a walk-away in the engine's words; a turn's end as its result. */
export function outcomeText(rules: CompiledRules, game: GameState, outcome: Outcome): string {
  if (outcome.kind === 'turn-ended') return turnResultText(rules, game) ?? outcome.text;
  const over = game.over ? ` ${endingText(game)}` : '';
  return `${outcome.text}${over}`;
}

/** A game that appeared in the store: new, resumed, or replayed from an earlier turn. */
function arrivalText(rules: CompiledRules, game: GameState, previous: GameState | null): string {
  const turn = `Turn ${game.turn} of ${rules.calendar.length}.`;
  const same = previous?.scenarioId === game.scenarioId && previous.seed === game.seed;
  const said =
    game.log.length === 0
      ? `A new game of ${rules.title} begins. ${turn}`
      : same && game.log.length < previous.log.length
        ? `The game is replayed from turn ${game.turn}.`
        : `Your saved game is back. ${turn}`;
  return [said, newsText(game)].filter(Boolean).join(' ');
}

/** What to announce after the store moved from `before` to `now`, or null when nothing worth saying happened. */
export function announcementFor(before: Heard, now: Heard): string | null {
  if (now.notice && now.notice !== before.notice) return now.notice.text;
  if (now.lastRefusal && now.lastRefusal !== before.lastRefusal)
    return `Not done: ${now.lastRefusal}`;
  const { rules, game } = now;
  if (!rules || !game || game === before.game) return null;
  if (now.lastOutcome && now.lastOutcome !== before.lastOutcome)
    return outcomeText(rules, game, now.lastOutcome);
  const replaced =
    !before.game ||
    before.game.scenarioId !== game.scenarioId ||
    before.game.seed !== game.seed ||
    game.log.length < before.game.log.length;
  return replaced ? arrivalText(rules, game, before.game) : null;
}
