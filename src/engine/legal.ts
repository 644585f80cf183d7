// The actions legal now: turn control, counter-offer answers, and a finite menu of packages per counterpart.
import { offerProblem } from './counterpart';
import { valueAtDegree } from './lever';
import type { CompiledActor, CompiledRules } from './rules';
import type { Action, GameState, LeverSetting, OfferAction } from './state';
import { openDemands } from './turn';

/**
 * Every action the engine would apply now. Offers are a finite menu (each lever half-way and in full, the
 * counterpart's own demands, and those demands with each ask); any other package built from the
 * counterpart's levers within their ranges is legal too — `actionProblem` is the full test.
 */
export function legalActions(rules: CompiledRules, state: GameState): Action[] {
  if (state.over) return [];
  const actions: Action[] = [];
  if (state.pending) {
    actions.push({ type: 'acceptCounter' }, { type: 'walkAway' });
    if (offerProblem(rules, { ...state, pending: null }, state.pending.counter)) actions.shift();
  }
  for (const offer of suggestedOffers(rules, state)) actions.push(offer);
  for (const deal of state.deals)
    if (deal.status === 'active') actions.push({ type: 'renege', dealId: deal.id });
  actions.push({ type: 'endTurn' });
  return actions;
}

export function suggestedOffers(rules: CompiledRules, state: GameState): OfferAction[] {
  const out: OfferAction[] = [];
  const turn = rules.calendar[state.turn - 1];
  for (const actorId of turn?.atTable ?? []) {
    const actor = rules.actorById[actorId]!;
    for (const offer of menuFor(rules, state, actor)) {
      if (!offerProblem(rules, state, offer)) out.push(offer);
    }
  }
  return out;
}

function menuFor(rules: CompiledRules, state: GameState, actor: CompiledActor): OfferAction[] {
  const gives = rules.levers.filter((l) => l.side === 'give' && l.counterparts.includes(actor.id));
  const asks = rules.levers.filter((l) => l.side === 'ask' && l.counterparts.includes(actor.id));
  const offer = (g: LeverSetting[], a: LeverSetting[]): OfferAction => ({
    type: 'offer',
    to: actor.id,
    gives: g,
    asks: a,
  });
  const menu: OfferAction[] = [];
  for (const lever of gives) {
    for (const degree of [0.5, 1])
      menu.push(offer([{ lever: lever.id, value: valueAtDegree(lever, degree) }], []));
  }
  const demanded = openDemands(rules, state, actor)
    .filter((d) => rules.leverById[d.lever]!.side === 'give')
    .map((d) => ({ lever: d.lever, value: d.value }));
  if (demanded.length > 0) {
    menu.push(offer(demanded, []));
    for (const ask of asks) {
      for (const degree of [0.5, 1])
        menu.push(offer(demanded, [{ lever: ask.id, value: valueAtDegree(ask, degree) }]));
    }
  }
  return dedupe(menu);
}

function dedupe(offers: OfferAction[]): OfferAction[] {
  const seen = new Set<string>();
  return offers.filter((o) => {
    const key = JSON.stringify(o);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
