// Read-only questions the scenes ask about the current game, answered by the engine (scenes hold no rules).
export {
  conceptsShown,
  degreeOf,
  describeDeal,
  describeSetting,
  formatAmount,
  keyDecisions,
  openDemands,
  stabilityIndex,
  stabilityValue,
  valueAtDegree,
} from '../engine';
export type {
  Action,
  Change,
  CompiledActor,
  CompiledLever,
  CompiledRules,
  ConceptShown,
  Deal,
  Forecast,
  GameState,
  KeyDecision,
  LeverSetting,
  NewsItem,
  OfferAction,
  Outcome,
  Stability,
  Summary,
  TurnRecord,
} from '../engine';
export { POLICIES } from '../ai';
