import { afterEach, describe, expect, it } from 'vitest';
import { bundledScenarios } from '../../store/bundled-inline';
import { loadCatalogue, setLanguage } from '../i18n';
import {
  demandLine,
  forecastWords,
  indexSummary,
  scenarioFacts,
  seatStatus,
  seatWords,
  trackRows,
} from './words';
import { testStore } from '../test-store';

describe('the accessible layer’s words', () => {
  afterEach(() => setLanguage('en'));

  const store = testStore();
  const { rules, game } = store.getState();

  it('names every track with its value, unit and change', () => {
    const rows = trackRows(rules!, game!);
    expect(rows).toHaveLength(rules!.tracks.length);
    rules!.tracks.forEach((t, i) => {
      expect(rows[i]![0]).toBe(t.label);
      if (t.unit) expect(rows[i]![1]).toContain(t.unit === '%' ? '%' : t.unit);
      expect(rows[i]![2]).toMatch(/^(no change|[+−±].+ [▲▼·])$/);
    });
  });

  it('says the index out of 100 and since when it moved', () => {
    expect(indexSummary(rules!, game!)).toMatch(
      /^Alliance Stability Index [\d.]+ out of 100, .+ since the start\.$/,
    );
  });

  it('words a forecast: verdict with its chance, the index before → after, the win-set', () => {
    const offer = store
      .getState()
      .legal()
      .find((a) => a.type === 'offer');
    if (offer?.type !== 'offer') throw new Error('no offer');
    const f = store.getState().forecast(offer)!;
    const w = forecastWords(rules!, f, 'Washington', false);
    expect(w.verdict).toMatch(/^Washington: likely (ACCEPTS|COUNTERS|REFUSES)/);
    expect(w.verdict).toContain(`${Math.round(f.acceptChance * 100)}%`);
    expect(w.stability).toMatch(/^Stability [\d.]+ → [\d.]+, /);
    expect(w.winSet).toMatch(/^Domestic win-set: approval must stay at or above/);
    expect(w.winSet).toMatch(/(inside|outside) the win-set\.$/);
    const empty = forecastWords(rules!, f, 'Washington', true);
    expect(empty.verdict).toMatch(/^The package is empty/);
    expect(empty.changes).toEqual([]);
  });

  it('tells who is at the table and why not', () => {
    expect(seatStatus(game!, 'washington')).toBe('open');
    expect(seatStatus({ ...game!, pending: { ...pendingTo('tokyo') } }, 'washington')).toBe(
      'waiting',
    );
  });

  it('sums up a scenario in one line: its turns, its span of dates and the languages it is given in', () => {
    const entry = bundledScenarios()[0]!;
    expect(scenarioFacts(entry)).toMatch(
      /^\d+ turns · \d+ \w+( \d{4})?\s–\s\d+ \w+ \d{4} · English and Korean$/,
    );
  });

  it('says it all in Korean once Korean is chosen, numbers, dates and language names included', async () => {
    await loadCatalogue('ko');
    setLanguage('ko');
    const entry = bundledScenarios()[0]!;
    expect(scenarioFacts(entry)).toMatch(
      /^\d+턴 · \d{4}년 \d+월 \d+일\s*[~–]\s*.+ · 영어 및 한국어$/,
    );
    expect(seatWords('open')).toBe('협상할 수 있음');
    expect(seatWords('signed')).toBe('이번 턴 합의 서명 ✓');
    expect(demandLine({ label: 'SMA', met: false })).toBe('SMA — 아직 충족되지 않음 ✗');
    expect(trackRows(rules!, game!)[0]![2]).toMatch(/^(변화 없음|[+−±].+ [▲▼·])$/);
    expect(indexSummary(rules!, game!)).toMatch(
      /^동맹 안정성 지수 100점 만점에 [\d.]+, 시작 대비 /,
    );
  });
});

function pendingTo(to: string) {
  const offer = { type: 'offer' as const, to, gives: [], asks: [] };
  return { original: offer, counter: offer, reasons: [], says: [] };
}
