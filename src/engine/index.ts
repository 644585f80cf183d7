// The engine's public face: pure functions over plain, serialisable game state.
export { apply, actionProblem, type ApplyResult, type Outcome } from './apply';
export { createGame } from './create';
export { forecast, quickForecast, type Forecast, type QuickForecast } from './forecast';
export { legalActions, suggestedOffers } from './legal';
export {
  compileRules,
  type CompiledRules,
  type CompiledLever,
  type CompiledActor,
  type WeightOverlay,
} from './rules';
export { stabilityIndex, stabilityValue, type Stability } from './stability';
export { summary, replay, stateHash, type Summary, type ReplayResult } from './summary';
export { openDemands } from './turn';
export { degreeOf, valueAtDegree, describeSetting, formatAmount } from './lever';
export { describeDeal } from './deals';
export { gameSeed, seedRng, nextFloat, nextInt, type RngState } from './rng';
export { valueOffer, acceptChance, approvalAfter } from './counterpart';
export type * from './state';
export { keyDecisions, conceptsShown, type KeyDecision, type ConceptShown } from './debrief';
export { hashOf } from './hash';
export {
  ENGINE_LANGUAGE,
  ENGLISH,
  englishVoice,
  say,
  sayEnglish,
  sayIn,
  type Say,
  type SayKey,
  type SayPart,
  type Voice,
} from './say';
