import { describe, expect, it } from 'vitest';
import { createGameStore, memoryStorage } from '../../store';
import { bundledScenarios } from '../../store/bundled-inline';
import { scenarioSchemas } from '../../scenario/schema';
import { dashSegments, niceRange, piecesBetween, shortLabel, spreadLabels } from './chart-model';
import { conceptNote } from './concept-notes';
import { buildDebrief, signed, type DebriefModel } from './debrief-model';
import { escapeHtml, reportHtml } from './report-html';

/** A finished game of the bundled scenario: up to two offers a turn, counters walked away from. */
function finishedGame(seed: number) {
  const store = createGameStore({
    catalogue: bundledScenarios(),
    storage: memoryStorage(),
    randomSeed: () => seed,
  });
  const s = () => store.getState();
  s().newGame({ seed });
  for (let moves = 0; !s().game!.over && moves < 500; moves++) {
    const offer = s()
      .legal()
      .find((a) => a.type === 'offer');
    if (s().game!.pending) s().act({ type: 'walkAway' });
    else s().act(offer && s().game!.actions.length < 2 ? offer : { type: 'endTurn' });
  }
  return { rules: s().rules!, game: s().game! };
}

describe('the debrief model', () => {
  const { rules, game } = finishedGame(7);
  const model = buildDebrief(rules, game)!;

  it('charts the index and every track from the start through each turn played', () => {
    expect(model.chart.series.map((x) => x.id)).toEqual([
      'stability',
      ...rules.tracks.map((t) => t.id),
    ]);
    const points = model.chart.xLabels.length;
    expect(model.chart.xLabels[0]).toBe('Start');
    expect(points).toBe(game.ending!.turn + 1);
    for (const line of model.chart.series) expect(line.values).toHaveLength(points);
    expect(model.chart.series[0]!.values.at(-1)).toBe(model.finalIndex);
    expect(model.chart.marks.slice(1).map((m) => m.decisions)).toEqual(
      game.history.map((h) => h.actions.length),
    );
  });

  it('lists every decision of the log in the timeline, with its outcome', () => {
    const decisions = model.timeline.flatMap((t) => t.entries.filter((e) => e.kind === 'decision'));
    expect(decisions).toHaveLength(game.log.filter((a) => a.type !== 'endTurn').length);
    expect(decisions[0]!.text).toContain(game.history[0]!.actions[0]!.outcome);
  });

  it('names each key decision with its turn and signed effect in points', () => {
    expect(model.keyDecisions.length).toBeGreaterThan(0);
    for (const d of model.keyDecisions) expect(d.effectText).toBe(`${signed(d.effect)} points`);
    expect(signed(4.25)).toBe('+4.3');
    expect(signed(-3.1)).toBe('−3.1');
  });

  it('explains every idea the scenario format knows, in plain words', () => {
    for (const concept of scenarioSchemas().conceptSchema.options) {
      expect(conceptNote(concept).explain.length, concept).toBeGreaterThan(60);
    }
    expect(conceptNote('something-new').title).toBe('something new');
  });

  it('is null while the game is still going', () => {
    const store = createGameStore({
      catalogue: bundledScenarios(),
      storage: memoryStorage(),
      randomSeed: () => 1,
    });
    store.getState().newGame({ seed: 1 });
    expect(buildDebrief(store.getState().rules!, store.getState().game!)).toBeNull();
  });
});

describe('the printed report', () => {
  const { rules, game } = finishedGame(7);
  const model = buildDebrief(rules, game)!;

  it('escapes scenario text, so a teacher file cannot inject markup or script', () => {
    const hostile: DebriefModel = {
      ...model,
      scenarioTitle: '<img src=x onerror=alert(1)>',
      ending: { ...model.ending, title: '<script>alert("x")</script>', text: 'A & B' },
      concepts: [{ ...model.concepts[0]!, where: '"><svg onload=alert(1)>' }],
    };
    const html = reportHtml(hostile);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('A &amp; B');
    expect(html).toContain("default-src 'none'");
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('holds the ending, a chart, the key decisions, the ideas and the timeline', () => {
    const html = reportHtml(model);
    expect(html).toContain(escapeHtml(model.ending.title));
    expect(html.match(/<path d=/g)!.length).toBeGreaterThanOrEqual(model.chart.series.length);
    expect(html).toContain('What moved the outcome most');
    expect(html).toContain('Ideas this game showed');
    for (const t of model.timeline) expect(html).toContain(escapeHtml(t.heading));
  });
});

describe('chart geometry', () => {
  it('cuts a line into dashes that carry the pattern across corners', () => {
    const dashes = dashSegments(
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ],
      [4, 2],
    );
    const length = dashes.reduce((n, [a, b]) => n + Math.hypot(b.x - a.x, b.y - a.y), 0);
    expect(length).toBeCloseTo(14, 6); // 20 long: on 4, off 2, on 4, off 2, on 4 (across the corner), off 2, on 2
    expect(
      dashSegments(
        [
          { x: 0, y: 0 },
          { x: 5, y: 5 },
        ],
        [],
      ),
    ).toHaveLength(1);
  });

  it('draws span by span exactly the dashes it draws whole, cut at the spans’ edges', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 10, y: 10 },
      { x: 20, y: 0 },
      { x: 30, y: 5 },
    ];
    const dashes = dashSegments(line, [3, 2]);
    const length = (pieces: [{ x: number; y: number }, { x: number; y: number }][]) =>
      pieces.reduce((n, [a, b]) => n + Math.hypot(b.x - a.x, b.y - a.y), 0);
    const spans = [0, 10, 20, 30].slice(0, -1).map((x) => piecesBetween(dashes, x, x + 10));
    expect(spans.reduce((n, s) => n + length(s), 0)).toBeCloseTo(length(dashes), 9);
    for (const [k, span] of spans.entries())
      for (const [a, b] of span)
        for (const p of [a, b]) {
          expect(p.x).toBeGreaterThanOrEqual(k * 10 - 1e-9);
          expect(p.x).toBeLessThanOrEqual(k * 10 + 10 + 1e-9);
        }
    // A dash that crosses an edge is cut there, on the line.
    const cut = piecesBetween(
      [
        [
          { x: 8, y: 8 },
          { x: 12, y: 8 },
        ],
      ],
      0,
      10,
    );
    expect(cut).toEqual([
      [
        { x: 8, y: 8 },
        { x: 10, y: 8 },
      ],
    ]);
    expect(piecesBetween(dashes, 30, 30)).toEqual([]);
  });

  it('spreads end labels at least a gap apart, inside the box, keeping their order', () => {
    const ys = spreadLabels([50, 51, 52, 200, 10], 19, 0, 120);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(19 - 1e-9);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(120);
    expect(ys[0]!).toBeLessThan(ys[1]!);
  });

  it('picks a y range in tens around the values, at least 30 wide', () => {
    expect(niceRange([44, 61])).toEqual({ min: 40, max: 70 });
    expect(niceRange([98, 99])).toEqual({ min: 70, max: 100 });
    expect(niceRange([])).toEqual({ min: 0, max: 100 });
  });

  it('shortens track labels for the line ends', () => {
    expect(shortLabel('Relations with Washington')).toBe('Washington');
    expect(shortLabel('Security (deterrence)')).toBe('Security');
    expect(shortLabel('Economy')).toBe('Economy');
  });
});
