import { describe, expect, it } from 'vitest';
import type { OfferAction } from '../engine';
import { tinyScenario } from '../engine/fixtures/tiny';
import { createGameStore } from './game-store';
import { memoryStorage, SAVE_KEY, SET_ASIDE_KEY } from './saves';

const catalogue = [
  { id: 'tiny', title: 'Tiny', summary: '', language: 'en', turns: 3, scenario: tinyScenario },
];
const make = (storage = memoryStorage()) => ({
  storage,
  store: createGameStore({
    catalogue,
    storage,
    randomSeed: () => 42,
    now: () => '2025-08-25T00:00:00Z',
  }),
});
const sma2: OfferAction = {
  type: 'offer',
  to: 'washington',
  gives: [{ lever: 'sma', value: 2 }],
  asks: [],
};

describe('the game store', () => {
  it('starts the bundled scenario with the given seed, or a random one', () => {
    const { store } = make();
    store.getState().newGame({ seed: 7 });
    expect(store.getState().summary()).toMatchObject({
      scenarioId: 'tiny',
      seed: 7,
      turn: 1,
      over: false,
    });
    store.getState().newGame();
    expect(store.getState().summary()!.seed).toBe(42);
  });

  it('applies actions through the engine and keeps refusals out of the state', () => {
    const { store } = make();
    store.getState().newGame({ seed: 1 });
    expect(store.getState().act(sma2)).toMatchObject({ ok: true, outcome: { kind: 'accepted' } });
    const before = store.getState().game;
    expect(store.getState().act(sma2)).toEqual({
      ok: false,
      reason: 'Washington has already signed a deal this turn.',
    });
    expect(store.getState().game).toBe(before);
    expect(store.getState().lastRefusal).toBe('Washington has already signed a deal this turn.');
  });

  it('autosaves after every action, and a new page resumes at the same hash', () => {
    const { store, storage } = make();
    store.getState().newGame({ seed: 3 });
    store.getState().act(sma2);
    store.getState().act({ type: 'endTurn' });
    const hash = store.getState().summary()!.hash;
    const reopened = make(storage).store;
    expect(reopened.getState().savedGame()).toEqual({
      scenarioTitle: 'Tiny',
      turn: 2,
      savedAt: '2025-08-25T00:00:00Z',
    });
    expect(reopened.getState().resume()).toBe(true);
    expect(reopened.getState().summary()!.hash).toBe(hash);
  });

  it.each([
    ['not JSON', '{"kind": "tightrope-save", ', 'it is not valid JSON'],
    ['an older format', JSON.stringify({ kind: 'tightrope-save', format: 0 }), 'save format 0'],
    ['a tampered log', 'TAMPER', 'does not reach the state that was saved'],
  ])('sets a save that is %s aside with a message, losing nothing', (_, raw, reason) => {
    const { store, storage } = make();
    store.getState().newGame({ seed: 3 });
    store.getState().act(sma2);
    const text =
      raw === 'TAMPER'
        ? storage.getItem(SAVE_KEY)!.replace(/"hash":"[0-9a-f]+"/, '"hash":"00000000000000"')
        : raw;
    storage.setItem(SAVE_KEY, text);
    const reopened = make(storage).store;
    expect(reopened.getState().resume()).toBe(false);
    expect(reopened.getState().notice?.text).toContain(reason);
    expect(reopened.getState().setAsideSave()).toBe(text);
    expect(storage.getItem(SET_ASIDE_KEY)).toBe(text);
    expect(reopened.getState().game).toBeNull();
  });

  it('exports a log that names the scenario, seed and actions', () => {
    const { store } = make();
    store.getState().newGame({ seed: 9 });
    store.getState().act(sma2);
    expect(store.getState().exportLog()).toMatchObject({
      scenario: 'tiny',
      seed: 9,
      actions: [sma2],
      hash: store.getState().summary()!.hash,
    });
  });

  it('replays from an earlier turn, dropping what came after', () => {
    const { store } = make();
    store.getState().newGame({ seed: 5 });
    store.getState().act({ type: 'endTurn' });
    store.getState().act(sma2);
    store.getState().act({ type: 'endTurn' });
    expect(store.getState().game!.turn).toBe(3);
    expect(store.getState().replayFromTurn(2)).toBe(true);
    expect(store.getState().game!.turn).toBe(2);
    expect(store.getState().game!.log).toEqual([{ type: 'endTurn' }]);
  });
});
