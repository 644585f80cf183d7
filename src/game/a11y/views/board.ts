// The board in HTML: the turn, the index and every track, who is at the table with their demands, the deals, End turn.
import type { CompiledRules, Deal, GameState } from '../../../engine';
import { views } from '../../../store';
import { calendarDate } from '../../ui/wording';
import { formatDate } from '../../ui/calendar-date';
import { button, h, heading, list, paragraphs, section, table } from '../dom';
import { SCREEN_HEADING_ID, type ViewContext } from '../view';
import { indexSummary, SEAT_WORDS, seatStatus, trackRows } from '../words';

export function boardView(ctx: ViewContext): Node[] {
  const { rules, game } = ctx.s;
  if (!rules || !game) return [heading(1, 'Board', { id: SCREEN_HEADING_ID })];
  const entry = rules.calendar[game.turn - 1];
  return [
    heading(1, `Board: turn ${game.turn} of ${rules.calendar.length}`, { id: SCREEN_HEADING_ID }),
    ...paragraphs(entry && `${formatDate(entry.date)} · ${entry.label}`, entry?.note),
    section(
      'a11y-standing',
      'How Seoul stands',
      ...paragraphs(indexSummary(rules, game)),
      table('Every track', ['Track', 'Now', 'Change since last turn'], trackRows(rules, game)),
    ),
    section('a11y-table', 'At the table this turn', ...seats(ctx, rules, game)),
    section('a11y-deals', `Deals in force (${activeDeals(game).length})`, deals(ctx, rules, game)),
    h(
      'nav',
      { 'aria-label': 'Turn' },
      button('End turn', () => endTurn(ctx), { id: 'a11y-end-turn' }),
      button('Back to the title screen', () => ctx.store.getState().goTo('title'), {
        id: 'a11y-to-title',
        'aria-describedby': 'a11y-saved-note',
      }),
      h(
        'p',
        { id: 'a11y-saved-note', class: 'tightrope-hint' },
        'Your game is saved after every move.',
      ),
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
    nodes.push(
      heading(3, actor.name),
      ...paragraphs(
        `${actor.name}: ${SEAT_WORDS[status]}. Patience ${state?.patience ?? 0} of ${actor.patience.value}, trust ${state?.trust ?? 0}.`,
        demands.length > 0 ? `${actor.name} asks for:` : 'No open demands.',
      ),
    );
    if (demands.length > 0)
      nodes.push(list(demands.map((d) => `${d.label} — ${d.met ? 'met ✓' : 'not met yet ✗'}`)));
    if (status !== 'walked')
      nodes.push(
        button(
          `Negotiate with ${actor.name}`,
          () => ctx.store.getState().goTo('negotiation', actor.id),
          {
            id: `a11y-negotiate-${actor.id}`,
          },
        ),
      );
  }
  const later = rules.actors
    .filter((a) => !atTable.includes(a.id))
    .map((a) => {
      const next = rules.calendar.findIndex((t, i) => i >= game.turn && t.atTable.includes(a.id));
      const turn = rules.calendar[next];
      return turn
        ? `${a.name}: on turn ${next + 1} · ${calendarDate(turn.date, true)}`
        : `${a.name}: not again`;
    });
  if (later.length > 0) nodes.push(h('p', {}, 'Not at the table this turn:'), list(later));
  return nodes;
}

function activeDeals(game: GameState): Deal[] {
  return game.deals.filter((d) => d.status === 'active');
}

function deals(ctx: ViewContext, rules: CompiledRules, game: GameState): HTMLElement {
  const active = activeDeals(game);
  if (active.length === 0) return h('p', {}, 'None yet.');
  return list(
    active.map((deal) => {
      const name = rules.actorById[deal.with]?.name ?? deal.with;
      const terms = `Turn ${deal.turn}, ${name}: ${views.describeDeal(rules, deal)}.`;
      return h(
        'div',
        {},
        h('p', {}, terms),
        button(
          `Renege on the turn ${deal.turn} deal with ${name}`,
          () => renege(ctx, deal, name, terms),
          {
            id: `a11y-renege-${deal.id}`,
          },
        ),
      );
    }),
  );
}

function renege(ctx: ViewContext, deal: Deal, name: string, terms: string): void {
  ctx.confirm({
    id: 'a11y-confirm-renege',
    title: `Renege on a deal with ${name}?`,
    text: terms,
    note: `Seoul's side of the deal is undone, and ${name} will remember the broken promise. See the turn summary for every change.`,
    yes: 'Renege',
    no: 'Keep the deal',
    onYes: () => {
      const result = ctx.store.getState().act({ type: 'renege', dealId: deal.id });
      if (!result.ok) ctx.announce(`Not done: ${result.reason}`);
    },
  });
}

function endTurn(ctx: ViewContext): void {
  const result = ctx.store.getState().act({ type: 'endTurn' });
  if (!result.ok) ctx.announce(`Not done: ${result.reason}`);
}
