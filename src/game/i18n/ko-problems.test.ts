import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  parseScenarioText,
  parseWeightsText,
  PROBLEM_ENGLISH,
  type Problem,
  type ProblemKey,
} from '../../scenario';
import { loadFailure, tooLarge } from '../../store/loader';
import { koProblems } from './ko-problems';
import { setLanguage } from './language';
import { loadCatalogue, problemText } from './t';

const HANGUL = /[가-힣]/;
const UNFILLED = /\{\w+\}/;
/** The invalid-scenario corpus, read as text by the bundler (the game layer reads no files itself). */
const texts = import.meta.glob<string>('../../../tests/fixtures/invalid/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const byName = new Map(
  Object.entries(texts).map(([path, text]) => [path.split('/').pop()!, text] as const),
);
const corpus = [...byName.keys()].filter((f) => f !== 'expected.json').sort();

function problemsIn(file: string): Problem[] {
  const r = parseScenarioText(byName.get(file)!);
  return r.ok ? r.warnings : r.problems;
}

const names = (words: string) =>
  [...new Set([...words.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("the scenario checker's sentences in Korean", () => {
  beforeAll(() => loadCatalogue('ko'));
  afterEach(() => setLanguage('en'));

  it('cover the whole corpus', () => expect(corpus.length).toBeGreaterThanOrEqual(60));

  it('fill the same parts as the English, key by key', () => {
    for (const key of Object.keys(PROBLEM_ENGLISH) as ProblemKey[])
      expect([key, names(koProblems[key])]).toEqual([key, names(PROBLEM_ENGLISH[key])]);
  });

  it.each(corpus)('%s: every problem reads in Korean, every part filled', (file) => {
    setLanguage('ko');
    for (const p of problemsIn(file)) {
      expect(Object.hasOwn(koProblems, p.say.key)).toBe(true);
      const text = problemText(p);
      expect(text, p.message).toMatch(HANGUL);
      expect(text, p.message).not.toMatch(UNFILLED);
    }
  });

  it('stays the checker’s own English when the interface is English', () => {
    for (const file of corpus)
      for (const p of problemsIn(file)) expect(problemText(p)).toBe(p.message);
  });

  it('reads two real files as a Korean teacher would, ids and values kept as written', () => {
    setLanguage('ko');
    const comma = problemsIn('json-syntax-trailing-comma.json').map(problemText);
    expect(comma).toEqual([
      'JSON 문법 오류: 닫는 ] 바로 앞에는 쉼표를 둘 수 없습니다. 마지막 쉼표를 지우세요',
    ]);
    const dangling = problemsIn('type-error-and-dangling-reference.json').map(problemText);
    expect(dangling.join('\n')).toMatch(/"[a-z-]+" 행위자가 "actors" 목록에 없습니다/);
    expect(dangling.join('\n')).toMatch(/현재 값: /);
  });

  it('says a weights file’s problems and a refused large file in Korean too', () => {
    setLanguage('ko');
    const weights = parseWeightsText('{"weights": {"trust.gane": 1, "trust.gain": 9}}', {
      'trust.gain': { min: 0, max: 2 },
    });
    expect(weights.ok).toBe(false);
    if (weights.ok) return;
    expect(weights.problems.map(problemText)).toEqual([
      '시나리오에 "trust.gane" 가중치가 없습니다',
      '"trust.gain" 가중치의 값(9)이 허용 범위(0..2)를 벗어납니다',
    ]);
    expect(problemText(loadFailure(tooLarge(3 * 1024 * 1024)))).toBe(
      '시나리오 파일 크기가 3.0MB입니다. 최대 2MB까지 읽을 수 있습니다',
    );
  });
});
