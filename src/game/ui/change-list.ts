// Words and arrows for moved numbers: "Security −4 pts ▼", and a turn's changes grouped by their cause.
import type { Change, CompiledRules } from '../../engine';
import { formatNumber, t, type MessageKey } from '../i18n';
import { css } from '../theme';

type ReasonKind = Change['reason']['kind'];

/** The causes in the order a player reads them: their own deeds first, then the world, then drift. */
export const REASON_GROUPS = [
  { kind: 'deal', headingKey: 'cause.deal' },
  { kind: 'watch', headingKey: 'cause.watch' },
  { kind: 'kept', headingKey: 'cause.kept' },
  { kind: 'renege', headingKey: 'cause.renege' },
  { kind: 'reopen', headingKey: 'cause.reopen' },
  { kind: 'walk-away', headingKey: 'cause.walkAway' },
  { kind: 'unmet-demand', headingKey: 'cause.unmetDemand' },
  { kind: 'event', headingKey: 'cause.event' },
  { kind: 'drift', headingKey: 'cause.drift' },
] as const satisfies readonly { kind: ReasonKind; headingKey: MessageKey }[];

export interface ChangeGroup {
  kind: ReasonKind;
  heading: string;
  changes: Change[];
}

export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const known = REASON_GROUPS.map((g) => ({
    kind: g.kind,
    heading: t(g.headingKey),
    changes: changes.filter((c) => c.reason.kind === g.kind),
  }));
  const others = changes.filter((c) => !REASON_GROUPS.some((g) => g.kind === c.reason.kind));
  if (others.length > 0)
    known.push({ kind: others[0]!.reason.kind, heading: t('cause.other'), changes: others });
  return known.filter((g) => g.changes.length > 0);
}

/** Rounded for reading: one decimal, or two when one would show a change as zero. */
export function roundForReading(value: number): number {
  const one = Math.round(value * 10) / 10;
  return one !== 0 || value === 0 ? one : Math.round(value * 100) / 100;
}

/** "+3 pts ▲", "−4% ▼", "0 pts ·" — the sign, the unit and an arrow, so colour is never needed to read it. */
export function formatDelta(delta: number, unit = ''): string {
  const v = roundForReading(delta);
  const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
  const arrow = v > 0 ? '▲' : v < 0 ? '▼' : '·';
  return `${sign}${formatWithUnit(Math.abs(v), unit)} ${arrow}`;
}

/** A value with its unit: "52%", "58 pts". */
export function formatWithUnit(value: number, unit = ''): string {
  const v = formatNumber(roundForReading(value));
  if (unit === '%') return `${v}%`;
  return unit ? `${v} ${unit}` : v;
}

export function deltaColour(delta: number): string {
  const v = roundForReading(delta);
  return v > 0 ? css.up : v < 0 ? css.down : css.muted;
}

/** What a change moved, named for the player: a track's label, or a capital's trust in Seoul. */
export function changeTarget(
  rules: CompiledRules,
  change: Change,
): { label: string; unit: string } {
  if (change.target === 'trust') {
    const name = rules.actorById[change.id]?.name ?? change.id;
    return { label: t('common.trustIn', { name }), unit: t('common.points') };
  }
  const track = rules.trackById[change.id];
  return { label: track?.label ?? change.id, unit: track?.unit ?? '' };
}

/** "Security (deterrence) −4 pts ▼" */
export function describeChange(rules: CompiledRules, change: Change): string {
  const { label, unit } = changeTarget(rules, change);
  return `${label} ${formatDelta(change.delta, unit)}`;
}
