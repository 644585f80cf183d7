// The actions legal now: turn control, counter-offer answers, and a finite menu of packages per counterpart.
import { counterpartProblem, offerProblem, winSetProblem } from './counterpart';
import { degreesInForce } from './package';
import { valueAtDegree } from './lever';
import type { CompiledActor, CompiledRules } from './rules';
import type { Action, GameState, LeverSetting, OfferAction } from './state';

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
    if (counterpartProblem(rules, state, actorId)) continue;
    const inForce = degreesInForce(rules, state, actorId);
    for (const offer of menuFor(rules, state.turn, rules.actorById[actorId]!)) {
      if (!winSetProblem(rules, state, offer, inForce)) out.push(offer);
    }
  }
  return out;
}

/**
 * The menu depends only on the scenario, the turn and the counterpart, so it is built once per (rules, turn,
 * counterpart) and remembered: a pure cache, invisible to callers, that keeps batch runs fast.
 */
const menus = new WeakMap<CompiledRules, Map<string, OfferAction[]>>();

function menuFor(rules: CompiledRules, turn: number, actor: CompiledActor): OfferAction[] {
  let byKey = menus.get(rules);
  if (!byKey) menus.set(rules, (byKey = new Map()));
  const key = `${turn}|${actor.id}`;
  let menu = byKey.get(key);
  if (!menu) byKey.set(key, (menu = buildMenu(rules, turn, actor)));
  return menu;
}

function buildMenu(rules: CompiledRules, turn: number, actor: CompiledActor): OfferAction[] {
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
  const demanded = actor.demands
    .filter((d) => d.fromTurn <= turn && (d.untilTurn === undefined || turn <= d.untilTurn))
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
