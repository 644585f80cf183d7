// A counterpart's character in plain words: what it wants, what it resists, its patience and volatility.
import type { CompiledActor, CompiledRules } from '../../engine';

/** The levers a counterpart weighs most, strongest first: `sign` 1 for what it wants, −1 for what it hates to give. */
export function leversByValue(
  rules: CompiledRules,
  actor: CompiledActor,
  sign: 1 | -1,
  count: number,
): string[] {
  return Object.entries(actor.values)
    .filter(([, coef]) => coef.value * sign > 0)
    .sort(([, a], [, b]) => (b.value - a.value) * sign)
    .slice(0, count)
    .map(([lever]) => rules.leverById[lever]?.label ?? lever);
}

/** Patience in words: how many refused or countered offers a turn it bears before leaving the table. */
export function describePatience(actor: CompiledActor): string {
  const n = Math.round(actor.patience.value);
  const offers = `${n} refused or countered offer${n === 1 ? '' : 's'}`;
  if (n >= 3) return `Patient: it stays at the table for ${offers} a turn.`;
  if (n === 2) return `Impatient: after ${offers} in a turn it walks away.`;
  return `Very impatient: it walks away after ${offers} in a turn.`;
}

/** Volatility in words, against the most volatile capital of the scenario (the scale differs between scenarios). */
export function describeVolatility(actor: CompiledActor, actors: readonly CompiledActor[]): string {
  const v = actor.volatility.value;
  const most = Math.max(...actors.map((a) => a.volatility.value));
  if (v <= 0 || most <= 0) return 'Steady: its answers are predictable and settled deals hold.';
  const share = v / most;
  if (share >= 0.6) return 'Volatile: its answers swing widely, and settled deals may be reopened.';
  if (share >= 0.3) return 'Changeable: its mood varies from day to day; deals mostly hold.';
  return 'Steady: its answers are fairly predictable; settled deals rarely reopen.';
}

/** One word for the index cards: "volatile", "changeable" or "steady". */
export function temperamentWord(actor: CompiledActor, actors: readonly CompiledActor[]): string {
  return describeVolatility(actor, actors).split(':')[0]!.toLowerCase();
}

export function turnsAtTable(rules: CompiledRules, actorId: string): number[] {
  return rules.calendar.flatMap((turn, i) => (turn.atTable.includes(actorId) ? [i + 1] : []));
}
