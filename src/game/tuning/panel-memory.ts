// What the tuning panel remembers across reloads: whether it was open, and the simulation inputs.

export const PANEL_MEMORY_KEY = 'tightrope.tuning.panel';

export interface PanelMemory {
  open: boolean;
  games: number;
  seed: number;
  /** The policies to simulate; every known policy when none is remembered. */
  policies: string[];
}

export const DEFAULT_GAMES = 1000;
export const MAX_GAMES = 20000;
export const DEFAULT_SEED = 1;
const MAX_SEED = 4294967295;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** A whole number of games between 1 and MAX_GAMES, or null. */
export function gamesFrom(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_GAMES ? n : null;
}

/** A seed the engine accepts (a 32-bit unsigned whole number), or null. */
export function seedFrom(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_SEED ? n : null;
}

/** The remembered panel state; anything missing or damaged falls back to its default. */
export function readPanelMemory(storage: Storage, policyNames: readonly string[]): PanelMemory {
  const raw = readRaw(storage);
  const policies = Array.isArray(raw.policies)
    ? policyNames.filter((name) => (raw.policies as unknown[]).includes(name))
    : [];
  return {
    open: raw.open === true,
    games: gamesFrom(raw.games) ?? DEFAULT_GAMES,
    seed: seedFrom(raw.seed) ?? DEFAULT_SEED,
    policies: policies.length > 0 ? policies : [...policyNames],
  };
}

/** Remembers part of the panel state, keeping the rest. */
export function writePanelMemory(storage: Storage, change: Partial<PanelMemory>): void {
  try {
    storage.setItem(PANEL_MEMORY_KEY, JSON.stringify({ ...readRaw(storage), ...change }));
  } catch {
    // Blocked storage: the panel still works, it just will not be remembered.
  }
}

function readRaw(storage: Storage): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(PANEL_MEMORY_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    // Damaged or blocked storage: start from the defaults.
    return {};
  }
}

/** Whether the panel was open when the page was last left (the launcher reopens it). */
export function rememberedOpen(storage: Storage): boolean {
  return readRaw(storage).open === true;
}
