// What the live region says after a move: the engine's own words for answers, the index and biggest moves for a turn.
import type { CompiledRules, GameState, Outcome } from '../../engine';
import type { StoreData } from '../../store';
import { t } from '../i18n';
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
  return t('a11y.index.line', {
    before: show(before),
    after: show(after),
    delta: formatDelta(after - before),
  });
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
      (r) =>
        `${r.label} ${formatDelta(r.delta, r.unit)} (${r.reasons[0] ?? t('a11y.turn.noReason')})`,
    );
  // Each change is a record with its own reason in brackets: a semicolon keeps them apart in any language.
  const moved =
    biggest.length > 0
      ? t('a11y.turn.biggest', { changes: biggest.join('; ') })
      : t('a11y.turn.noneMoved');
  return [
    t('a11y.turn.ended', { turn: record.turn }),
    indexLine(before.stability, record.stability),
    moved,
    game.over ? endingText(game) : nextTurnText(rules, game),
  ].join(' ');
}

function endingText(game: GameState): string {
  const e = game.ending;
  return e ? t('a11y.game.overWith', { title: e.title, grade: e.grade }) : t('a11y.game.over');
}

function nextTurnText(rules: CompiledRules, game: GameState): string {
  const entry = rules.calendar[game.turn - 1];
  const turn = { turn: game.turn, count: rules.calendar.length };
  const begins = entry
    ? t('a11y.turn.beginsWith', { ...turn, label: entry.label })
    : t('a11y.turn.begins', turn);
  return [begins, newsText(game)].filter(Boolean).join(' ');
}

/** The events that fired as the turn began, by title. */
export function newsText(game: GameState): string {
  const titles = game.news.map((n) => n.title);
  if (titles.length === 0) return '';
  // Headlines may hold commas of their own, so semicolons part them.
  return t('a11y.news.heard', { count: titles.length, titles: titles.join('; ') });
}

/** An answer, a deal or a walk-away in the engine's words; a turn's end as its result. */
export function outcomeText(rules: CompiledRules, game: GameState, outcome: Outcome): string {
  if (outcome.kind === 'turn-ended') return turnResultText(rules, game) ?? outcome.text;
  const over = game.over ? ` ${endingText(game)}` : '';
  return `${outcome.text}${over}`;
}

/** A game that appeared in the store: new, resumed, or replayed from an earlier turn. */
function arrivalText(rules: CompiledRules, game: GameState, previous: GameState | null): string {
  const turn = `${t('common.turnOf', { turn: game.turn, count: rules.calendar.length })}.`;
  const same = previous?.scenarioId === game.scenarioId && previous.seed === game.seed;
  const said =
    game.log.length === 0
      ? `${t('a11y.game.new', { title: rules.title })} ${turn}`
      : same && game.log.length < previous.log.length
        ? t('a11y.game.replayed', { turn: game.turn })
        : `${t('a11y.game.back')} ${turn}`;
  return [said, newsText(game)].filter(Boolean).join(' ');
}

/** What to announce after the store moved from `before` to `now`, or null when nothing worth saying happened. */
export function announcementFor(before: Heard, now: Heard): string | null {
  if (now.notice && now.notice !== before.notice) return now.notice.text;
  if (now.lastRefusal && now.lastRefusal !== before.lastRefusal)
    return t('a11y.notDone', { reason: now.lastRefusal });
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
