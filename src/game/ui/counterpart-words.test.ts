import { expect, test } from 'vitest';
import { testStore } from '../test-store';
import {
  describePatience,
  describeVolatility,
  leversByValue,
  turnsAtTable,
} from './counterpart-words';

const store = testStore(1);
const rules = store.getState().rules!;

test('what a capital values most comes from its values, strongest first, by lever label', () => {
  for (const actor of rules.actors) {
    const wanted = leversByValue(rules, actor, 1, 3);
    const values = Object.entries(actor.values).filter(([, v]) => v.value > 0);
    expect(wanted).toHaveLength(Math.min(3, values.length));
    const top = values.sort(([, a], [, b]) => b.value - a.value)[0]!;
    expect(wanted[0]).toBe(rules.leverById[top[0]]!.label);
  }
});

test('patience and volatility read as words, and the most volatile capital is called volatile', () => {
  const most = [...rules.actors].sort((a, b) => b.volatility.value - a.volatility.value)[0]!;
  expect(describeVolatility(most, rules.actors)).toMatch(/^Volatile: .*reopened/);
  for (const actor of rules.actors) expect(describePatience(actor)).toMatch(/offers?/);
});

test('the turns at the table follow the calendar', () => {
  for (const actor of rules.actors) {
    for (const turn of turnsAtTable(rules, actor.id)) {
      expect(rules.calendar[turn - 1]!.atTable).toContain(actor.id);
    }
  }
});
