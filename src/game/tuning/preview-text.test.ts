import { describe, expect, it } from 'vitest';
import { divergenceLine, signedChange, stabilityLine, trackChanges } from './preview-text';

describe('the tuning preview in words', () => {
  it('reads the index now and tuned, with an arrow for the direction', () => {
    expect(stabilityLine({ stabilityNow: 54.2, stabilityTuned: 57.8 })).toBe(
      'Stability now 54.2 → with these weights 57.8 (▲3.6)',
    );
    expect(stabilityLine({ stabilityNow: 54.2, stabilityTuned: 50 })).toContain('(▼4.2)');
    expect(signedChange(0.01)).toBe('no change');
  });

  it('gives each track with its unit', () => {
    const changes = trackChanges(
      { tracksNow: { us: 50, approval: 40 }, tracksTuned: { us: 53.5, approval: 40 } },
      [
        { id: 'us', label: 'Relations with Washington', unit: 'pts' },
        { id: 'approval', label: 'Domestic approval', unit: '%' },
      ],
    );
    expect(changes.map((c) => c.text)).toEqual(['50.0 → 53.5 pts ▲3.5', '40.0 % · same']);
  });

  it('names the action the tuned rules would refuse, and its turn', () => {
    const log = [
      { type: 'endTurn' as const },
      { type: 'offer' as const, to: 'washington', gives: [], asks: [] },
    ];
    const capital = (id: string) => (id === 'washington' ? 'Washington' : id);
    expect(divergenceLine(null, log, capital)).toBeNull();
    expect(
      divergenceLine({ index: 1, reason: 'Washington has left the table.' }, log, capital),
    ).toBe(
      'With these weights the rules would refuse action 2 (the offer to Washington, turn 2): ' +
        'Washington has left the table. The preview stops there.',
    );
  });
});
