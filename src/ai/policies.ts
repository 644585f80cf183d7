// Bot policies: each lists the legal actions and picks one. Small on purpose, like a student with a rule of thumb.
import {
  quickForecast,
  actionProblem,
  legalActions,
  suggestedOffers,
  nextInt,
  stabilityValue,
  type Action,
  type CompiledRules,
  type GameState,
  type OfferAction,
  type RngState,
} from '../engine';

export interface Policy {
  name: string;
  explain: string;
  choose(rules: CompiledRules, state: GameState, rng: RngState): Action;
}

const END_TURN: Action = { type: 'endTurn' };

/**
 * Picks a kind of action at random (offer, end the turn, answer a counter, renege), then one of that kind.
 * Offers are only listed once the kind is drawn, which keeps batch runs of this policy fast.
 */
export const randomPolicy: Policy = {
  name: 'random',
  explain: 'Picks a kind of move at random, then a move of that kind.',
  choose(rules, state, rng) {
    const kinds: Action['type'][] = ['offer', 'endTurn'];
    if (state.pending) kinds.push('acceptCounter', 'walkAway');
    if (state.deals.some((d) => d.status === 'active')) kinds.push('renege');
    const kind = kinds[nextInt(rng, kinds.length)]!;
    const options: Action[] =
      kind === 'offer'
        ? suggestedOffers(rules, state)
        : kind === 'renege'
          ? state.deals
              .filter((d) => d.status === 'active')
              .map((d) => ({ type: 'renege', dealId: d.id }))
          : [{ type: kind } as Action];
    const action = options.length > 0 ? options[nextInt(rng, options.length)]! : END_TURN;
    return actionProblem(rules, state, action) ? { type: 'walkAway' } : action;
  },
};

/** Scores each package by how it would move some measure, weighted by the chance it is accepted. */
function scoringPolicy(
  name: string,
  explain: string,
  measure: (rules: CompiledRules, tracks: Record<string, number>) => number,
): Policy {
  return {
    name,
    explain,
    choose(rules, state) {
      const now = measure(rules, state.tracks);
      const actions = legalActions(rules, state);
      if (state.pending) {
        const f = quickForecast(rules, { ...state, pending: null }, state.pending.counter);
        const after = measure(rules, f.tracks);
        return after > now && actions.some((a) => a.type === 'acceptCounter')
          ? { type: 'acceptCounter' }
          : { type: 'walkAway' };
      }
      let best: { action: Action; value: number } = { action: END_TURN, value: now + 0.05 };
      for (const action of actions) {
        if (action.type !== 'offer') continue;
        const f = quickForecast(rules, state, action);
        const value = f.acceptChance * measure(rules, f.tracks) + (1 - f.acceptChance) * now;
        if (value > best.value) best = { action, value };
      }
      return best.action;
    },
  };
}

export const greedyPolicy = scoringPolicy(
  'greedy',
  'Sends the package that most raises the expected Alliance Stability Index now; ends the turn when none does.',
  (rules, tracks) => stabilityValue(rules, tracks),
);

/** Hedging: security from the patron, trade with its rival — keep the two relationships level. */
export const hedgePolicy = scoringPolicy(
  'hedge',
  'Hedges: raises the stability index while keeping relations with Washington and Beijing level.',
  (rules, tracks) => {
    const patron = tracks[rules.actorById[rules.patron]!.relationTrack] ?? 0;
    const rival = tracks[rules.actorById[rules.rival]!.relationTrack] ?? 0;
    return stabilityValue(rules, tracks) - Math.abs(patron - rival);
  },
);

/** Bandwagoning: give the patron what it demands, accept its counters, ignore the rest. */
export const bandwagonPolicy: Policy = {
  name: 'bandwagon',
  explain:
    'Gives Washington what it asks for and takes its counter-offers; deals with no one else.',
  choose(rules, state) {
    const actions = legalActions(rules, state);
    if (state.pending)
      return actions.some((a) => a.type === 'acceptCounter')
        ? { type: 'acceptCounter' }
        : { type: 'walkAway' };
    const toPatron = actions.filter(
      (a): a is OfferAction => a.type === 'offer' && a.to === rules.patron,
    );
    if (toPatron.length === 0) return END_TURN;
    let best = toPatron[0]!;
    let bestScore = -Infinity;
    for (const offer of toPatron) {
      const f = quickForecast(rules, state, offer);
      const score = f.acceptChance * 100 + f.score;
      if (score > bestScore) {
        best = offer;
        bestScore = score;
      }
    }
    return best;
  },
};

export const POLICIES: readonly Policy[] = [
  randomPolicy,
  greedyPolicy,
  hedgePolicy,
  bandwagonPolicy,
];

export function policyNamed(name: string): Policy | undefined {
  return POLICIES.find((p) => p.name === name);
}
