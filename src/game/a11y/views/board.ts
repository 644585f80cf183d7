// The board in HTML: the turn, the index and every track, who is at the table with their demands, the deals, End turn.
import type { CompiledRules, Deal, GameState } from '../../../engine';
import { views } from '../../../store';
import { t } from '../../i18n';
import { calendarDate, dealTerms } from '../../ui/wording';
import { formatDate } from '../../ui/calendar-date';
import { button, h, heading, list, paragraphs, section, table } from '../dom';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';
import { demandLine, indexSummary, seatStatus, seatWords, trackRows } from '../words';

export function boardView(ctx: ViewContext): Node[] {
  const { rules, game } = ctx.s;
  if (!rules || !game) return [heading(1, t('a11y.board.title'), { id: SCREEN_HEADING_ID })];
  const entry = rules.calendar[game.turn - 1];
  const turn = { turn: game.turn, count: rules.calendar.length };
  return [
    heading(1, t('a11y.board.heading', turn), { id: SCREEN_HEADING_ID }),
    ...paragraphs(entry && `${formatDate(entry.date)} · ${entry.label}`, entry?.note),
    section(
      'a11y-standing',
      t('a11y.board.standing'),
      ...paragraphs(indexSummary(rules, game)),
      table(
        t('a11y.board.tracks'),
        [t('a11y.col.track'), t('a11y.col.now'), t('a11y.board.sinceLast')],
        trackRows(rules, game),
      ),
    ),
    section('a11y-table', t('a11y.board.atTable'), ...seats(ctx, rules, game)),
    section(
      'a11y-deals',
      t('a11y.board.deals', { count: activeDeals(game).length }),
      deals(ctx, rules, game),
    ),
    h(
      'nav',
      { 'aria-label': t('a11y.board.nav') },
      button(t('table.endTurn'), () => endTurn(ctx), { id: 'a11y-end-turn' }),
      button(t('menu.toTitle'), () => ctx.store.getState().goTo('title'), {
        id: 'a11y-to-title',
        'aria-describedby': 'a11y-saved-note',
      }),
      h('p', { id: 'a11y-saved-note', class: 'tightrope-hint' }, t('menu.saved')),
    ),
  ];
}

function seats(ctx: ViewContext, rules: CompiledRules, game: GameState): Node[] {
  const atTable = rules.calendar[game.turn - 1]?.atTable ?? [];
  const nodes: Node[] = [];
  for (const actor of rules.actors.filter((a) => atTable.includes(a.id))) {
    const status = seatStatus(game, actor.id);
    const state = game.actors[actor.id];
    const demands = views.openDemands(rules, game, actor);
    const standing = t('a11y.patienceTrust', {
      patience: state?.patience ?? 0,
      full: actor.patience.value,
      trust: state?.trust ?? 0,
    });
    nodes.push(
      heading(3, actor.name),
      ...paragraphs(
        `${t('a11y.board.seat', { name: actor.name, status: seatWords(status) })} ${standing}`,
        demands.length > 0 ? t('nego.asksFor', { name: actor.name }) : t('a11y.board.noDemands'),
      ),
    );
    if (demands.length > 0) nodes.push(list(demands.map(demandLine)));
    if (status !== 'walked')
      nodes.push(
        button(
          t('a11y.board.negotiate', { name: actor.name }),
          () => ctx.store.getState().goTo('negotiation', actor.id),
          { id: `a11y-negotiate-${actor.id}` },
        ),
      );
  }
  const later = rules.actors
    .filter((a) => !atTable.includes(a.id))
    .map((a) => {
      const next = rules.calendar.findIndex(
        (entry, i) => i >= game.turn && entry.atTable.includes(a.id),
      );
      const turn = rules.calendar[next];
      return turn
        ? t('table.nextAt', { name: a.name, turn: next + 1, date: calendarDate(turn.date, true) })
        : t('table.notAgain', { name: a.name });
    });
  if (later.length > 0) nodes.push(h('p', {}, t('a11y.board.away')), list(later));
  return nodes;
}

function activeDeals(game: GameState): Deal[] {
  return game.deals.filter((d) => d.status === 'active');
}

function deals(ctx: ViewContext, rules: CompiledRules, game: GameState): HTMLElement {
  const active = activeDeals(game);
  if (active.length === 0) return h('p', {}, t('table.noDeals'));
  return list(
    active.map((deal) => {
      const name = rules.actorById[deal.with]?.name ?? deal.with;
      const terms = t('a11y.board.deal', {
        turn: deal.turn,
        name,
        terms: dealTerms(rules, deal),
      });
      return h(
        'div',
        {},
        h('p', {}, terms),
        button(
          t('a11y.board.renege', { turn: deal.turn, name }),
          () => renege(ctx, deal, name, terms),
          { id: `a11y-renege-${deal.id}` },
        ),
      );
    }),
  );
}

function renege(ctx: ViewContext, deal: Deal, name: string, terms: string): void {
  ctx.confirm({
    id: 'a11y-confirm-renege',
    title: t('renege.title', { name }),
    text: terms,
    note: t('renege.warn', { name }),
    yes: t('table.renege'),
    no: t('renege.keep'),
    onYes: () => {
      const result = ctx.store.getState().act({ type: 'renege', dealId: deal.id });
      if (!result.ok) ctx.announce(t('a11y.notDone', { reason: result.reason }));
    },
  });
}

function endTurn(ctx: ViewContext): void {
  const result = ctx.store.getState().act({ type: 'endTurn' });
  if (!result.ok) ctx.announce(t('a11y.notDone', { reason: result.reason }));
}
