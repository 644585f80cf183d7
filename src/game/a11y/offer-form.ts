// The negotiation form's arithmetic: lever settings as HTML controls read them, and the offer they make.
import type {
  CompiledActor,
  CompiledLever,
  CompiledRules,
  GameState,
  LeverSetting,
  OfferAction,
} from '../../engine';
import { views } from '../../store';
import { t } from '../i18n';

export type LeverValue = number | string;
export type PackageValues = Record<string, LeverValue>;

/** The levers Seoul can move with this counterpart on one side, in the scenario's order (as the canvas lists them). */
export function leversFor(
  rules: CompiledRules,
  actorId: string,
  side: 'give' | 'ask',
): CompiledLever[] {
  return rules.levers.filter((l) => l.side === side && l.counterparts.includes(actorId));
}

/** The options of a choice lever, from no concession to the full one. */
export function sortedOptions(lever: CompiledLever): CompiledLever['options'] {
  return [...lever.options].sort((a, b) => a.degree - b.degree);
}

/** The lever's "not in the package" setting: its none value, or its lowest-degree option. */
export function noneValue(lever: CompiledLever): LeverValue {
  return lever.kind === 'choice' ? sortedOptions(lever)[0]!.id : lever.none;
}

/** An amount lever as an <input type="range">: its bounds and step in the lever's own unit. */
export function sliderSpec(lever: CompiledLever): { min: number; max: number; step: number } {
  return {
    min: Math.min(lever.none, lever.full),
    max: Math.max(lever.none, lever.full),
    step: lever.step,
  };
}

/**
 * A slider's raw value as the lever setting the canvas would make: counted in steps from the lever's none
 * value (the canvas's notches), so floating-point noise never sends 1.6000000000000001.
 */
export function readSlider(lever: CompiledLever, raw: string | number): number {
  const value = Number(raw);
  if (!Number.isFinite(value)) return lever.none;
  const span = Math.abs(lever.full - lever.none);
  const notches = Math.max(1, Math.round(span / lever.step));
  const sign = lever.full >= lever.none ? 1 : -1;
  const at = Math.round(Math.abs(value - lever.none) / lever.step);
  const notch = Math.max(0, Math.min(notches, at));
  return Math.round((lever.none + sign * Math.min(span, notch * lever.step)) * 1e6) / 1e6;
}

/** What a setting reads as: "$2.5bn/yr", "Limited"; with "not in the package" at the lever's none setting. */
export function valueText(lever: CompiledLever, value: LeverValue): string {
  const said =
    lever.kind === 'choice'
      ? (lever.options.find((o) => o.id === value)?.label ?? String(value))
      : views.formatAmount(Number(value), lever.unit);
  return (views.degreeOf(lever, value) ?? 0) > 0 ? said : t('a11y.nego.valueNone', { value: said });
}

/** Every lever with this counterpart at its none setting, overlaid with `settings` (a sent or proposed package). */
export function packageValues(
  rules: CompiledRules,
  actorId: string,
  settings: readonly LeverSetting[] = [],
): PackageValues {
  const values: PackageValues = {};
  for (const lever of [...leversFor(rules, actorId, 'give'), ...leversFor(rules, actorId, 'ask')]) {
    const set = settings.find((s) => s.lever === lever.id);
    const valid = set !== undefined && views.degreeOf(lever, set.value) !== undefined;
    values[lever.id] = valid ? set.value : noneValue(lever);
  }
  return values;
}

/** The offer the form describes, exactly as the canvas builds it: levers past their none setting, in order. */
export function buildOffer(rules: CompiledRules, to: string, values: PackageValues): OfferAction {
  const part = (side: 'give' | 'ask') =>
    leversFor(rules, to, side)
      .filter((l) => values[l.id] !== undefined && (views.degreeOf(l, values[l.id]!) ?? 0) > 0)
      .map((l) => ({ lever: l.id, value: values[l.id]! }));
  return { type: 'offer', to, gives: part('give'), asks: part('ask') };
}

/** The counterpart's open demands put into the package, where they ask for more than it already holds. */
export function withDemands(
  rules: CompiledRules,
  game: GameState,
  actor: CompiledActor,
  values: PackageValues,
): PackageValues {
  const next = { ...values };
  for (const d of views.openDemands(rules, game, actor)) {
    const lever = rules.leverById[d.lever];
    if (!lever || next[lever.id] === undefined) continue;
    const now = views.degreeOf(lever, next[lever.id]!) ?? 0;
    if ((views.degreeOf(lever, d.value) ?? 0) > now) next[lever.id] = d.value;
  }
  return next;
}
