import { describe, expect, test } from 'vitest';
import type { Change } from '../../engine';
import { testStore } from '../test-store';
import {
  changeTarget,
  formatDelta,
  formatWithUnit,
  groupChanges,
  roundForReading,
} from './change-list';

const store = testStore(1);
const rules = store.getState().rules!;

function change(
  kind: Change['reason']['kind'],
  delta: number,
  target: Change['target'] = 'track',
): Change {
  return {
    target,
    id: target === 'track' ? 'security' : 'washington',
    before: 50,
    after: 50 + delta,
    delta,
    reason: { kind, text: kind, say: { key: 'reason.event', parts: { event: kind } } },
  };
}

describe('formatDelta', () => {
  test.each([
    [3, 'pts', '+3 pts ▲'],
    [-4, 'pts', '−4 pts ▼'],
    [-1.26, '%', '−1.3% ▼'],
    [0.04, 'pts', '+0.04 pts ▲'],
    [0, 'pts', '±0 pts ·'],
  ])('%s %s reads "%s" (an arrow, so colour is never needed)', (delta, unit, shown) => {
    expect(formatDelta(delta, unit)).toBe(shown);
  });
});

test('values keep their unit', () => {
  expect(formatWithUnit(52.345, '%')).toBe('52.3%');
  expect(formatWithUnit(58, 'pts')).toBe('58 pts');
  expect(roundForReading(0.004)).toBe(0);
});

test('changes are grouped by cause, the player’s deals first and drift last, none lost', () => {
  const changes = [change('drift', -1), change('event', 2), change('deal', 3), change('event', -1)];
  const groups = groupChanges(changes);
  expect(groups.map((g) => g.kind)).toEqual(['deal', 'event', 'drift']);
  expect(groups.flatMap((g) => g.changes)).toHaveLength(changes.length);
});

test('a trust change is named after the capital, a track change after the track', () => {
  expect(changeTarget(rules, change('kept', 4, 'trust')).label).toBe("Washington's trust in Seoul");
  expect(changeTarget(rules, change('deal', 4)).label).toBe(rules.trackById.security!.label);
});
