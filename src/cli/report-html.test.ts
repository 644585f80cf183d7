import { describe, expect, it } from 'vitest';
import { escapeHtml, reportHtml } from './report-html';

describe('the report page', () => {
  it('escapes scenario text, so a teacher’s file cannot inject markup', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)> & "q"')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;',
    );
    const stats = {
      games: 2,
      meanScore: 50,
      scoreQuantiles: { p10: 40, p50: 50, p90: 60 },
      endings: { x: 2 },
    };
    const html = reportHtml({
      title: '<img src=x onerror=alert(1)>',
      scenarioId: 's',
      command: 'npm run report -- --scenario s.json',
      seed: 1,
      games: 2,
      weightsFile: null,
      policies: [{ name: 'greedy', explain: 'e', stats, scores: [40, 60] }],
      endings: [{ id: 'x', title: '<b>bold</b>' }],
      flags: [],
      sensitivity: [],
      sensitivityGames: 20,
      sweep: null,
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });
});
