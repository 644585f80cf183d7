// t() fills parameters and picks plural forms; dates, numbers and lists follow the chosen language.
import { afterEach, expect, test } from 'vitest';
import {
  formatDate,
  formatList,
  formatNumber,
  language,
  loadCatalogue,
  preferredLanguage,
  setLanguage,
  t,
  wordCharacters,
} from '.';

afterEach(() => setLanguage('en'));

test('outside a browser the interface speaks English', () => {
  expect(language()).toBe('en');
});

test.each([
  [['ko-KR', 'en-US'], 'ko'],
  [['en-GB', 'ko'], 'en'],
  [['fr-FR', 'ko-KR'], 'ko'],
  [['fr-FR', 'de'], 'en'],
  [[], 'en'],
])('the browser languages %j choose %s', (tags, chosen) => {
  expect(preferredLanguage(tags)).toBe(chosen);
});

test('parameters are filled by name, numbers written by Intl', () => {
  expect(t('common.turnOf', { turn: 3, count: 10 })).toBe('Turn 3 of 10');
  expect(t('deals.older', { count: 1 })).toBe('1 older deal is not shown.');
  expect(t('deals.older', { count: 1200 })).toBe('1,200 older deals are not shown.');
});

test('Korean has one plural form and its own word order', async () => {
  await loadCatalogue('ko');
  setLanguage('ko');
  expect(t('deals.older', { count: 1 })).toBe('이전 합의 1건은 표시하지 않았습니다.');
  expect(t('common.turnOf', { turn: 3, count: 10 })).toBe('3/10턴');
});

test('dates, numbers and lists follow the language', async () => {
  expect(formatDate('2025-08-25')).toBe('25 Aug 2025');
  expect(formatDate('2025-08-25', 'short')).toBe('25 Aug');
  expect(formatDate('late August')).toBe('late August');
  expect(formatList(['Washington', 'Tokyo', 'Beijing'])).toBe('Washington, Tokyo and Beijing');
  expect(formatNumber(-0)).toBe('0');
  await loadCatalogue('ko');
  setLanguage('ko');
  expect(formatDate('2025-08-25')).toBe('2025년 8월 25일');
  expect(formatDate('2025-08-25', 'short')).toBe('8월 25일');
  expect(formatList(['워싱턴', '도쿄', '베이징'])).toBe('워싱턴, 도쿄 및 베이징');
});

test('the characters the interface needs from the font: beyond ASCII, each once, Hangul only in Korean', async () => {
  const english = wordCharacters('en');
  expect(english).toMatch(/▲/);
  expect(english).not.toMatch(/[\u0000-\u007f]/);
  expect(new Set(english).size).toBe([...english].length);
  expect(english).not.toMatch(/[가-힣]{2}/);
  await loadCatalogue('ko');
  const korean = wordCharacters('ko');
  // '시작' is Play; the catalogue and the engine's sentences together use hundreds of syllables.
  expect(korean).toMatch(/시/);
  expect(korean).toMatch(/작/);
  expect([...korean].filter((ch) => /[가-힣]/.test(ch)).length).toBeGreaterThan(300);
});
