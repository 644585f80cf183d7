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
import { packageItems } from './package';
import type { CompiledRules } from './rules';
import { sayEnglish, type Say } from './say';
import { stabilityValue } from './stability';
import type { Change, GameState, OfferAction } from './state';

export interface Forecast {
  legal: boolean;
  /** Why the offer cannot be sent, in English; `why` is the same as data. */
  problem?: string;
  why?: Say;
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

export function forecast(rules: CompiledRules, state: GameState, offer: OfferAction): Forecast {
  const why = offerProblem(rules, state, offer);
  const problem = why && sayEnglish(rules, why);
  const stabilityBefore = stabilityValue(rules, state.tracks);
  const approval = round(approvalAfter(rules, state, offer), 2);
  const floor = rules.rule.winSetFloor.value;
  const winSet = { approvalAfter: approval, floor, ok: approval >= floor };
  const known = rules.actorById[offer.to] && offerLeversKnown(rules, offer);
  if (!known) {
    return {
      legal: false,
      problem,
      why,
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
    why,
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

export interface QuickForecast {
  acceptChance: number;
  score: number;
  tracks: Record<string, number>;
  stabilityAfter: number;
}

/**
 * The numbers of a forecast without its words, for bots scoring many packages. Moves the tracks exactly as
 * signing does (same order, clamping and rounding); a test holds the two together.
 */
export function quickForecast(
  rules: CompiledRules,
  state: GameState,
  offer: OfferAction,
): QuickForecast {
  const valuation = valueOffer(rules, state, offer, false);
  const actor = rules.actorById[offer.to]!;
  const tracks = { ...state.tracks };
  const move = (id: string, delta: number) => {
    const def = rules.trackById[id]!;
    const before = tracks[id] ?? def.start;
    tracks[id] = round(Math.min(def.max, Math.max(def.min, before + delta)), 2);
  };
  for (const item of packageItems(rules, state, offer)) {
    if (item.added === 0) continue;
    for (const e of item.lever.effects) move(e.track, e.atFull.value * item.added);
  }
  move(actor.relationTrack, rules.rule.dealRelation.value);
  return {
    acceptChance: acceptChance(valuation.score, actor.volatility.value),
    score: valuation.score,
    tracks,
    stabilityAfter: stabilityValue(rules, tracks),
  };
}
