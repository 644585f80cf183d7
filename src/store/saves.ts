// Autosaves: the scenario, seed and action log in storage; resuming replays them and checks the hash.
import * as z from 'zod/mini';
import { builtOnce, logSchemas, type Scenario } from '../scenario';

export interface SaveStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SAVE_KEY = 'tightrope.save';
export const SET_ASIDE_KEY = 'tightrope.save.set-aside';
export const SAVE_FORMAT = 1;

function defineSaveSchema() {
  return z.strictObject({
    kind: z.literal('tightrope-save'),
    format: z.literal(SAVE_FORMAT),
    scenarioId: z.string(),
    /** A scenario loaded from a file is saved whole, so the game resumes without the file. */
    scenario: z.optional(z.unknown()),
    seed: z.number().check(z.int(), z.gte(0)),
    weights: z.record(z.string(), z.number()),
    actions: z.array(logSchemas().actionSchema),
    hash: z.string(),
    savedAt: z.string(),
  });
}

/** A save's schema, built the first time a save is read: the page checks none before the Title. */
const saveSchema = builtOnce(defineSaveSchema);

export type Save = z.infer<ReturnType<typeof defineSaveSchema>>;

export type ReadSave =
  { kind: 'none' } | { kind: 'ok'; save: Save } | { kind: 'bad'; raw: string; reason: string };

export function readSave(storage: SaveStorage): ReadSave {
  let raw: string | null;
  try {
    raw = storage.getItem(SAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'bad', raw, reason: 'the saved game is damaged (it is not valid JSON)' };
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format !== SAVE_FORMAT) {
    return {
      kind: 'bad',
      raw,
      reason: `the saved game was written by another version of the game (save format ${format}; this game reads ${SAVE_FORMAT})`,
    };
  }
  const parsed = saveSchema().safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('/') ?? '';
    return { kind: 'bad', raw, reason: `the saved game is damaged (at /${where})` };
  }
  return { kind: 'ok', save: parsed.data };
}

export function writeSave(storage: SaveStorage, save: Save): string | undefined {
  try {
    storage.setItem(SAVE_KEY, JSON.stringify(save));
    return undefined;
  } catch {
    return 'The game could not be saved in this browser (storage is full or blocked).';
  }
}

/** Keeps a save that cannot be resumed, so the player can download it; never silently deleted. */
export function setAside(storage: SaveStorage, raw: string): void {
  try {
    storage.setItem(SET_ASIDE_KEY, raw);
    storage.removeItem(SAVE_KEY);
  } catch {
    // Storage refused: the damaged save stays where it was, which also loses nothing.
  }
}

export function scenarioForSave(scenario: Scenario, bundledIds: readonly string[]): unknown {
  return bundledIds.includes(scenario.id) ? undefined : scenario;
}

export function memoryStorage(): SaveStorage & { dump(): Record<string, string> } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    dump: () => Object.fromEntries(map),
  };
}
