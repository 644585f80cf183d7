// Properties over random legal play in the default scenario: ranges hold, numbers stay finite, replays agree.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../scenario';
import { apply } from './apply';
import { createGame } from './create';
import { quickForecast } from './forecast';
import { legalActions } from './legal';
import { compileRules } from './rules';
import type { Action, GameState } from './state';
import { replay, stateHash } from './summary';

const parsed = parseScenarioText(
  readFileSync(new URL('../../scenarios/summer-2025.json', import.meta.url), 'utf8'),
);
if (!parsed.ok) throw new Error('the default scenario is invalid');
const rules = compileRules(parsed.value);

/** Plays a game choosing among the legal actions with the given picks; returns every state on the way. */
function play(seed: number, picks: number[]): GameState[] {
  const states = [createGame(rules, seed)];
  for (const pick of picks) {
    const state = states[states.length - 1]!;
    if (state.over) break;
    const legal = legalActions(rules, state);
    const result = apply(rules, state, legal[pick % legal.length]!);
    if (!result.ok) throw new Error(`a legal action was refused: ${result.reason}`);
    states.push(result.state);
  }
  return states;
}

const seed = fc.nat({ max: 2 ** 32 - 1 });
const picks = fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 80 });

describe('properties of random legal play', () => {
  it('keeps every track within its range and every number finite', () => {
    fc.assert(
      fc.property(seed, picks, (s, p) => {
        for (const state of play(s, p)) {
          for (const t of rules.tracks) {
            const v = state.tracks[t.id]!;
            expect(Number.isFinite(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(t.min);
            expect(v).toBeLessThanOrEqual(t.max);
          }
          for (const a of Object.values(state.actors)) expect(Number.isFinite(a.trust)).toBe(true);
          expect(JSON.stringify(state)).not.toMatch(/NaN|Infinity|null,"delta"/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reproduces the state hash by replaying the log', () => {
    fc.assert(
      fc.property(seed, picks, (s, p) => {
        const last = play(s, p).at(-1)!;
        const again = replay(rules, s, last.log);
        expect(again.ok && stateHash(again.state)).toBe(stateHash(last));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same game for the same seed and choices', () => {
    fc.assert(
      fc.property(seed, picks, (s, p) => {
        expect(stateHash(play(s, p).at(-1)!)).toBe(stateHash(play(s, p).at(-1)!));
      }),
      { numRuns: 30 },
    );
  });

  it('changes nothing when an action is refused', () => {
    const bogus: Action[] = [
      { type: 'acceptCounter' },
      { type: 'renege', dealId: 999 },
      { type: 'offer', to: 'moscow', gives: [], asks: [] },
      { type: 'offer', to: 'washington', gives: [{ lever: 'sma-share', value: 99 }], asks: [] },
    ];
    fc.assert(
      fc.property(seed, picks, fc.constantFrom(...bogus), (s, p, action) => {
        const state = play(s, p).at(-1)!;
        const before = stateHash(state);
        const result = apply(rules, state, action);
        if (action.type !== 'acceptCounter' || !state.pending) expect(result.ok).toBe(false);
        expect(stateHash(state)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('moves the tracks in a quick forecast exactly as signing the deal does', () => {
    fc.assert(
      fc.property(seed, picks, fc.nat(), (s, p, k) => {
        const state = play(s, p).at(-1)!;
        const offers = legalActions(rules, state).filter((a) => a.type === 'offer');
        if (offers.length === 0 || state.over) return;
        const offer = offers[k % offers.length]!;
        if (offer.type !== 'offer') return;
        const quick = quickForecast(rules, state, offer);
        const signed = apply(rules, state, offer);
        if (signed.ok && signed.outcome.kind === 'accepted' && !signed.state.over) {
          for (const t of rules.tracks) expect(quick.tracks[t.id]).toBe(signed.state.tracks[t.id]);
        }
      }),
      { numRuns: 80 },
    );
  });
});
