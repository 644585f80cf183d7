import { describe, expect, it } from 'vitest';
import { axisTicks, endingSegments, histogram, percent, sharedBins } from './histogram';

describe('score bins', () => {
  it('covers every policy with at most 20 round bins', () => {
    const bins = sharedBins([
      [40.47, 45.5, 49.1],
      [2.55, 18.36, 58.33],
    ]);
    expect(bins).toEqual({ from: 0, width: 5, count: 12 });
  });

  it('uses narrow bins for a narrow spread', () => {
    expect(sharedBins([[52.06, 55.53, 58.33]])).toEqual({ from: 52, width: 0.5, count: 13 });
  });

  it('copes with no scores and with one repeated score', () => {
    expect(sharedBins([])).toEqual({ from: 0, width: 10, count: 10 });
    expect(sharedBins([[50, 50]])).toEqual({ from: 50, width: 0.5, count: 1 });
  });

  it('counts every score once; edges go up, the top score stays in the last bin', () => {
    const bins = { from: 0, width: 5, count: 3 };
    expect(histogram([0, 4.99, 5, 10, 14.9, 15, -3, 99], bins)).toEqual([3, 1, 4]);
    const scores = [1, 2, 3, 7, 8, 12];
    expect(histogram(scores, bins).reduce((a, b) => a + b, 0)).toBe(scores.length);
  });
});

describe('ending mix', () => {
  it('orders segments like the scenario, unknown endings last, and they add up to the whole bar', () => {
    const segments = endingSegments({ adrift: 50, keystone: 25, zzz: 25 }, [
      'keystone',
      'steady',
      'adrift',
    ]);
    expect(segments.map((s) => [s.id, s.share, s.start])).toEqual([
      ['keystone', 0.25, 0],
      ['adrift', 0.5, 0.25],
      ['zzz', 0.25, 0.75],
    ]);
  });

  it('has no segments for no games', () => {
    expect(endingSegments({}, ['a'])).toEqual([]);
  });

  it('labels shares as whole percentages, never 0% for one that is there', () => {
    expect(percent(0.342)).toBe('34%');
    expect(percent(0.001)).toBe('<1%');
    expect(percent(0)).toBe('0%');
  });
});

describe('axis ticks', () => {
  it('picks round steps inside the range', () => {
    expect(axisTicks(0, 60)).toEqual([0, 20, 40, 60]);
    expect(axisTicks(52, 58.5)).toEqual([52, 54, 56, 58]);
    expect(axisTicks(5, 70)).toEqual([20, 40, 60]);
    expect(axisTicks(50, 50)).toEqual([50]);
  });
});
