import { afterEach, describe, expect, it } from 'vitest';
import type { OfferAction } from '../../engine';
import { loadCatalogue, setLanguage } from '../i18n';
import { announcementFor, indexLine, newsText } from './announce';
import { testStore } from '../test-store';

describe('what the live region says', () => {
  afterEach(() => setLanguage('en'));

  it('announces a new game with the news that opened it', () => {
    const store = testStore();
    const before = { ...store.getState(), game: null };
    const said = announcementFor(before, store.getState())!;
    expect(said).toMatch(/^A new game of .+ begins\. Turn 1 of \d+\./);
    for (const news of store.getState().game!.news) expect(said).toContain(news.title);
  });

  it('reads an answer in the engine’s own words', () => {
    const store = testStore();
    const offer = store
      .getState()
      .legal()
      .find((a): a is OfferAction => a.type === 'offer')!;
    const before = store.getState();
    const result = store.getState().act(offer);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(announcementFor(before, store.getState())).toBe(result.outcome.text);
  });

  it('reads a refusal’s reason', () => {
    const store = testStore();
    const before = store.getState();
    const result = store.getState().act({ type: 'acceptCounter' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(announcementFor(before, store.getState())).toBe(`Not done: ${result.reason}`);
  });

  it('sums up a turn: the index before → after, the biggest changes with reasons, the next turn’s news', () => {
    const store = testStore();
    const before = store.getState();
    store.getState().act({ type: 'endTurn' });
    const now = store.getState();
    const said = announcementFor(before, now)!;
    const record = now.game!.history[0]!;
    expect(said).toMatch(/^Turn 1 ended\. Alliance Stability Index [\d.]+ → [\d.]+, /);
    expect(said).toContain(`${Math.round(record.stability * 10) / 10}`);
    const reasons = record.changes.filter((c) => c.target === 'track').map((c) => c.reason.text);
    if (reasons.length > 0) expect(reasons.some((r) => said.includes(r))).toBe(true);
    expect(said).toContain(`Turn 2 of ${now.rules!.calendar.length} begins`);
    for (const news of now.game!.news) expect(said).toContain(news.title);
  });

  it('stays quiet when nothing the player needs to hear changed', () => {
    const store = testStore();
    const s = store.getState();
    expect(announcementFor(s, { ...s })).toBeNull();
  });

  it('words the index line and the news with arrows, not colour', () => {
    expect(indexLine(50.7, 52.1)).toBe('Alliance Stability Index 50.7 → 52.1, +1.4 ▲.');
    expect(indexLine(50, 49.96)).toBe('Alliance Stability Index 50 → 49.96, −0.04 ▼.');
    const game = testStore().getState().game!;
    expect(newsText({ ...game, news: [] })).toBe('');
    expect(newsText({ ...game, news: [game.news[0]!].filter(Boolean) })).toMatch(/^News: /);
  });

  it('says a turn’s result in Korean once Korean is chosen', async () => {
    await loadCatalogue('ko');
    setLanguage('ko');
    expect(indexLine(50.7, 52.1)).toBe('동맹 안정성 지수 50.7 → 52.1, +1.4 ▲.');
    const store = testStore();
    const before = store.getState();
    store.getState().act({ type: 'endTurn' });
    const said = announcementFor(before, store.getState())!;
    expect(said).toMatch(/^1턴이 끝났습니다\. 동맹 안정성 지수 /);
    expect(said).toContain(`2/${store.getState().rules!.calendar.length}턴이 시작됩니다`);
    expect(said).not.toMatch(/Biggest changes|No track moved/);
  });
});
