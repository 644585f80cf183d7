import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../store';
import { textScale } from '../ui/text-scale';
import {
  COMFORT_KEY,
  comfort,
  highContrast,
  loadComfort,
  motionReduced,
  onComfortChange,
  parseComfort,
  reducedMotion,
  setSystemReducedMotion,
  snapTextScale,
  updateComfort,
} from './comfort';

describe('comfort settings', () => {
  afterEach(() => loadComfort(null, false));

  it.each([
    [null, { textScale: 1, highContrast: false, reduceMotion: null }],
    ['not json', { textScale: 1, highContrast: false, reduceMotion: null }],
    ['[1,2]', { textScale: 1, highContrast: false, reduceMotion: null }],
    [
      '{"textScale":1.26,"highContrast":true,"reduceMotion":false}',
      { textScale: 1.3, highContrast: true, reduceMotion: false },
    ],
    [
      '{"textScale":9,"highContrast":"yes"}',
      { textScale: 1.5, highContrast: false, reduceMotion: null },
    ],
  ])('reads %s', (raw, expected) => {
    expect(parseComfort(raw)).toEqual(expected);
  });

  it('keeps text sizes within 100–150% in 10% steps', () => {
    expect(snapTextScale(0.5)).toBe(1);
    expect(snapTextScale(1.14)).toBe(1.1);
    expect(snapTextScale(Number.NaN)).toBe(1);
    expect(snapTextScale(2)).toBe(1.5);
  });

  it('follows the system for motion until the player chooses', () => {
    const unset = parseComfort(null);
    expect(motionReduced(unset, true)).toBe(true);
    expect(motionReduced(unset, false)).toBe(false);
    expect(motionReduced({ ...unset, reduceMotion: false }, true)).toBe(false);
    loadComfort(null, true);
    expect(reducedMotion()).toBe(true);
    setSystemReducedMotion(false);
    expect(reducedMotion()).toBe(false);
  });

  it('remembers changes, sets the canvas text scale, and tells listeners', () => {
    const storage = memoryStorage();
    loadComfort(storage, false);
    const heard: number[] = [];
    const stop = onComfortChange((c) => heard.push(c.textScale));
    updateComfort({ textScale: 1.2, highContrast: true }, storage);
    stop();
    updateComfort({ textScale: 1.4 }, storage);
    expect(heard).toEqual([1.2]);
    expect(textScale()).toBe(1.4);
    expect(highContrast()).toBe(true);
    expect(JSON.parse(storage.getItem(COMFORT_KEY)!)).toEqual(comfort());
    loadComfort(storage, false);
    expect(comfort()).toEqual({ textScale: 1.4, highContrast: true, reduceMotion: null });
  });

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(loadComfort(broken, false).textScale).toBe(1);
    expect(updateComfort({ textScale: 1.5 }, broken).textScale).toBe(1.5);
  });
});
