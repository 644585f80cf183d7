// A counterpart's character in plain words: what it wants, what it resists, its patience and volatility.
import type { CompiledActor, CompiledRules } from '../../engine';
import { t, type MessageKey } from '../i18n';

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
  const count = Math.round(actor.patience.value);
  if (count >= 3) return t('temper.patient', { count });
  if (count === 2) return t('temper.impatient', { count });
  return t('temper.veryImpatient', { count });
}

type Temper = 'calm' | 'volatile' | 'changeable' | 'steady';

/** Volatility against the most volatile capital of the scenario (the scale differs between scenarios). */
function temperOf(actor: CompiledActor, actors: readonly CompiledActor[]): Temper {
  const v = actor.volatility.value;
  const most = Math.max(...actors.map((a) => a.volatility.value));
  if (v <= 0 || most <= 0) return 'calm';
  const share = v / most;
  if (share >= 0.6) return 'volatile';
  if (share >= 0.3) return 'changeable';
  return 'steady';
}

const TEMPER_TEXT = {
  calm: 'temper.calm',
  volatile: 'temper.volatile',
  changeable: 'temper.changeable',
  steady: 'temper.steady',
} as const satisfies Record<Temper, MessageKey>;

const TEMPER_WORD = {
  calm: 'temper.word.steady',
  volatile: 'temper.word.volatile',
  changeable: 'temper.word.changeable',
  steady: 'temper.word.steady',
} as const satisfies Record<Temper, MessageKey>;

/** Volatility in words: how far its answers swing and whether settled deals hold. */
export function describeVolatility(actor: CompiledActor, actors: readonly CompiledActor[]): string {
  return t(TEMPER_TEXT[temperOf(actor, actors)]);
}

/** One word for the index cards: "volatile", "changeable" or "steady". */
export function temperamentWord(actor: CompiledActor, actors: readonly CompiledActor[]): string {
  return t(TEMPER_WORD[temperOf(actor, actors)]);
}

export function turnsAtTable(rules: CompiledRules, actorId: string): number[] {
  return rules.calendar.flatMap((turn, i) => (turn.atTable.includes(actorId) ? [i + 1] : []));
}
