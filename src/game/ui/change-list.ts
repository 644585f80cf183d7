// Words and arrows for moved numbers: "Security −4 pts ▼", and a turn's changes grouped by their cause.
import type { Change, CompiledRules } from '../../engine';
import { css } from '../theme';

type ReasonKind = Change['reason']['kind'];

/** The causes in the order a player reads them: their own deeds first, then the world, then drift. */
export const REASON_GROUPS: { kind: ReasonKind; heading: string }[] = [
  { kind: 'deal', heading: 'Deals signed' },
  { kind: 'watch', heading: 'Other capitals watching your deals' },
  { kind: 'kept', heading: 'Promises kept' },
  { kind: 'renege', heading: 'Deals reneged' },
  { kind: 'reopen', heading: 'Deals reopened' },
  { kind: 'walk-away', heading: 'Walk-aways' },
  { kind: 'unmet-demand', heading: 'Unmet demands' },
  { kind: 'event', heading: 'Events' },
  { kind: 'drift', heading: 'Drift (relations settling back)' },
];

export interface ChangeGroup {
  kind: ReasonKind;
  heading: string;
  changes: Change[];
}

export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const known = REASON_GROUPS.map((g) => ({
    ...g,
    changes: changes.filter((c) => c.reason.kind === g.kind),
  }));
  const others = changes.filter((c) => !REASON_GROUPS.some((g) => g.kind === c.reason.kind));
  if (others.length > 0)
    known.push({ kind: others[0]!.reason.kind, heading: 'Other causes', changes: others });
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
  const v = roundForReading(value);
  if (unit === '%') return `${v}%`;
  return unit ? `${v} ${unit}` : `${v}`;
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
    return { label: `${name}'s trust in Seoul`, unit: 'pts' };
  }
  const track = rules.trackById[change.id];
  return { label: track?.label ?? change.id, unit: track?.unit ?? '' };
}

/** "Security (deterrence) −4 pts ▼" */
export function describeChange(rules: CompiledRules, change: Change): string {
  const { label, unit } = changeTarget(rules, change);
  return `${label} ${formatDelta(change.delta, unit)}`;
}
