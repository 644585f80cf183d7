// Each idea the game should teach, shown by a game in which it happens.
import { describe, expect, it } from 'vitest';
import { apply } from './apply';
import { valueOffer } from './counterpart';
import { createGame } from './create';
import { offer, tinyRules } from './fixtures/tiny';
import type { Action, GameState } from './state';

const rules = tinyRules();
const step = (state: GameState, action: Action, r = rules) => {
  const result = apply(r, state, action);
  if (!result.ok) throw new Error(result.reason);
  return result;
};
const concepts = (state: GameState) => state.concepts.map((c) => c.concept);
const withApproval = (state: GameState, approval: number): GameState => ({
  ...state,
  tracks: { ...state.tracks, approval },
});

describe('two-level game: the win-set', () => {
  it('bounds what Seoul can concede: a package the Assembly would not ratify is refused', () => {
    const low = withApproval(createGame(rules, 1), 45);
    // sma 3 costs 10 approval: 45 → 35, below the floor of 40
    const r = apply(rules, low, offer('washington', [['sma', 3]]));
    expect(r).toEqual({
      ok: false,
      reason: 'The National Assembly would not ratify this: approval would fall to 35, below 40.',
      why: { key: 'problem.winSet', parts: { approval: 35, floor: 40 } },
    });
  });

  it('gives leverage: the same package is countered at high approval and accepted near the floor', () => {
    // sma 2 (+10), flexibility limited (+6), tariff 10% (−8), bottom line −10: −2
    const o = offer(
      'washington',
      [
        ['sma', 2],
        ['flex', 'limited'],
      ],
      [['tariff', 10]],
    );
    const high = step(createGame(rules, 1), o);
    expect(high.outcome.kind).toBe('countered');
    // at approval 45 the package leaves 40, the floor: leverage 6 × (10 − 5)/10 = 3, so −2 + 3 = +1
    const near = step(withApproval(createGame(rules, 1), 45), o);
    expect(near.outcome.kind).toBe('accepted');
    expect(near.state.tracks.approval).toBe(40);
    expect(concepts(near.state)).toContain('win-set');
    expect(concepts(high.state)).not.toContain('win-set');
  });
});

describe('the alliance security dilemma', () => {
  it('entrapment: giving the patron strategic flexibility costs relations with its rival', () => {
    const r = step(createGame(rules, 1), offer('washington', [['flex', 'full']]));
    expect(r.outcome.kind).toBe('accepted');
    expect(r.state.tracks.china).toBe(42);
    expect(r.state.actors.beijing!.trust).toBe(42);
    expect(concepts(r.state)).toContain('entrapment');
  });

  it('abandonment: unmet demands wear down the patron until Seoul fears being left alone', () => {
    let state = createGame(rules, 1);
    state = { ...state, tracks: { ...state.tracks, us: 37 } };
    state = step(state, { type: 'endTurn' }).state;
    // one unmet demand (sma 2): −3 → 34, below 35
    expect(state.tracks.us).toBe(34);
    expect(concepts(state)).toContain('abandonment');
  });
});

describe('hedging', () => {
  it('each step toward Beijing is priced by Washington', () => {
    const r = step(createGame(rules, 1), offer('beijing', [['engage', 'yes']]));
    expect(r.state.tracks.china).toBe(58);
    expect(r.state.actors.washington!.trust).toBe(40);
    expect(concepts(r.state)).toContain('hedging');
    // lower trust makes Washington value the same package less: (40 − 50)/50 × 5 = −1
    expect(valueOffer(rules, r.state, offer('washington', [['sma', 2]])).score).toBe(-1);
  });
});

describe('issue linkage', () => {
  it('linking LNG sea lanes to cost-sharing wins a deal neither wins alone', () => {
    const start = createGame(rules, 1);
    expect(valueOffer(rules, start, offer('washington', [['sma', 1.5]])).score).toBe(-5);
    expect(valueOffer(rules, start, offer('washington', [['lng', 'yes']])).score).toBe(-6);
    const linked = step(
      start,
      offer('washington', [
        ['sma', 1.5],
        ['lng', 'yes'],
      ]),
    );
    expect(linked.outcome.kind).toBe('accepted');
    expect(concepts(linked.state)).toContain('issue-linkage');
  });
});

describe('credibility and time inconsistency', () => {
  it('kept promises build trust; reneging destroys it and makes the next deal harder', () => {
    let state = step(createGame(rules, 1), offer('washington', [['sma', 2]])).state;
    state = step(state, { type: 'endTurn' }).state;
    state = step(state, { type: 'endTurn' }).state;
    expect(state.actors.washington!.kept).toBe(1);
    expect(state.actors.washington!.trust).toBe(55);
    const reneged = step(state, { type: 'renege', dealId: 1 }).state;
    expect(reneged.actors.washington!.trust).toBe(35);
    expect(reneged.actors.washington!.broken).toBe(1);
    expect(concepts(reneged)).toContain('credibility');
    // trust 35: (35 − 50)/50 × 5 = −1.5 on top of 10 − 10
    expect(valueOffer(rules, reneged, offer('washington', [['sma', 2]])).score).toBe(-1.5);
  });

  it('a volatile counterpart reopens a settled deal and withdraws what Seoul won', () => {
    const volatile = tinyRules({ 'washington.volatility': 10, 'rules.reopenChance': 0.1 });
    let state = createGame(volatile, 7);
    // a package generous enough to be accepted whatever the mood
    state = step(
      state,
      offer(
        'washington',
        [
          ['sma', 3],
          ['flex', 'full'],
        ],
        [['tariff', 10]],
      ),
      volatile,
    ).state;
    expect(state.tracks.economy).toBe(55);
    state = step(state, { type: 'endTurn' }, volatile).state;
    expect(state.deals[0]!.status).toBe('reopened');
    expect(state.tracks.economy).toBe(50);
    expect(concepts(state)).toContain('credibility');
  });
});

describe('minilateralism', () => {
  it('a deal with Tokyo in its own right is named', () => {
    const r = step(createGame(rules, 1), offer('tokyo', [['consult', 'yes']]));
    expect(r.state.tracks.japan).toBe(57);
    expect(concepts(r.state)).toContain('minilateralism');
  });
});
