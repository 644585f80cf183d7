// Designers' weight tuning: an overlay of a scenario's named weights, checked, remembered, and previewed.
import { compileRules, replay, stabilityValue, type GameState } from '../engine';
import type { Scenario } from '../scenario';
import type { SaveStorage } from './saves';

export const TUNING_KEY = 'tightrope.tuning';

export type Overlay = Record<string, number>;

/** Keeps only the weights the scenario has, each clamped into its declared range. */
/** Only the weights' ranges are read, so a scenario file in any language will do. */
export function fitOverlay(
  scenario: { weights: Record<string, { min: number; max: number }> },
  overlay: Readonly<Overlay>,
): Overlay {
  const fitted: Overlay = {};
  for (const [name, value] of Object.entries(overlay)) {
    const w = scenario.weights[name];
    if (!w || !Number.isFinite(value)) continue;
    fitted[name] = Math.min(w.max, Math.max(w.min, value));
  }
  return fitted;
}

export interface TuningPreview {
  stabilityNow: number;
  stabilityTuned: number;
  tracksNow: Record<string, number>;
  tracksTuned: Record<string, number>;
  /** The first action of the game the tuned rules would refuse, if any: the preview stops there. */
  divergedAt: { index: number; reason: string } | null;
  state: GameState;
}

/** The current game replayed under tuned weights: how the index and every track would differ. */
export function previewTuning(
  scenario: Scenario,
  game: GameState,
  overlay: Overlay,
  current: Overlay,
): TuningPreview {
  const now = compileRules(scenario, fitOverlay(scenario, current));
  const tuned = compileRules(scenario, fitOverlay(scenario, overlay));
  const replayed = replay(tuned, game.seed, game.log);
  const state = replayed.state;
  return {
    stabilityNow: stabilityValue(now, game.tracks),
    stabilityTuned: stabilityValue(tuned, state.tracks),
    tracksNow: { ...game.tracks },
    tracksTuned: { ...state.tracks },
    divergedAt: replayed.ok ? null : { index: replayed.index, reason: replayed.reason },
    state,
  };
}

export function rememberTuning(storage: SaveStorage, scenarioId: string, overlay: Overlay): void {
  try {
    storage.setItem(TUNING_KEY, JSON.stringify({ scenario: scenarioId, weights: overlay }));
  } catch {
    // Not remembered when storage is blocked; the tuning still holds for this visit.
  }
}

export function rememberedTuning(
  storage: SaveStorage,
): { scenario: string; weights: Overlay } | null {
  try {
    const raw = storage.getItem(TUNING_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as { scenario?: unknown; weights?: unknown };
    if (
      typeof value.scenario !== 'string' ||
      typeof value.weights !== 'object' ||
      value.weights === null
    )
      return null;
    const weights: Overlay = {};
    for (const [k, v] of Object.entries(value.weights as Record<string, unknown>)) {
      if (typeof v === 'number' && Number.isFinite(v) && /^[a-z][a-zA-Z0-9.-]*$/.test(k))
        weights[k] = v;
    }
    return { scenario: value.scenario, weights };
  } catch {
    return null;
  }
}
