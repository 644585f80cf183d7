// The turn summary in HTML: the index before → after, each track's net change, every change by its cause, Continue.
import type { Action, CompiledRules } from '../../../engine';
import { views, type Screen } from '../../../store';
import { formatDate } from '../../ui/calendar-date';
import {
  describeChange,
  formatDelta,
  formatWithUnit,
  groupChanges,
  roundForReading,
} from '../../ui/change-list';
import { endedTurn, type Ended } from '../../ui/ended-turn';
import { button, h, heading, list, paragraphs, section, table } from '../dom';
import { indexLine } from '../announce';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';

type NextScreen = Extract<Screen, 'debrief' | 'events' | 'board'>;

const CONTINUE_LABEL: Record<NextScreen, string> = {
  debrief: 'See the debrief',
  events: 'Continue to the news',
  board: 'Continue to the board',
};

export function summaryView(ctx: ViewContext): Node[] {
  const { rules, game } = ctx.s;
  const ended = rules && game ? endedTurn(rules, game) : null;
  if (!ended) return [heading(1, 'Turn summary', { id: SCREEN_HEADING_ID })];
  const { record } = ended;
  const entry = ended.rules.calendar[record.turn - 1];
  const next: NextScreen = ended.game.over
    ? 'debrief'
    : ended.game.news.length > 0
      ? 'events'
      : 'board';
  return [
    heading(1, `Turn ${record.turn} ended`, { id: SCREEN_HEADING_ID }),
    ...paragraphs(entry && `${formatDate(entry.date)} · ${entry.label}`),
    section(
      'a11y-index',
      'Alliance Stability Index',
      ...paragraphs(indexLine(ended.before.stability, record.stability)),
    ),
    section('a11y-net', 'Net change this turn', netTable(ended)),
    section('a11y-ledger', 'Everything that moved, and why', ...ledger(ended)),
    section(
      'a11y-next',
      ended.game.over ? 'The game is over' : 'What comes next',
      ...whatNext(ended),
    ),
    h(
      'nav',
      { 'aria-label': 'Summary' },
      button(CONTINUE_LABEL[next], () => ctx.store.getState().goTo(next), { id: 'a11y-continue' }),
    ),
  ];
}

function netTable({ rules, record, before }: Ended): HTMLTableElement {
  const rows = rules.tracks.map((t) => {
    const now = record.tracks[t.id] ?? t.start;
    const net = now - (before.tracks[t.id] ?? t.start);
    return [
      t.label,
      formatWithUnit(now, t.unit),
      roundForReading(net) !== 0 ? formatDelta(net, t.unit) : 'no change',
    ];
  });
  return table('Each track after the turn', ['Track', 'Now', 'Net change'], rows);
}

/** The decisions taken, then every change grouped by its cause, as the canvas ledger lists them. */
function ledger({ rules, record }: Ended): Node[] {
  const decisions = record.actions.map((a) => `${describeAction(rules, a.action)} — ${a.outcome}`);
  const groups = groupChanges(record.changes);
  return [
    heading(3, 'Your decisions'),
    decisions.length > 0 ? list(decisions, true) : h('p', {}, 'No offers this turn.'),
    ...(groups.length === 0 ? paragraphs('Nothing moved this turn.') : []),
    ...groups.flatMap((g) => [
      heading(3, `${g.heading} (${g.changes.length})`),
      list(g.changes.map((c) => `${describeChange(rules, c)} — ${c.reason.text}`)),
    ]),
  ];
}

function describeAction(rules: CompiledRules, action: Action): string {
  const name = (id: string) => rules.actorById[id]?.name ?? id;
  switch (action.type) {
    case 'offer':
      return `Offer to ${name(action.to)}: ${views.describeDeal(rules, action)}`;
    case 'acceptCounter':
      return 'Took the counter-offer';
    case 'walkAway':
      return 'Walked away from a counter-offer';
    case 'renege':
      return `Reneged on deal ${action.dealId}`;
    case 'endTurn':
      return 'Ended the turn';
  }
}

function whatNext({ rules, game }: Ended): Node[] {
  if (game.over)
    return paragraphs(game.ending?.title ?? 'The calendar has run out.', game.ending?.text);
  const entry = rules.calendar[game.turn - 1];
  const waiting = game.news.length;
  return [
    ...paragraphs(
      `Next: turn ${game.turn}${entry ? ` · ${formatDate(entry.date)} · ${entry.label}` : ''}.`,
      waiting > 0
        ? `${waiting} news ${waiting === 1 ? 'story' : 'stories'} waiting:`
        : 'No news: straight to the board.',
    ),
    ...(waiting > 0 ? [list(game.news.map((n) => n.title))] : []),
  ];
}
