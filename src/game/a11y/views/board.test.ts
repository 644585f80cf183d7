import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue, setLanguage } from '../../i18n';
import { testStore } from '../../test-store';
import { drawWithFakeDocument } from '../test-dom';
import type { ViewContext } from '../view';
import { boardView } from './board';

function drawBoard() {
  const store = testStore();
  const s = store.getState();
  const ctx: ViewContext = {
    store,
    s,
    entered: true,
    announce: () => {},
    confirm: () => {},
    batch: (run) => run(),
  };
  const main = drawWithFakeDocument(() => boardView(ctx));
  const rules = s.rules!;
  const atTable = rules.actors.filter((a) => rules.calendar[0]!.atTable.includes(a.id));
  return {
    rules,
    first: atTable[0]!,
    heading: main.all('h1')[0]!.textContent,
    buttons: main.all('button').map((b) => b.textContent),
    text: main.textContent,
    navs: main.all('nav').map((n) => n.getAttribute('aria-label')),
  };
}

describe('the board in HTML', () => {
  afterEach(() => setLanguage('en'));

  it('names the turn, each seat and every button in English by default', () => {
    const { rules, first, heading, buttons, text, navs } = drawBoard();
    expect(heading).toBe(`Board: turn 1 of ${rules.calendar.length}`);
    expect(text).toContain(`${first.name}: ready to negotiate.`);
    expect(buttons).toEqual(
      expect.arrayContaining([
        'End turn',
        'Back to the title screen',
        `Negotiate with ${first.name}`,
      ]),
    );
    expect(navs).toEqual(['Turn']);
  });

  it('speaks Korean once Korean is chosen: seat status, buttons, headings', async () => {
    await loadCatalogue('ko');
    setLanguage('ko');
    const { rules, first, heading, buttons, text, navs } = drawBoard();
    expect(heading).toBe(`상황판: 1/${rules.calendar.length}턴`);
    expect(text).toContain(`${first.name}: 협상할 수 있음.`);
    expect(text).toContain('서울의 현재 상황');
    expect(buttons).toEqual(
      expect.arrayContaining(['턴 종료', '타이틀 화면으로', `${first.name} 측과 협상하기`]),
    );
    expect(navs).toEqual(['턴']);
    // None of the layer's own English is left (names and the scenario's texts are not the layer's).
    for (const english of ['ready to negotiate', 'End turn', 'Negotiate with', 'How Seoul stands'])
      expect(text).not.toContain(english);
  });
});
