import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue, setLanguage } from '../../i18n';
import { testStore } from '../../test-store';
import { drawWithFakeDocument } from '../test-dom';
import type { ViewContext } from '../view';
import { titleView } from './title';

/** The penalty of the corpus that has both "below" and "gap", as a teacher would load it. */
const badFile = import.meta.glob<string>(
  '../../../../tests/fixtures/invalid/penalty-below-and-gap.json',
  { query: '?raw', import: 'default', eager: true },
);

function titleAfterLoading(text: string) {
  const store = testStore();
  store.getState().loadScenarioText(text, 'penalty-below-and-gap.json');
  const ctx: ViewContext = {
    store,
    s: store.getState(),
    entered: true,
    announce: () => {},
    confirm: () => {},
    batch: (run) => run(),
  };
  const main = drawWithFakeDocument(() => titleView(ctx));
  return main.all('li').map((li) => li.textContent);
}

describe("the title's list of a refused file's problems", () => {
  afterEach(() => setLanguage('en'));
  const text = Object.values(badFile)[0]!;

  it('says each problem in the checker’s English by default', () => {
    expect(titleAfterLoading(text)).toEqual(
      expect.arrayContaining([
        '/stability/penalties/0: cannot have both "below" and "gap": keep only the fields of one kind',
      ]),
    );
  });

  it('says each problem in Korean once Korean is chosen, the JSON pointer and fields as written', async () => {
    await loadCatalogue('ko');
    setLanguage('ko');
    const items = titleAfterLoading(text);
    expect(items).toEqual(
      expect.arrayContaining([
        '/stability/penalties/0: "below", "gap" 필드는 함께 쓸 수 없습니다. 한 종류의 필드만 남기세요',
        '파일 전체: "stability" 관련 검사(참조, 중복 ID, 범위)는 위의 문제를 고친 뒤에 이루어집니다. 고친 다음 파일을 다시 확인하세요',
      ]),
    );
  });
});
