// The Alliance Stability Index: a weighted mean of tracks less named penalties, each part explained.
import { round } from './lever';
import type { CompiledRules, StabilityPenalty } from './rules';

export interface StabilityPart {
  label: string;
  amount: number;
  weight?: string;
}

export interface Stability {
  value: number;
  parts: StabilityPart[];
}

export function stabilityIndex(
  rules: CompiledRules,
  tracks: Readonly<Record<string, number>>,
): Stability {
  const parts: StabilityPart[] = [];
  let totalWeight = 0;
  for (const term of rules.stability.terms) totalWeight += term.weight.value;
  let value = 0;
  for (const term of rules.stability.terms) {
    const share = totalWeight > 0 ? term.weight.value / totalWeight : 0;
    const amount = share * (tracks[term.track] ?? 0);
    value += amount;
    parts.push({
      label: rules.trackById[term.track]?.label ?? term.track,
      amount,
      weight: term.weight.weight,
    });
  }
  for (const p of rules.stability.penalties) {
    const excess = penaltyExcess(p, tracks);
    if (excess <= 0) continue;
    const amount = -excess * p.weight.value;
    value += amount;
    parts.push({ label: p.explain, amount, weight: p.weight.weight });
  }
  return { value: round(Math.min(100, Math.max(0, value)), 2), parts };
}

/** Only the number, for bots and batch runs: the same sums in the same order as stabilityIndex, without words. */
export function stabilityValue(
  rules: CompiledRules,
  tracks: Readonly<Record<string, number>>,
): number {
  let totalWeight = 0;
  for (const term of rules.stability.terms) totalWeight += term.weight.value;
  let value = 0;
  for (const term of rules.stability.terms) {
    const share = totalWeight > 0 ? term.weight.value / totalWeight : 0;
    value += share * (tracks[term.track] ?? 0);
  }
  for (const p of rules.stability.penalties) {
    const excess = penaltyExcess(p, tracks);
    if (excess > 0) value += -excess * p.weight.value;
  }
  return round(Math.min(100, Math.max(0, value)), 2);
}

function penaltyExcess(p: StabilityPenalty, tracks: Readonly<Record<string, number>>): number {
  return 'below' in p
    ? p.threshold.value - (tracks[p.below] ?? 0)
    : Math.abs((tracks[p.gap[0]] ?? 0) - (tracks[p.gap[1]] ?? 0)) - p.threshold.value;
}
