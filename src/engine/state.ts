// The game state: plain, serialisable data. Everything the engine needs to continue a game is here.
import type { Concept } from '../scenario/schema';
import type { RngState } from './rng';
import type { Say } from './say';

/** One lever in a package: an amount (number) or an option id (string). */
export interface LeverSetting {
  lever: string;
  value: number | string;
}

export interface OfferAction {
  type: 'offer';
  to: string;
  gives: LeverSetting[];
  asks: LeverSetting[];
}

export type Action =
  | OfferAction
  | { type: 'acceptCounter' }
  | { type: 'walkAway' }
  | { type: 'endTurn' }
  | { type: 'renege'; dealId: number };

/** Why a number moved: the cause in words, and what in the scenario produced it. */
export interface Reason {
  kind:
    | 'deal'
    | 'event'
    | 'walk-away'
    | 'unmet-demand'
    | 'drift'
    | 'reopen'
    | 'renege'
    | 'kept'
    | 'watch';
  /** In English; `say` is the same sentence as data, for an interface in another language. */
  text: string;
  say: Say;
  actor?: string;
  lever?: string;
  event?: string;
  weight?: string;
  action?: number;
}

/** A change to a track or to a counterpart's trust, with its reason. */
export interface Change {
  target: 'track' | 'trust';
  id: string;
  before: number;
  after: number;
  delta: number;
  reason: Reason;
}

export interface ActorState {
  trust: number;
  patience: number;
  kept: number;
  broken: number;
  dealtThisTurn: boolean;
  walkedAway: boolean;
}

export interface Deal {
  id: number;
  with: string;
  turn: number;
  gives: LeverSetting[];
  asks: LeverSetting[];
  /** lever id → the degree this deal added beyond deals already in force (what reopening or reneging undoes). */
  added: Record<string, number>;
  status: 'active' | 'reopened' | 'reneged';
  kept: boolean;
}

export interface ConceptMark {
  concept: Concept;
  turn: number;
  text: string;
  say: Say;
  actor?: string;
  action?: number;
}

export interface NewsItem {
  event: string;
  turn: number;
  title: string;
  text: string;
  source: string;
}

export interface PendingCounter {
  original: OfferAction;
  counter: OfferAction;
  reasons: string[];
  says: Say[];
}

/** The record of one finished turn, for the debrief's chart and timeline. */
export interface TurnRecord {
  turn: number;
  tracks: Record<string, number>;
  stability: number;
  changes: Change[];
  news: NewsItem[];
  actions: ActionRecord[];
}

/** What became of one action: in English, and as data. */
export interface ActionRecord {
  index: number;
  action: Action;
  outcome: string;
  say: Say;
}

export interface EndingState {
  id: string;
  title: string;
  text: string;
  grade: string;
  score: number;
  turn: number;
  early: boolean;
}

export interface GameState {
  scenarioId: string;
  seed: number;
  rng: RngState;
  turn: number;
  over: boolean;
  ending: EndingState | null;
  tracks: Record<string, number>;
  actors: Record<string, ActorState>;
  deals: Deal[];
  pending: PendingCounter | null;
  flags: Record<string, boolean>;
  fired: string[];
  /** Changes since the turn began. */
  changes: Change[];
  /** Events that fired at the start of this turn. */
  news: NewsItem[];
  /** What happened to each action of this turn. */
  actions: ActionRecord[];
  history: TurnRecord[];
  concepts: ConceptMark[];
  log: Action[];
}
