import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../engine';
import { createGameStore, memoryStorage } from '../../store';
import { bundledScenarios } from '../../store/bundled-inline';
import { setLanguage } from './language';
import { loadCatalogue, speak } from './t';

const HANGUL = /[가-힣]/;

function playIn(language: 'en' | 'ko') {
  setLanguage(language);
  const store = createGameStore({
    catalogue: bundledScenarios(),
    storage: memoryStorage(),
    randomSeed: () => 11,
    textLanguage: language,
    speak,
  });
  store.getState().newGame({ scenario: 'summer-2025', seed: 11 });
  const answers: string[] = [];
  for (let i = 0; i < 14 && !store.getState().game?.over; i++) {
    const legal = store.getState().legal();
    const offer = legal.find((a): a is Extract<Action, { type: 'offer' }> => a.type === 'offer');
    const answer = store.getState().act(i % 3 === 2 || !offer ? { type: 'endTurn' } : offer);
    if (answer.ok) answers.push(answer.outcome.text);
  }
  return { store, answers };
}

describe("the engine's sentences in the player's language", () => {
  beforeAll(() => loadCatalogue('ko'));
  afterEach(() => setLanguage('en'));

  it('says every change, answer and idea of a game in Korean, and plays the very same game', () => {
    const korean = playIn('ko');
    const english = playIn('en');
    const k = korean.store.getState();
    const e = english.store.getState();
    expect(k.summary()!.hash).toBe(e.summary()!.hash);
    expect(k.played).toEqual(e.played);

    const reasons = k.game!.history.flatMap((h) => h.changes.map((c) => c.reason.text));
    expect(reasons.length).toBeGreaterThan(5);
    for (const r of reasons) expect(r).toMatch(HANGUL);
    for (const a of korean.answers) expect(a).toMatch(HANGUL);
    for (const c of k.game!.concepts) expect(c.text).toMatch(HANGUL);
    expect(k.game!.history.flatMap((h) => h.news.map((n) => n.title)).join()).toMatch(HANGUL);

    // The English game keeps the engine's own words.
    expect(e.game).toBe(e.played);
    expect(english.answers.join(' ')).not.toMatch(HANGUL);
  });

  it('says the same sentence again when the language changes mid-game', () => {
    const { store } = playIn('en');
    const before = store.getState().game!.history[0]!.changes[0]!.reason.text;
    setLanguage('ko');
    store.getState().setTextLanguage('ko');
    const after = store.getState().game!.history[0]!.changes[0]!.reason.text;
    expect(before).not.toMatch(HANGUL);
    expect(after).toMatch(HANGUL);
    expect(store.getState().played!.history[0]!.changes[0]!.reason.text).toBe(before);
  });

  it('fills names and amounts from the scenario in the player’s language', () => {
    setLanguage('ko');
    const store = createGameStore({
      catalogue: bundledScenarios(),
      storage: memoryStorage(),
      randomSeed: () => 1,
      textLanguage: 'ko',
      speak,
    });
    store.getState().newGame({ scenario: 'summer-2025', seed: 1 });
    const rules = store.getState().rules!;
    expect(
      speak(
        {
          key: 'outcome.accepted',
          parts: {
            actor: { actor: 'washington' },
            deal: { deal: { gives: [{ lever: 'sma-share', value: 2.25 }], asks: [] } },
          },
        },
        rules,
      ),
    ).toBe(`워싱턴 측이 수락했습니다: 제공 ${rules.leverById['sma-share']!.label}: $2.25bn/년.`);
  });
});
