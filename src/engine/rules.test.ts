import { describe, expect, it } from 'vitest';
import { apply } from './apply';
import { acceptChance, valueOffer } from './counterpart';
import { createGame } from './create';
import { forecast } from './forecast';
import { degreeOf, valueAtDegree } from './lever';
import { stabilityIndex } from './stability';
import { offer, tinyRules } from './fixtures/tiny';
import type { GameState } from './state';

const rules = tinyRules();
const applied = (state: GameState, action: Parameters<typeof apply>[2]) => {
  const r = apply(rules, state, action);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('lever degree', () => {
  it.each([
    ['sma', 1, 0],
    ['sma', 2, 0.5],
    ['sma', 3, 1],
    ['tariff', 20, 0],
    ['tariff', 15, 0.25],
    ['tariff', 0, 1],
    ['flex', 'limited', 0.5],
  ] as const)('%s at %s has degree %s', (lever, value, degree) => {
    expect(degreeOf(rules.leverById[lever]!, value)).toBe(degree);
  });

  it('refuses values outside the range or unknown options', () => {
    expect(degreeOf(rules.leverById.sma!, 3.5)).toBeUndefined();
    expect(degreeOf(rules.leverById.flex!, 'total')).toBeUndefined();
    expect(degreeOf(rules.leverById.sma!, Number.NaN)).toBeUndefined();
  });

  it('snaps a degree to the lever step', () => {
    expect(valueAtDegree(rules.leverById.sma!, 0.6)).toBe(2);
    expect(valueAtDegree(rules.leverById.tariff!, 0.5)).toBe(10);
  });
});

describe('stability index', () => {
  it('is the weighted mean of the tracks', () => {
    // (2·60 + 50 + 50 + 50 + 50 + 50) / 7 = 370 / 7
    const s = stabilityIndex(rules, {
      us: 60,
      china: 50,
      japan: 50,
      economy: 50,
      security: 50,
      approval: 50,
    });
    expect(s.value).toBe(52.86);
  });

  it('subtracts a named penalty per point below its threshold', () => {
    // mean (2·50 + 50·4 + 30) / 7 = 330/7 = 47.142…; 10 points below 40 at 0.5 → −5
    const s = stabilityIndex(rules, {
      us: 50,
      china: 50,
      japan: 50,
      economy: 50,
      security: 50,
      approval: 30,
    });
    expect(s.value).toBe(42.14);
    expect(s.parts.find((p) => p.label === 'Unrest at home')?.amount).toBe(-5);
  });
});

describe('how a counterpart values a package', () => {
  const start = createGame(rules, 1);

  it('adds what it gains, subtracts what it pays and its bottom line', () => {
    // sma 2 → 20 × 0.5 = 10; tariff 15 → −16 × 0.25 = −4; trust 50 → 0; reservation −10
    const v = valueOffer(rules, start, offer('washington', [['sma', 2]], [['tariff', 15]]));
    expect(v.score).toBe(-4);
  });

  it('uses the weight a designer tuned', () => {
    const tuned = tinyRules({ 'washington.sma': 40 });
    expect(valueOffer(tuned, createGame(tuned, 1), offer('washington', [['sma', 2]])).score).toBe(
      10,
    );
  });

  it('turns volatility into an acceptance chance', () => {
    expect(acceptChance(0, 0)).toBe(1);
    expect(acceptChance(-1, 0)).toBe(0);
    expect(acceptChance(0, 10)).toBe(0.5);
    expect(acceptChance(5, 10)).toBe(0.75);
    expect(acceptChance(-12, 10)).toBe(0);
  });
});

describe('answers', () => {
  const start = createGame(rules, 1);

  it('accepts a package worth its bottom line, and moves the tracks with reasons', () => {
    const r = applied(start, offer('washington', [['sma', 2]]));
    expect(r.outcome.kind).toBe('accepted');
    // approval −10 × 0.5; us +10 × 0.5 then +2 for signing
    expect(r.state.tracks.approval).toBe(45);
    expect(r.state.tracks.us).toBe(57);
    const reasons = r.state.changes.map((c) => `${c.id} ${c.delta}: ${c.reason.text}`);
    expect(reasons).toContain(
      'approval -5: Deal with Washington: Troop-cost share: $1.5bn/yr'.replace('1.5', '2'),
    );
    expect(reasons).toContain('us 2: Signed a deal with Washington');
  });

  it('counters a package that falls a little short, with one it would accept', () => {
    const r = applied(start, offer('washington', [['sma', 1.5]]));
    expect(r.outcome.kind).toBe('countered');
    if (r.outcome.kind !== 'countered') return;
    expect(valueOffer(rules, r.state, r.outcome.counter).score).toBeGreaterThanOrEqual(0);
    expect(r.state.actors.washington!.patience).toBe(1);
    const taken = applied(r.state, { type: 'acceptCounter' });
    expect(taken.outcome.kind).toBe('accepted');
    expect(taken.state.deals).toHaveLength(1);
  });

  it('refuses a package far short, says why, and walks away when out of patience', () => {
    const once = applied(start, offer('washington', [], [['tariff', 0]]));
    expect(once.outcome.kind).toBe('refused');
    expect(once.outcome.text).toMatch(/Washington refused: the package falls 26 short/);
    const twice = applied(once.state, offer('washington', [], [['tariff', 0]]));
    expect(twice.state.actors.washington!.walkedAway).toBe(true);
    expect(twice.state.tracks.us).toBe(45);
    const again = apply(rules, twice.state, offer('washington', [['sma', 3]]));
    expect(again).toEqual({
      ok: false,
      reason: 'Washington has run out of patience this turn.',
      why: { key: 'problem.outOfPatience', parts: { actor: { actor: 'washington' } } },
    });
  });

  it('forecasts exactly what applying would do, without committing', () => {
    const o = offer('washington', [['sma', 3]]);
    const f = forecast(rules, start, o);
    const r = applied(start, o);
    expect(f.verdict).toBe('accept');
    expect(f.acceptChance).toBe(1);
    expect(f.stabilityAfter).toBe(stabilityIndex(rules, r.state.tracks).value);
    expect(f.changes.map((c) => [c.id, c.after])).toEqual(
      r.state.changes.map((c) => [c.id, c.after]),
    );
    expect(start.deals).toHaveLength(0);
  });
});

describe('illegal actions are refused with a reason and change nothing', () => {
  const start = createGame(rules, 1);
  it.each([
    [offer('moscow', [['sma', 2]]), 'There is no counterpart "moscow".'],
    [offer('washington', [['engage', 'yes']]), 'China engagement cannot be put to Washington.'],
    [offer('washington', [['sma', 9]]), 'Troop-cost share: $9bn/yr is outside its range.'],
    [offer('washington', [['tariff', 10]]), 'Tariff relief is something Seoul asks, not gives.'],
    [offer('washington', []), 'An offer must give or ask something.'],
    [{ type: 'acceptCounter' } as const, 'There is no counter-offer to accept.'],
    [{ type: 'renege', dealId: 4 } as const, 'There is no deal 4 in force.'],
  ])('%j', (action, reason) => {
    const before = JSON.stringify(start);
    expect(apply(rules, start, action)).toEqual({ ok: false, reason, why: expect.any(Object) });
    expect(JSON.stringify(start)).toBe(before);
  });
});

describe('concessions in force', () => {
  it('are not made twice: a second deal counts only what goes beyond the first', () => {
    let state = createGame(rules, 1);
    state = applied(state, offer('washington', [['sma', 2]])).state;
    state = applied(state, { type: 'endTurn' }).state;
    // sma 2 is in force (degree 0.5): offering 2 again adds nothing; 3 adds 0.5 → 10 value, −5 approval
    expect(
      valueOffer(rules, state, offer('washington', [['sma', 2]])).parts.some(
        (p) => p.lever === 'sma',
      ),
    ).toBe(false);
    expect(
      valueOffer(rules, state, offer('washington', [['sma', 3]])).parts.find(
        (p) => p.lever === 'sma',
      )?.amount,
    ).toBe(10);
    const before = state.tracks.approval!;
    const next = applied(state, offer('washington', [['sma', 3]])).state;
    expect(next.tracks.approval).toBe(before - 5);
  });
});
