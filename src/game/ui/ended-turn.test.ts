import { expect, test } from 'vitest';
import { createGameStore, memoryStorage, views } from '../../store';
import { bundledScenarios } from '../../store/bundled-inline';
import { endedTurn } from './ended-turn';

function newStore(seed: number) {
  const store = createGameStore({
    catalogue: bundledScenarios(),
    storage: memoryStorage(),
    randomSeed: () => seed,
  });
  store.getState().newGame({ seed });
  return store;
}

test('after turn 1 the summary compares with the starting numbers', () => {
  const store = newStore(1);
  store.getState().act({ type: 'endTurn' });
  const { rules, game } = store.getState();
  const ended = endedTurn(rules!, game!)!;
  expect(ended.record.turn).toBe(1);
  const start = Object.fromEntries(rules!.tracks.map((t) => [t.id, t.start]));
  expect(ended.before.tracks).toEqual(start);
  expect(ended.before.stability).toBe(views.stabilityIndex(rules!, start).value);
});

test('later turns compare with the record before, so the net change is the sum of the changes', () => {
  const store = newStore(2);
  for (let i = 0; i < 3; i++) store.getState().act({ type: 'endTurn' });
  const { rules, game } = store.getState();
  const ended = endedTurn(rules!, game!)!;
  expect(ended.record.turn).toBe(3);
  expect(ended.before.stability).toBe(game!.history[1]!.stability);
  for (const track of rules!.tracks) {
    const moved = ended.record.changes.filter((c) => c.target === 'track' && c.id === track.id);
    const sum = moved.reduce((total, c) => total + c.delta, 0);
    const net = ended.record.tracks[track.id]! - ended.before.tracks[track.id]!;
    expect(net).toBeCloseTo(sum, 6);
  }
});

test('no record yet: nothing to summarise', () => {
  const { rules, game } = newStore(3).getState();
  expect(endedTurn(rules!, game!)).toBeNull();
});

test('a game that ends mid-turn reports the turn in progress', () => {
  const { rules, game } = newStore(4).getState();
  const over = { ...game!, over: true };
  const ended = endedTurn(rules!, over)!;
  expect(ended.record.turn).toBe(game!.turn);
  expect(ended.record.changes).toBe(game!.changes);
});
