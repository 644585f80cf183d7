import { describe, expect, it } from 'vitest';
import type { OfferAction } from '../engine';
import { tinyFile, tinyInput } from '../engine/fixtures/tiny';
import { parseScenarioText, sayProblem } from '../scenario';
import { catalogueEntry } from './bundled';
import { bundledScenarios } from './bundled-inline';
import { createGameStore } from './game-store';
import { CUSTOM_SCENARIO_KEY, tooLargeMessage } from './loader';
import { memoryStorage, SAVE_KEY, SET_ASIDE_KEY } from './saves';

const catalogue = [catalogueEntry(tinyFile, 'tiny', 'en')];
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

  describe('loading a teacher’s scenario file', () => {
    const own = JSON.stringify({ ...tinyInput, id: 'my-class', title: 'My class' });

    it('adds a valid file to the catalogue, chooses it and remembers it for the next visit', () => {
      const { store, storage } = make();
      const attempt = store.getState().loadScenarioText(own, 'my-class.json');
      expect(attempt).toMatchObject({ ok: true, title: 'My class', errors: [] });
      expect(store.getState().catalogue.map((c) => c.key)).toEqual(['tiny', 'file:my-class']);
      expect(store.getState().chosen).toBe('file:my-class');
      const next = make(storage).store;
      expect(next.getState().catalogue.map((c) => c.key)).toEqual(['tiny', 'file:my-class']);
      expect(next.getState().chosen).toBe('file:my-class');
      next.getState().newGame({ seed: 2 });
      expect(next.getState().summary()!.scenarioId).toBe('my-class');
    });

    it('reports every problem of a bad file and leaves the game and its save untouched', () => {
      const { store, storage } = make();
      store.getState().newGame({ seed: 3 });
      store.getState().act(sma2);
      const before = {
        game: store.getState().game,
        save: storage.getItem(SAVE_KEY),
        catalogue: store.getState().catalogue,
      };
      const bad = own
        .replace('"title":"My class"', '"title":7')
        .replace('"atTable":["washington"', '"atTable":["russia"');
      const attempt = store.getState().loadScenarioText(bad, 'bad.json');
      expect(attempt.ok).toBe(false);
      // The type error first; the dangling reference may be reported too, after it.
      expect(attempt.errors[0]!.pointer).toBe('/title');
      for (const e of attempt.errors)
        expect(['/title', '/calendar/0/atTable/0']).toContain(e.pointer);
      expect(store.getState().game).toBe(before.game);
      expect(storage.getItem(SAVE_KEY)).toBe(before.save);
      expect(store.getState().catalogue).toBe(before.catalogue);
    });

    it('reports a file that never reached the parser as one error, and changes nothing else', () => {
      const { store, storage } = make();
      store.getState().loadScenarioText(own, 'my-class.json');
      store.getState().newGame({ seed: 5 });
      const before = { state: store.getState(), save: storage.getItem(SAVE_KEY) };
      const address = 'https://example.org/x.json';
      const say = sayProblem('fetch.refused', { address, status: '404 Not Found' });
      const attempt = store.getState().reportLoadFailure(address, say);
      expect(attempt).toEqual({
        source: 'https://example.org/x.json',
        ok: false,
        title: null,
        errors: [
          {
            severity: 'error',
            pointer: '',
            message: `the scenario at ${address} could not be fetched: the server answered 404 Not Found`,
            say,
          },
        ],
        warnings: [],
      });
      const after = store.getState();
      expect(after.loadAttempt).toBe(attempt);
      expect(after.game).toBe(before.state.game);
      expect(after.catalogue).toBe(before.state.catalogue);
      expect(after.chosen).toBe('file:my-class');
      expect(storage.getItem(SAVE_KEY)).toBe(before.save);
      store.getState().clearLoadAttempt();
      expect(store.getState().loadAttempt).toBeNull();
    });

    it('refuses a file too large to read in the same words as the parser', () => {
      const big = `{"padding": "${'x'.repeat(3 * 1024 * 1024)}"}`;
      const parsed = parseScenarioText(big);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.problems.map((p) => p.message)).toEqual([tooLargeMessage(big.length)]);
      expect(tooLargeMessage(big.length)).toBe('the scenario is 3.0 MB; the limit is 2 MB');
    });

    it('saves a game of a loaded scenario whole, so it resumes without the file', () => {
      const { store, storage } = make();
      store
        .getState()
        .loadScenarioText(JSON.stringify({ ...tinyInput, title: 'Tiny, adapted' }), 'adapted.json');
      store.getState().newGame({ seed: 8 });
      store.getState().act(sma2);
      const hash = store.getState().summary()!.hash;
      storage.removeItem('tightrope.scenario.custom');
      const reopened = make(storage).store;
      expect(reopened.getState().resume()).toBe(true);
      expect(reopened.getState().scenario!.title).toBe('Tiny, adapted');
      expect(reopened.getState().summary()!.hash).toBe(hash);
    });
  });

  describe('tuning weights', () => {
    it('previews the current game under tuned weights, then applies them and remembers them', () => {
      const { store, storage } = make();
      store.getState().newGame({ seed: 4 });
      store.getState().act(sma2);
      store.getState().setTuning({ 'washington.sma': 40, 'no.such': 3 });
      expect(store.getState().tuning).toEqual({
        scenarioId: 'tiny',
        weights: { 'washington.sma': 40 },
      });
      const preview = store.getState().previewTuning()!;
      expect(preview.divergedAt).toBeNull();
      expect(preview.stabilityTuned).toBe(preview.stabilityNow);
      expect(store.getState().applyTuning()).toEqual({ ok: true });
      expect(store.getState().weights).toEqual({ 'washington.sma': 40 });
      const next = make(storage).store;
      expect(next.getState().tuning).toEqual({
        scenarioId: 'tiny',
        weights: { 'washington.sma': 40 },
      });
      next.getState().newGame({ seed: 1 });
      expect(next.getState().rules!.weights['washington.sma']).toBe(40);
    });

    it('keeps tuned values inside their declared ranges', () => {
      const { store } = make();
      store.getState().newGame({ seed: 4 });
      store.getState().setTuning({ 'washington.sma': 500 });
      expect(store.getState().tuning!.weights['washington.sma']).toBe(40);
    });

    it('replays the game under the tuned rules: a deal once accepted can now fail', () => {
      const { store } = make();
      store.getState().newGame({ seed: 4 });
      store.getState().act(sma2);
      store.getState().setTuning({ 'washington.sma': 0 });
      expect(store.getState().previewTuning()!.state.deals).toHaveLength(0);
      expect(store.getState().applyTuning()).toEqual({ ok: true });
      expect(store.getState().game!.deals).toHaveLength(0);
    });

    it('says which action the tuned rules would refuse, and changes nothing', () => {
      const { store } = make();
      store.getState().newGame({ seed: 4 });
      const smaLow: OfferAction = { ...sma2, gives: [{ lever: 'sma', value: 1.5 }] };
      expect(store.getState().act(smaLow)).toMatchObject({
        ok: true,
        outcome: { kind: 'countered' },
      });
      store.getState().act({ type: 'acceptCounter' });
      const before = store.getState().game;
      store.getState().setTuning({ 'washington.sma': 40 });
      expect(store.getState().previewTuning()!.divergedAt).toEqual({
        index: 1,
        reason: 'There is no counter-offer to accept.',
      });
      expect(store.getState().applyTuning()).toEqual({
        ok: false,
        reason:
          'With these weights, action 2 would be refused: There is no counter-offer to accept.',
      });
      expect(store.getState().game).toBe(before);
    });
  });

  it('loads a weights file like a scenario: located problems, or a new tuning', () => {
    const { store } = make();
    const bad = store
      .getState()
      .loadWeightsText('{\n  "weights": { "washington.sma": 99 }\n}', 'x.weights.json');
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => [e.pointer, e.message, e.line])).toEqual([
      ['/weights/washington.sma', 'weight "washington.sma" is 99, outside its range 0..40', 2],
    ]);
    expect(
      store.getState().loadWeightsText('{ "weights": { "washington.sma": 30 } }', 'y.weights.json')
        .ok,
    ).toBe(true);
    expect(store.getState().tuning).toEqual({
      scenarioId: 'tiny',
      weights: { 'washington.sma': 30 },
    });
  });
});

describe('the language the scenario is read in', () => {
  const store = (textLanguage: string) =>
    createGameStore({
      catalogue: bundledScenarios(),
      storage: memoryStorage(),
      randomSeed: () => 42,
      textLanguage,
    });
  const play = (s: ReturnType<typeof store>) => {
    s.getState().newGame({ scenario: 'summer-2025', seed: 3 });
    for (let i = 0; i < 6; i++) {
      const legal = s.getState().legal();
      s.getState().act(legal.find((a) => a.type === 'offer') ?? legal.at(-1)!);
    }
    return s.getState();
  };

  it('shows the screens Korean texts while the game plays, and hashes, exactly as in English', () => {
    const korean = play(store('ko'));
    const english = play(store('en'));
    expect(korean.summary()?.hash).toBe(english.summary()?.hash);
    expect(korean.rules?.actorById['washington']?.name).toBe('워싱턴');
    expect(korean.engineRules?.actorById['washington']?.name).toBe('Washington');
    expect(korean.catalogue[0]?.title).toMatch(/[가-힣]/);
  });

  it('switches mid-game without touching the game', () => {
    const s = store('en');
    const before = play(s);
    s.getState().setTextLanguage('ko');
    const after = s.getState();
    expect(after.game).toBe(before.game);
    expect(after.summary()?.hash).toBe(before.summary()?.hash);
    expect(after.scenario?.briefing.situation).toMatch(/[가-힣]/);
    expect(after.catalogue.map((c) => c.shownIn)).toEqual(['ko', 'en', 'en']);
  });
});

describe('a saved game of a teacher’s file in two languages', () => {
  it('names its scenario in the player’s language, even once the file is gone from the catalogue', () => {
    const storage = memoryStorage();
    const first = createGameStore({ catalogue, storage, randomSeed: () => 3 });
    const file = { ...tinyInput, id: 'two-languages', title: { en: 'Two tongues', ko: '두 언어' } };
    expect(first.getState().loadScenarioText(JSON.stringify(file), 'two.json').ok).toBe(true);
    first.getState().newGame({ seed: 3 });
    storage.removeItem(CUSTOM_SCENARIO_KEY);
    const later = createGameStore({ catalogue, storage, randomSeed: () => 3, textLanguage: 'ko' });
    expect(later.getState().catalogue.some((c) => c.id === 'two-languages')).toBe(false);
    expect(later.getState().savedGame()?.scenarioTitle).toBe('두 언어');
    expect(later.getState().resume()).toBe(true);
    expect(later.getState().scenario?.title).toBe('두 언어');
  });
});
