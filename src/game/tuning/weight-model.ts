// Pure facts about a scenario's tunable weights: their groups, slider steps, what changed, the export file.
import type { Overlay, StoreData } from '../../store';

export type TunedScenario = NonNullable<StoreData['scenario']>;
export type WeightSpec = TunedScenario['weights'][string];

export interface WeightGroup {
  name: string;
  weights: { name: string; spec: WeightSpec }[];
}

/** The weights by group, groups and weights in the order the scenario declares them. */
export function weightGroups(weights: Readonly<Record<string, WeightSpec>>): WeightGroup[] {
  const groups = new Map<string, WeightGroup>();
  for (const [name, spec] of Object.entries(weights)) {
    let group = groups.get(spec.group);
    if (!group) groups.set(spec.group, (group = { name: spec.group, weights: [] }));
    group.weights.push({ name, spec });
  }
  return [...groups.values()];
}

/** The slider step: whole numbers for whole-number weights with room to move, else about 1/50 of the range. */
export function sliderStep(spec: WeightSpec): number {
  const span = spec.max - spec.min;
  if (span <= 0) return 1;
  const whole = [spec.min, spec.max, spec.value].every(Number.isInteger);
  if (whole && span >= 5) return 1;
  return 10 ** Math.floor(Math.log10(span / 50));
}

/** Decimal places a value with this step needs. */
export function decimalsFor(step: number): number {
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}

/** A slider's value snapped to its step and cleared of floating-point dust (0.30000000000000004 → 0.3). */
export function snapToStep(value: number, spec: WeightSpec): number {
  const step = sliderStep(spec);
  const snapped = spec.min + Math.round((value - spec.min) / step) * step;
  const clamped = Math.min(spec.max, Math.max(spec.min, snapped));
  return Number(clamped.toFixed(decimalsFor(step)));
}

export function formatWeight(value: number, spec: WeightSpec): string {
  const decimals = Math.max(decimalsFor(sliderStep(spec)), decimalsNeeded(spec.value));
  return value.toFixed(Math.min(6, decimals));
}

function decimalsNeeded(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || /e/i.test(text) ? 0 : text.length - dot - 1;
}

/** The overlay's weights that differ from their defaults, in the scenario's order. */
export function changedWeights(
  weights: Readonly<Record<string, WeightSpec>>,
  overlay: Readonly<Overlay>,
): Overlay {
  const changed: Overlay = {};
  for (const [name, spec] of Object.entries(weights)) {
    const value = overlay[name];
    if (value !== undefined && value !== spec.value) changed[name] = value;
  }
  return changed;
}

export function weightsFileName(scenarioId: string): string {
  return `${scenarioId.replace(/[^a-zA-Z0-9._-]+/g, '-')}.weights.json`;
}

/** The `*.weights.json` a designer exports: the changed weights only, checked by weights.schema.json. */
export function weightsFileText(
  scenarioId: string,
  weights: Readonly<Record<string, WeightSpec>>,
  overlay: Readonly<Overlay>,
): string {
  const file = {
    $schema: './weights.schema.json',
    scenario: scenarioId,
    weights: changedWeights(weights, overlay),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
