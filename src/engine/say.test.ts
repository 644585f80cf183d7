import { describe, expect, it } from 'vitest';
import { tinyRules } from './fixtures/tiny';
import { ENGLISH, say, sayEnglish, sayIn, type Voice } from './say';

const rules = tinyRules();

describe('sentences as data', () => {
  it('says a deal in English with the scenario’s names and units', () => {
    const deal = { gives: [{ lever: 'sma', value: 2 }], asks: [] };
    const text = sayEnglish(
      rules,
      say('outcome.accepted', { actor: { actor: 'washington' }, deal: { deal } }),
    );
    expect(text).toBe(`Washington accepted: gives ${rules.leverById['sma']!.label}: $2bn/yr.`);
  });

  it('keeps a "$" in a teacher’s text as written, never as a replacement pattern', () => {
    const odd = {
      ...rules,
      actorById: {
        ...rules.actorById,
        washington: { ...rules.actorById['washington']!, name: "$& $' $1" },
      },
    };
    expect(sayEnglish(odd, say('reason.signed', { actor: { actor: 'washington' } }))).toBe(
      "Signed a deal with $& $' $1",
    );
  });

  it('speaks in another voice: its words, its numbers, its lists', () => {
    const voice: Voice = {
      words: { ...ENGLISH, 'problem.winSet': '비준 불가: {approval} < {floor}' },
      rules,
      number: (n) => n.toFixed(1),
      list: (items) => items.join(' / '),
    };
    expect(sayIn(voice, say('problem.winSet', { approval: 35, floor: 40 }))).toBe(
      '비준 불가: 35.0 < 40.0',
    );
  });

  it('leaves a part it was not given visible rather than inventing one', () => {
    expect(sayEnglish(rules, say('reason.keptWord'))).toBe(
      'Seoul kept its word on the deal of turn {turn}',
    );
  });
});
