// apply(rules, state, action): the next state and what happened, or a refusal that changes nothing.
import { draftOf, moveTrack, type Draft } from './changes';
import {
  buildCounter,
  describeCounter,
  offerProblem,
  valueOffer,
  type Valuation,
} from './counterpart';
import { because, pushConcept, renegeDeal, signDeal } from './deals';
import { checkEarlyEnding } from './endings';
import { nextFloat } from './rng';
import type { CompiledRules } from './rules';
import { say, sayEnglish, shown, type Say } from './say';
import type { Action, GameState, OfferAction } from './state';
import { endTurn } from './turn';

/** What happened, in English (`text`) and as data (`say`). */
export type Outcome = { text: string; say: Say } & (
  | { kind: 'accepted'; dealId: number }
  | { kind: 'countered'; counter: OfferAction; differences: string[]; says: Say[] }
  | { kind: 'refused'; walkedAway: boolean }
  | { kind: 'walked-away' }
  | { kind: 'reneged' }
  | { kind: 'turn-ended' }
);

export type ApplyResult =
  { ok: true; state: GameState; outcome: Outcome } | { ok: false; reason: string; why: Say };

export function apply(rules: CompiledRules, state: GameState, action: Action): ApplyResult {
  const problem = actionProblem(rules, state, action);
  if (problem) return { ok: false, reason: sayEnglish(rules, problem), why: problem };
  const draft = draftOf(state);
  const index = state.log.length;
  draft.log = [...state.log, action];
  const outcome = run(rules, draft, action, index);
  if (!draft.over && action.type !== 'endTurn') checkEarlyEnding(rules, draft);
  if (action.type !== 'endTurn')
    draft.actions.push({ index, action, outcome: outcome.text, say: outcome.say });
  return { ok: true, state: draft, outcome };
}

/** Why this action cannot be taken now, or undefined when it can. */
export function actionProblem(
  rules: CompiledRules,
  state: GameState,
  action: Action,
): Say | undefined {
  if (state.over) return say('problem.over');
  switch (action.type) {
    case 'offer':
      return offerProblem(rules, state, action);
    case 'acceptCounter':
      if (!state.pending) return say('problem.noCounterToTake');
      return offerProblem(rules, { ...state, pending: null }, state.pending.counter);
    case 'walkAway':
      return state.pending ? undefined : say('problem.noCounterToLeave');
    case 'renege': {
      const deal = state.deals.find((d) => d.id === action.dealId);
      return deal?.status === 'active' ? undefined : say('problem.noDeal', { id: action.dealId });
    }
    case 'endTurn':
      return undefined;
    default:
      return say('problem.unknownAction', { id: String((action as { type?: unknown }).type) });
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
      const took = say('outcome.tookCounter', {
        actor: { actor: counter.to },
        deal: { deal: counter },
      });
      return { kind: 'accepted', dealId: deal.id, ...worded(rules, took) };
    }
    case 'walkAway': {
      const to = draft.pending!.original.to;
      draft.pending = null;
      return {
        kind: 'walked-away',
        ...worded(rules, say('outcome.walkedAway', { actor: { actor: to } })),
      };
    }
    case 'renege': {
      const deal = draft.deals.find((d) => d.id === action.dealId)!;
      renegeDeal(rules, draft, deal, index);
      return {
        kind: 'reneged',
        ...worded(rules, say('outcome.reneged', { actor: { actor: deal.with } })),
      };
    }
    case 'endTurn': {
      const turn = draft.turn;
      draft.pending = null;
      endTurn(rules, draft);
      return { kind: 'turn-ended', ...worded(rules, say('outcome.turnEnded', { turn })) };
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
      const settled = say('concept.winSetLeverage', { actor: { actor: offer.to } });
      pushConcept(rules, draft, 'win-set', settled, offer.to, index);
    }
    const deal = signDeal(rules, draft, offer, index, valuation.linked);
    const accepted = say('outcome.accepted', { actor: { actor: offer.to }, deal: { deal: offer } });
    return { kind: 'accepted', dealId: deal.id, ...worded(rules, accepted) };
  }
  const a = draft.actors[offer.to]!;
  a.patience = Math.max(0, a.patience - 1);
  let outcome: Outcome | undefined;
  if (valuation.score + mood >= -rules.rule.counterMargin.value) {
    const counter = buildCounter(rules, draft, offer, Math.max(0, -mood));
    if (counter) {
      const says = describeCounter(rules, offer, counter);
      const differences = says.map((s) => sayEnglish(rules, s));
      draft.pending = { original: offer, counter, reasons: differences, says };
      const changes = { says, by: 'semicolon' as const };
      const countered = say('outcome.countered', { actor: { actor: offer.to }, changes });
      outcome = { kind: 'countered', counter, differences, says, ...worded(rules, countered) };
    } else {
      const outside = say('concept.winSetOutside', { actor: { actor: offer.to } });
      pushConcept(rules, draft, 'win-set', outside, offer.to, index);
    }
  }
  if (a.patience <= 0) walkAway(rules, draft, offer.to);
  return (
    outcome ?? {
      kind: 'refused',
      ...worded(rules, refusal(offer.to, valuation, a.walkedAway)),
      walkedAway: a.walkedAway,
    }
  );
}

function walkAway(rules: CompiledRules, draft: Draft, actorId: string): void {
  const actor = rules.actorById[actorId]!;
  draft.actors[actorId]!.walkedAway = true;
  const cost = rules.rule.walkAwayRelation;
  const left = say('reason.walkAway', { actor: { actor: actorId } });
  moveTrack(
    rules,
    draft,
    actor.relationTrack,
    -cost.value,
    because(rules, left, { kind: 'walk-away', actor: actorId, weight: cost.weight }),
  );
}

/** Why a counterpart refused: how far short the package fell, and the two parts that weighed most against it. */
export function refusal(actorId: string, valuation: Valuation, walkedAway: boolean): Say {
  const against = valuation.parts
    .filter((p) => p.amount < 0 && p.say)
    .sort((x, y) => x.amount - y.amount)
    .slice(0, 2)
    .map((p) => say('part.amount', { part: { say: p.say! }, amount: shown(p.amount) }));
  const parts = {
    actor: { actor: actorId },
    short: shown(-valuation.score),
    against: { says: against, by: 'list' as const },
  };
  if (against.length > 0)
    return say(walkedAway ? 'outcome.refusedAgainstLeft' : 'outcome.refusedAgainst', parts);
  return say(walkedAway ? 'outcome.refusedLeft' : 'outcome.refused', parts);
}

function worded(rules: CompiledRules, s: Say): { text: string; say: Say } {
  return { text: sayEnglish(rules, s), say: s };
}
