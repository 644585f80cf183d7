// A new game from compiled rules and a seed: tracks at their starts, counterparts fresh, turn 1 opened.
import { draftOf } from './changes';
import { seedRng } from './rng';
import type { CompiledRules } from './rules';
import type { GameState } from './state';
import { startTurn } from './turn';

export function createGame(rules: CompiledRules, seed: number): GameState {
  const normalisedSeed = seed >>> 0;
  const state: GameState = {
    scenarioId: rules.scenarioId,
    seed: normalisedSeed,
    rng: seedRng(normalisedSeed),
    turn: 1,
    over: false,
    ending: null,
    tracks: Object.fromEntries(rules.tracks.map((t) => [t.id, t.start])),
    actors: Object.fromEntries(
      rules.actors.map((a) => [
        a.id,
        {
          trust: rules.rule.trustStart.value,
          patience: a.patience.value,
          kept: 0,
          broken: 0,
          dealtThisTurn: false,
          walkedAway: false,
        },
      ]),
    ),
    deals: [],
    pending: null,
    flags: {},
    fired: [],
    changes: [],
    news: [],
    actions: [],
    history: [],
    concepts: [],
    log: [],
  };
  const draft = draftOf(state);
  startTurn(rules, draft);
  return draft;
}
