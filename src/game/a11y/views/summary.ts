// The turn summary in HTML: the index before → after, each track's net change, every change by its cause, Continue.
import type { Action, CompiledRules } from '../../../engine';
import type { Screen } from '../../../store';
import { t, type MessageKey } from '../../i18n';
import { formatDate } from '../../ui/calendar-date';
import {
  describeChange,
  formatDelta,
  formatWithUnit,
  groupChanges,
  roundForReading,
} from '../../ui/change-list';
import { endedTurn, type Ended } from '../../ui/ended-turn';
import { dealTerms } from '../../ui/wording';
import { button, h, heading, list, paragraphs, section, table } from '../dom';
import { indexLine } from '../announce';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';

type NextScreen = Extract<Screen, 'debrief' | 'events' | 'board'>;

const CONTINUE_LABEL = {
  debrief: 'summary.toDebrief',
  events: 'summary.toNews',
  board: 'summary.toBoard',
} as const satisfies Record<NextScreen, MessageKey>;

export function summaryView(ctx: ViewContext): Node[] {
  const { rules, game } = ctx.s;
  const ended = rules && game ? endedTurn(rules, game) : null;
  if (!ended) return [heading(1, t('a11y.summary.title'), { id: SCREEN_HEADING_ID })];
  const { record } = ended;
  const entry = ended.rules.calendar[record.turn - 1];
  const next: NextScreen = ended.game.over
    ? 'debrief'
    : ended.game.news.length > 0
      ? 'events'
      : 'board';
  return [
    heading(1, t('summary.title', { turn: record.turn }), { id: SCREEN_HEADING_ID }),
    ...paragraphs(entry && `${formatDate(entry.date)} · ${entry.label}`),
    section(
      'a11y-index',
      t('common.asi'),
      ...paragraphs(indexLine(ended.before.stability, record.stability)),
    ),
    section('a11y-net', t('summary.net'), netTable(ended)),
    section('a11y-ledger', t('summary.ledger'), ...ledger(ended)),
    section(
      'a11y-next',
      t(ended.game.over ? 'summary.over' : 'a11y.summary.whatNext'),
      ...whatNext(ended),
    ),
    h(
      'nav',
      { 'aria-label': t('a11y.summary.title') },
      button(t(CONTINUE_LABEL[next]), () => ctx.store.getState().goTo(next), {
        id: 'a11y-continue',
      }),
    ),
  ];
}

function netTable({ rules, record, before }: Ended): HTMLTableElement {
  const rows = rules.tracks.map((track) => {
    const now = record.tracks[track.id] ?? track.start;
    const net = now - (before.tracks[track.id] ?? track.start);
    return [
      track.label,
      formatWithUnit(now, track.unit),
      roundForReading(net) !== 0 ? formatDelta(net, track.unit) : t('summary.noChange'),
    ];
  });
  return table(
    t('a11y.summary.caption'),
    [t('a11y.col.track'), t('a11y.col.now'), t('a11y.summary.netChange')],
    rows,
  );
}

/** The decisions taken, then every change grouped by its cause, as the canvas ledger lists them. */
function ledger({ rules, record }: Ended): Node[] {
  const decisions = record.actions.map((a) => `${describeAction(rules, a.action)} — ${a.outcome}`);
  const groups = groupChanges(record.changes);
  return [
    heading(3, t('ledger.decisions')),
    decisions.length > 0 ? list(decisions, true) : h('p', {}, t('ledger.noOffers')),
    ...(groups.length === 0 ? paragraphs(t('ledger.noMoves')) : []),
    ...groups.flatMap((g) => [
      heading(3, t('a11y.summary.group', { heading: g.heading, count: g.changes.length })),
      list(g.changes.map((c) => `${describeChange(rules, c)} — ${c.reason.text}`)),
    ]),
  ];
}

function describeAction(rules: CompiledRules, action: Action): string {
  const name = (id: string) => rules.actorById[id]?.name ?? id;
  switch (action.type) {
    case 'offer':
      return t('action.offer', { name: name(action.to), terms: dealTerms(rules, action) });
    case 'acceptCounter':
      return t('action.tookCounter');
    case 'walkAway':
      return t('action.walkAway');
    case 'renege':
      return t('action.renege', { id: action.dealId });
    case 'endTurn':
      return t('action.endTurn');
  }
}

function whatNext({ rules, game }: Ended): Node[] {
  if (game.over)
    return paragraphs(game.ending?.title ?? t('summary.calendarOut'), game.ending?.text);
  const entry = rules.calendar[game.turn - 1];
  const waiting = game.news.length;
  const next = entry
    ? `${t('summary.nextOn', { turn: game.turn, date: formatDate(entry.date) })} · ${entry.label}.`
    : `${t('summary.next', { turn: game.turn })}.`;
  return [
    ...paragraphs(
      next,
      waiting > 0 ? t('summary.waiting', { count: waiting }) : t('summary.noNews'),
    ),
    ...(waiting > 0 ? [list(game.news.map((n) => n.title))] : []),
  ];
}
