import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../store';
import {
  DEFAULT_GAMES,
  PANEL_MEMORY_KEY,
  gamesFrom,
  readPanelMemory,
  seedFrom,
  writePanelMemory,
} from './panel-memory';

const POLICIES = ['random', 'greedy', 'hedge', 'bandwagon'];

describe('what the tuning panel remembers', () => {
  it('starts closed, 1000 games, seed 1, every policy', () => {
    expect(readPanelMemory(memoryStorage(), POLICIES)).toEqual({
      open: false,
      games: DEFAULT_GAMES,
      seed: 1,
      policies: POLICIES,
    });
  });

  it('keeps what was written, a part at a time', () => {
    const storage = memoryStorage();
    writePanelMemory(storage, { open: true });
    writePanelMemory(storage, { games: 200, seed: 7, policies: ['hedge', 'greedy'] });
    expect(readPanelMemory(storage, POLICIES)).toEqual({
      open: true,
      games: 200,
      seed: 7,
      policies: ['greedy', 'hedge'],
    });
  });

  it('falls back to defaults for damaged or unknown values', () => {
    const storage = memoryStorage();
    storage.setItem(PANEL_MEMORY_KEY, '{"games": -4, "seed": 1.5, "policies": ["nobody"]}');
    expect(readPanelMemory(storage, POLICIES)).toMatchObject({ games: 1000, seed: 1 });
    expect(readPanelMemory(storage, POLICIES).policies).toEqual(POLICIES);
    storage.setItem(PANEL_MEMORY_KEY, '{broken');
    expect(readPanelMemory(storage, POLICIES).open).toBe(false);
  });

  it('reads the inputs as whole numbers in range', () => {
    expect(gamesFrom(' 250 ')).toBe(250);
    expect(gamesFrom('0')).toBeNull();
    expect(gamesFrom('2.5')).toBeNull();
    expect(seedFrom('0')).toBe(0);
    expect(seedFrom('')).toBeNull();
    expect(seedFrom('4294967296')).toBeNull();
  });
});
