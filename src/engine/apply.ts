// apply(rules, state, action): the next state and what happened, or a refusal that changes nothing.
import { draftOf, moveTrack, type Draft } from './changes';
import {
  buildCounter,
  describeCounter,
  offerProblem,
  valueOffer,
  type Valuation,
} from './counterpart';
import { describeDeal, pushConcept, renegeDeal, signDeal } from './deals';
import { checkEarlyEnding } from './endings';
import { round } from './lever';
import { nextFloat } from './rng';
import type { CompiledRules } from './rules';
import type { Action, GameState, OfferAction } from './state';
import { endTurn } from './turn';

export type Outcome =
  | { kind: 'accepted'; dealId: number; text: string }
  | { kind: 'countered'; counter: OfferAction; text: string; differences: string[] }
  | { kind: 'refused'; text: string; walkedAway: boolean }
  | { kind: 'walked-away'; text: string }
  | { kind: 'reneged'; text: string }
  | { kind: 'turn-ended'; text: string };

export type ApplyResult =
  { ok: true; state: GameState; outcome: Outcome } | { ok: false; reason: string };

export function apply(rules: CompiledRules, state: GameState, action: Action): ApplyResult {
  const problem = actionProblem(rules, state, action);
  if (problem) return { ok: false, reason: problem };
  const draft = draftOf(state);
  const index = state.log.length;
  draft.log = [...state.log, action];
  const outcome = run(rules, draft, action, index);
  if (!draft.over && action.type !== 'endTurn') checkEarlyEnding(rules, draft);
  if (action.type !== 'endTurn') draft.actions.push({ index, action, outcome: outcome.text });
  return { ok: true, state: draft, outcome };
}

/** Why this action cannot be taken now, or undefined when it can. */
export function actionProblem(
  rules: CompiledRules,
  state: GameState,
  action: Action,
): string | undefined {
  if (state.over) return 'The game is over.';
  switch (action.type) {
    case 'offer':
      return offerProblem(rules, state, action);
    case 'acceptCounter':
      if (!state.pending) return 'There is no counter-offer to accept.';
      return offerProblem(rules, { ...state, pending: null }, state.pending.counter);
    case 'walkAway':
      return state.pending ? undefined : 'There is no counter-offer to walk away from.';
    case 'renege': {
      const deal = state.deals.find((d) => d.id === action.dealId);
      return deal?.status === 'active' ? undefined : `There is no deal ${action.dealId} in force.`;
    }
    case 'endTurn':
      return undefined;
    default:
      return `Unknown action type "${(action as { type?: unknown }).type}".`;
  }
}

function run(rules: CompiledRules, draft: Draft, action: Action, index: number): Outcome {
  switch (action.type) {
    case 'offer':
      draft.pending = null;
      return makeOffer(rules, draft, action, index);
    case 'acceptCounter': {
      const counter = draft.pending!.counter;
      draft.pending = null;
      const deal = signDeal(rules, draft, counter, index, valueOffer(rules, draft, counter).linked);
      return {
        kind: 'accepted',
        dealId: deal.id,
        text: `Seoul took ${name(rules, counter.to)}'s counter-offer: ${describeDeal(rules, counter)}.`,
      };
    }
    case 'walkAway': {
      const to = draft.pending!.original.to;
      draft.pending = null;
      return {
        kind: 'walked-away',
        text: `Seoul walked away from ${name(rules, to)}'s counter-offer.`,
      };
    }
    case 'renege': {
      const deal = draft.deals.find((d) => d.id === action.dealId)!;
      renegeDeal(rules, draft, deal, index);
      return { kind: 'reneged', text: `Seoul reneged on its deal with ${name(rules, deal.with)}.` };
    }
    case 'endTurn': {
      const turn = draft.turn;
      draft.pending = null;
      endTurn(rules, draft);
      return { kind: 'turn-ended', text: `Turn ${turn} ended.` };
    }
  }
}

function makeOffer(rules: CompiledRules, draft: Draft, offer: OfferAction, index: number): Outcome {
  const actor = rules.actorById[offer.to]!;
  const valuation = valueOffer(rules, draft, offer);
  const volatility = actor.volatility.value;
  const mood = volatility > 0 ? (2 * nextFloat(draft.rng) - 1) * volatility : 0;
  if (valuation.score + mood >= 0) {
    if (valuation.leverage > 0 && valuation.score - valuation.leverage + mood < 0) {
      pushConcept(
        draft,
        'win-set',
        `${actor.name} settled for less because Seoul's approval left it little room to give more at home.`,
        offer.to,
        index,
      );
    }
    const deal = signDeal(rules, draft, offer, index, valuation.linked);
    return {
      kind: 'accepted',
      dealId: deal.id,
      text: `${actor.name} accepted: ${describeDeal(rules, offer)}.`,
    };
  }
  const a = draft.actors[offer.to]!;
  a.patience = Math.max(0, a.patience - 1);
  let outcome: Outcome | undefined;
  if (valuation.score + mood >= -rules.rule.counterMargin.value) {
    const counter = buildCounter(rules, draft, offer, Math.max(0, -mood));
    if (counter) {
      const differences = describeCounter(rules, offer, counter);
      draft.pending = { original: offer, counter, reasons: differences };
      outcome = {
        kind: 'countered',
        counter,
        differences,
        text: `${actor.name} countered: ${differences.join('; ')}.`,
      };
    } else {
      pushConcept(
        draft,
        'win-set',
        `What ${actor.name} would need lies outside what Seoul's National Assembly would ratify.`,
        offer.to,
        index,
      );
    }
  }
  if (a.patience <= 0) walkAway(rules, draft, offer.to);
  return (
    outcome ?? {
      kind: 'refused',
      text: refusalText(actor.name, valuation, a.walkedAway),
      walkedAway: a.walkedAway,
    }
  );
}

function walkAway(rules: CompiledRules, draft: Draft, actorId: string): void {
  const actor = rules.actorById[actorId]!;
  draft.actors[actorId]!.walkedAway = true;
  const cost = rules.rule.walkAwayRelation;
  moveTrack(rules, draft, actor.relationTrack, -cost.value, {
    kind: 'walk-away',
    text: `${actor.name} ran out of patience and left the table`,
    actor: actorId,
    weight: cost.weight,
  });
}

export function refusalText(actorName: string, valuation: Valuation, walkedAway: boolean): string {
  const against = valuation.parts
    .filter((p) => p.amount < 0)
    .sort((x, y) => x.amount - y.amount)
    .slice(0, 2);
  const why = against.map((p) => `${p.label} (${round(p.amount, 1)})`).join(', ');
  const tail = walkedAway ? ` ${actorName} has left the table for this turn.` : '';
  return `${actorName} refused: the package falls ${round(-valuation.score, 1)} short of what it needs${why ? `; against it: ${why}` : ''}.${tail}`;
}

function name(rules: CompiledRules, actorId: string): string {
  return rules.actorById[actorId]?.name ?? actorId;
}
