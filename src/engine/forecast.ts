// forecast(rules, state, offer): the counterpart's likely answer and the track changes, without committing.
import { draftOf } from './changes';
import {
  acceptChance,
  approvalAfter,
  buildCounter,
  offerProblem,
  valueOffer,
  type ValuePart,
} from './counterpart';
import { signDeal } from './deals';
import { round } from './lever';
import type { CompiledRules } from './rules';
import { stabilityValue } from './stability';
import type { Change, GameState, OfferAction } from './state';

export interface Forecast {
  legal: boolean;
  problem?: string;
  verdict: 'accept' | 'counter' | 'refuse';
  acceptChance: number;
  score: number;
  parts: ValuePart[];
  counter?: OfferAction;
  /** The changes if the package is accepted as it stands. */
  changes: Change[];
  stabilityBefore: number;
  stabilityAfter: number;
  winSet: { approvalAfter: number; floor: number; ok: boolean };
}

/** `withCounter: false` skips building the counter-offer (bots scoring many packages do not need it). */
export function forecast(
  rules: CompiledRules,
  state: GameState,
  offer: OfferAction,
  options: { withCounter?: boolean } = {},
): Forecast {
  const problem = offerProblem(rules, state, offer);
  const stabilityBefore = stabilityValue(rules, state.tracks);
  const approval = round(approvalAfter(rules, state, offer), 2);
  const floor = rules.rule.winSetFloor.value;
  const winSet = { approvalAfter: approval, floor, ok: approval >= floor };
  const known = rules.actorById[offer.to] && offerLeversKnown(rules, offer);
  if (!known) {
    return {
      legal: false,
      problem,
      verdict: 'refuse',
      acceptChance: 0,
      score: 0,
      parts: [],
      changes: [],
      stabilityBefore,
      stabilityAfter: stabilityBefore,
      winSet,
    };
  }
  const valuation = valueOffer(rules, state, offer);
  const chance = acceptChance(valuation.score, rules.actorById[offer.to]!.volatility.value);
  const draft = draftOf(state);
  draft.changes = [];
  signDeal(rules, draft, offer, state.log.length, valuation.linked);
  const margin = rules.rule.counterMargin.value;
  const counter =
    chance < 1 && valuation.score >= -margin - rules.actorById[offer.to]!.volatility.value
      ? buildCounter(rules, state, offer)
      : undefined;
  const verdict = chance >= 0.5 ? 'accept' : counter ? 'counter' : 'refuse';
  return {
    legal: problem === undefined,
    problem,
    verdict,
    acceptChance: round(chance, 4),
    score: valuation.score,
    parts: valuation.parts,
    counter,
    changes: draft.changes,
    stabilityBefore,
    stabilityAfter: stabilityValue(rules, draft.tracks),
    winSet,
  };
}

function offerLeversKnown(rules: CompiledRules, offer: OfferAction): boolean {
  return [...offer.gives, ...offer.asks].every((s) => rules.leverById[s.lever] !== undefined);
}
