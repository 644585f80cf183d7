import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkLanguages,
  fallbackMark,
  inLanguage,
  languagesOf,
  mapTexts,
  textIn,
} from './localize';
import { parseScenarioFileText } from './parse';
import type { ScenarioFile } from './schema';

const read = (path: string): ScenarioFile => {
  const parsed = parseScenarioFileText(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
  return parsed.value;
};
const summer = read('scenarios/summer-2025.json');
const template = read('scenarios/template.json');

describe('a text in one language', () => {
  it.each([
    ['the player’s language where it is given', { en: 'Seoul', ko: '서울' }, 'ko', '서울'],
    ['the scenario’s own, marked, where it is not', { en: 'Seoul' }, 'ko', '[EN] Seoul'],
    ['the scenario’s own language unmarked', { en: 'Seoul', ko: '서울' }, 'en', 'Seoul'],
    ['a plain string as it is, in every language', '%', 'ko', '%'],
  ])('%s', (_, text, language, shown) => {
    expect(textIn(text, language, 'en')).toBe(shown);
  });

  it('marks a fallback by the language it falls back to', () => {
    expect(fallbackMark('en')).toBe('[EN] ');
    expect(textIn({ ko: '서울' }, 'ja', 'ko')).toBe('[KO] 서울');
  });
});

describe('the default scenario in two languages', () => {
  it('is written in English and in Korean', () => {
    expect(summer.language).toBe('en');
    expect(languagesOf(summer)).toEqual(['en', 'ko']);
  });

  it('has every text in both, so a Korean student never meets a fallback', () => {
    expect(checkLanguages(summer)).toEqual([]);
    const korean = inLanguage(summer, 'ko');
    const texts: string[] = [];
    mapTexts(korean, (x) => {
      texts.push(String(x));
      return '';
    });
    expect(texts.filter((x) => x.startsWith('[EN]'))).toEqual([]);
    expect(korean.actors.find((a) => a.id === 'washington')?.name).toBe('워싱턴');
    expect(korean.title).toMatch(/[가-힣]/);
  });

  it('changes only texts between languages: ids, numbers and rules stay', () => {
    const strip = (s: unknown) =>
      JSON.stringify(s, (_, v: unknown) => (typeof v === 'string' ? '' : v));
    expect(strip(inLanguage(summer, 'ko'))).toBe(strip(inLanguage(summer, 'en')));
    expect(inLanguage(summer, 'ko').levers.map((l) => l.id)).toEqual(
      summer.levers.map((l) => l.id),
    );
  });

  it('shows a language it does not have in its own', () => {
    expect(inLanguage(summer, 'ja').title).toBe(`[EN] ${inLanguage(summer).title}`);
    expect(inLanguage(template, 'ko')).toEqual(inLanguage(template));
  });
});

describe('checking the languages of a scenario', () => {
  const withTexts = (edit: (s: ScenarioFile) => void): ScenarioFile => {
    const copy = structuredClone(template);
    edit(copy);
    return copy;
  };

  it('refuses a text given per language without the scenario’s own', () => {
    const file = withTexts((s) => {
      s.tracks[1]!.label = { ko: '일본 관계' };
    });
    expect(checkLanguages(file)).toMatchObject([
      {
        severity: 'error',
        pointer: '/tracks/1/label',
        message:
          'this text has no "en" version, the scenario\'s language ("language": "en"); give it, or change "language"',
      },
    ]);
  });

  it('warns once per language that some texts lack, naming the first', () => {
    const file = withTexts((s) => {
      s.title = { en: 'Mine', ko: '내 시나리오' };
      s.summary = { en: 'A summary.' };
      s.tracks[0]!.label = { en: 'Washington' };
    });
    expect(checkLanguages(file)).toMatchObject([
      {
        severity: 'warning',
        pointer: '/summary',
        message:
          '2 of the 3 texts given per language have no "ko" version (this is the first); players in that language see the "en" text there, marked [EN]',
      },
    ]);
  });
});
