// A package's levers with how far each goes, and how much of that is new: a concession in force is not made twice.
import { degreeOf } from './lever';
import type { CompiledLever, CompiledRules } from './rules';
import type { GameState, LeverSetting, OfferAction } from './state';

export interface PackageItem {
  setting: LeverSetting;
  lever: CompiledLever;
  /** The degree the setting reaches (0..1). */
  degree: number;
  /** The part of that degree not already in force with this counterpart: what the deal adds. */
  added: number;
}

/** The highest degree of a lever that deals in force with this counterpart already reach. */
export function degreeInForce(
  rules: CompiledRules,
  state: GameState,
  actorId: string,
  leverId: string,
): number {
  return degreesInForce(rules, state, actorId).get(leverId) ?? 0;
}

/** lever id → the highest degree in force with this counterpart, read in one pass over the deals. */
export function degreesInForce(
  rules: CompiledRules,
  state: GameState,
  actorId: string,
): Map<string, number> {
  const most = new Map<string, number>();
  for (const deal of state.deals) {
    if (deal.with !== actorId || deal.status !== 'active') continue;
    for (const list of [deal.gives, deal.asks]) {
      for (const s of list) {
        const lever = rules.leverById[s.lever];
        const d = lever ? (degreeOf(lever, s.value) ?? 0) : 0;
        if (d > (most.get(s.lever) ?? 0)) most.set(s.lever, d);
      }
    }
  }
  return most;
}

/** `inForce` may be passed when many packages to one counterpart are checked against the same state. */
export function packageItems(
  rules: CompiledRules,
  state: GameState,
  offer: OfferAction,
  inForce: ReadonlyMap<string, number> = degreesInForce(rules, state, offer.to),
): PackageItem[] {
  const items: PackageItem[] = [];
  for (const list of [offer.gives, offer.asks]) {
    for (const setting of list) {
      const lever = rules.leverById[setting.lever];
      if (!lever) continue;
      const degree = degreeOf(lever, setting.value) ?? 0;
      items.push({
        setting,
        lever,
        degree,
        added: Math.max(0, degree - (inForce.get(setting.lever) ?? 0)),
      });
    }
  }
  return items;
}
