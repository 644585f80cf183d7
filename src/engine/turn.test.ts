import { describe, expect, it } from 'vitest';
import { apply } from './apply';
import { createGame } from './create';
import { tinyRules } from './fixtures/tiny';
import { legalActions } from './legal';
import type { Action, GameState } from './state';
import { replay, stateHash, summary } from './summary';

const rules = tinyRules();
const step = (state: GameState, action: Action) => {
  const r = apply(rules, state, action);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
};
const endTurn: Action = { type: 'endTurn' };

describe('the turn cycle', () => {
  it('fires a scripted event at the start of its turn, with its source', () => {
    const turn2 = step(createGame(rules, 1), endTurn);
    expect(turn2.turn).toBe(2);
    expect(turn2.news.map((n) => [n.event, n.source])).toEqual([['missile-test', 'tests']]);
    expect(turn2.tracks.security).toBe(46);
    expect(turn2.changes.find((c) => c.id === 'security')?.reason).toMatchObject({
      kind: 'event',
      event: 'missile-test',
    });
  });

  it('never fires an event of probability 0', () => {
    let state = createGame(rules, 3);
    while (!state.over) state = step(state, endTurn);
    expect(state.fired).not.toContain('never');
  });

  it('records each finished turn for the debrief', () => {
    const s = step(step(createGame(rules, 1), endTurn), endTurn);
    expect(s.history.map((h) => h.turn)).toEqual([1, 2]);
    expect(s.history[0]!.changes.map((c) => c.reason.kind)).toContain('unmet-demand');
  });

  it('ends with the first final ending that holds, scored by the stability index plus its bonus', () => {
    let state = createGame(rules, 1);
    state = step(state, {
      type: 'offer',
      to: 'tokyo',
      gives: [{ lever: 'consult', value: 'yes' }],
      asks: [],
    });
    while (!state.over) state = step(state, endTurn);
    expect(state.ending).toMatchObject({ id: 'adrift', grade: 'D', early: false, turn: 3 });
    expect(state.ending!.score).toBe(summary(rules, state).stabilityIndex);
    expect(legalActions(rules, state)).toEqual([]);
    expect(apply(rules, state, endTurn)).toEqual({
      ok: false,
      reason: 'The game is over.',
      why: { key: 'problem.over', parts: {} },
    });
  });

  it('ends early when a track collapses', () => {
    const start = createGame(rules, 1);
    const collapsed = step({ ...start, tracks: { ...start.tracks, approval: 19 } }, endTurn);
    expect(collapsed.over).toBe(true);
    expect(collapsed.ending).toMatchObject({ id: 'collapse', grade: 'F', early: true, turn: 1 });
  });
});

describe('determinism', () => {
  const play = (seed: number): GameState => {
    let state = createGame(rules, seed);
    let i = 0;
    while (!state.over) {
      const legal = legalActions(rules, state);
      state = step(state, legal[(i * 7 + seed) % legal.length]!);
      i++;
    }
    return state;
  };

  it('the same seed and actions give the same state hash', () => {
    expect(stateHash(play(5))).toBe(stateHash(play(5)));
  });

  it('replaying the log reproduces the state exactly', () => {
    const game = play(11);
    const again = replay(rules, game.seed, game.log);
    expect(again.ok && stateHash(again.state)).toBe(stateHash(game));
  });

  it('a replay stops at the first refused action and says which', () => {
    const r = replay(rules, 1, [endTurn, { type: 'acceptCounter' }]);
    expect(r).toMatchObject({
      ok: false,
      index: 1,
      reason: 'There is no counter-offer to accept.',
    });
  });

  it('the hash is a stable 14-digit hex string', () => {
    expect(stateHash(createGame(rules, 1))).toMatch(/^[0-9a-f]{14}$/);
    expect(stateHash(createGame(rules, 1))).not.toBe(stateHash(createGame(rules, 2)));
  });
});
