// Conditions on the game (tracks, the stability index, flags, deals, the turn), as events and endings use them.
import type { CompiledCondition, CompiledRules } from './rules';
import { stabilityValue } from './stability';
import type { GameState } from './state';

export function holds(rules: CompiledRules, state: GameState, c: CompiledCondition): boolean {
  if ('track' in c) {
    const x =
      c.track === 'stability' ? stabilityValue(rules, state.tracks) : (state.tracks[c.track] ?? 0);
    const v = c.value.value;
    switch (c.op) {
      case '<':
        return x < v;
      case '<=':
        return x <= v;
      case '>':
        return x > v;
      case '>=':
        return x >= v;
    }
  }
  if ('flag' in c) return (state.flags[c.flag] ?? false) === c.set;
  if ('dealWith' in c)
    return state.deals.some((d) => d.with === c.dealWith && d.status === 'active') === c.active;
  return state.turn >= c.fromTurn;
}

export function allHold(
  rules: CompiledRules,
  state: GameState,
  conditions: CompiledCondition[],
): boolean {
  return conditions.every((c) => holds(rules, state, c));
}
