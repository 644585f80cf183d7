// Lever arithmetic: how far a setting goes toward the full concession (its degree), and snapping to steps.
import type { CompiledLever } from './rules';
import type { LeverSetting } from './state';

/** 0 = no concession, 1 = the full concession. Undefined when the setting is not valid for the lever. */
export function degreeOf(lever: CompiledLever, value: number | string): number | undefined {
  if (lever.kind === 'choice') {
    return typeof value === 'string'
      ? lever.options.find((o) => o.id === value)?.degree
      : undefined;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  const lo = Math.min(lever.none, lever.full);
  const hi = Math.max(lever.none, lever.full);
  if (value < lo - 1e-9 || value > hi + 1e-9) return undefined;
  // + 0 turns a -0 (from a descending lever at its none value) into 0.
  return lever.full === lever.none ? 0 : (value - lever.none) / (lever.full - lever.none) + 0;
}

/** The lever value at a given degree, snapped to the lever's step (amounts) or nearest option (choices). */
export function valueAtDegree(lever: CompiledLever, degree: number): number | string {
  if (lever.kind === 'choice') {
    let best = lever.options[0]!;
    for (const o of lever.options) {
      if (Math.abs(o.degree - degree) < Math.abs(best.degree - degree)) best = o;
    }
    return best.id;
  }
  const raw = lever.none + (lever.full - lever.none) * degree;
  const steps = Math.round((raw - lever.none) / lever.step);
  const snapped = lever.none + steps * lever.step;
  const lo = Math.min(lever.none, lever.full);
  const hi = Math.max(lever.none, lever.full);
  return round(Math.min(hi, Math.max(lo, snapped)), 6);
}

/** The notches a counter-offer moves a lever by: about eight across its range, never finer than its step. */
export function notchDegree(lever: CompiledLever): number {
  if (lever.kind === 'choice') return 0;
  const span = Math.abs(lever.full - lever.none);
  if (span === 0) return 1;
  return Math.max(lever.step, Math.ceil(span / 8 / lever.step) * lever.step) / span;
}

/** The setting one notch further toward (up) or back from (down) the full concession, if any. */
export function nudge(
  lever: CompiledLever,
  value: number | string,
  up: boolean,
): number | string | undefined {
  const d = degreeOf(lever, value);
  if (d === undefined) return undefined;
  if (lever.kind === 'choice') {
    const sorted = [...lever.options].sort((a, b) => a.degree - b.degree);
    const next = up
      ? sorted.find((o) => o.degree > d)
      : [...sorted].reverse().find((o) => o.degree < d);
    return next?.id;
  }
  const target = up ? Math.min(1, d + notchDegree(lever)) : Math.max(0, d - notchDegree(lever));
  if (Math.abs(target - d) < 1e-9) return undefined;
  const v = valueAtDegree(lever, target);
  return v === value ? undefined : v;
}

export function describeSetting(lever: CompiledLever, setting: LeverSetting): string {
  if (lever.kind === 'choice') {
    const option = lever.options.find((o) => o.id === setting.value);
    return `${lever.label}: ${option?.label ?? String(setting.value)}`;
  }
  return `${lever.label}: ${formatAmount(Number(setting.value), lever.unit)}`;
}

export function formatAmount(
  value: number,
  unit: string,
  number: (n: number) => string = String,
): string {
  const v = number(round(value, 2));
  if (unit.startsWith('$')) return `${unit.slice(0, 1)}${v}${unit.slice(1)}`;
  if (unit === '%') return `${v}%`;
  return `${v} ${unit}`;
}

export function round(x: number, places = 2): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}
