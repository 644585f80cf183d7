// A package's changes summed per track (and per counterpart's trust), each with the reasons behind it.
import type { Change, CompiledRules } from '../../engine';
import { t } from '../i18n';
import { withUnit } from './wording';

export interface NetChange {
  key: string;
  label: string;
  unit: string;
  delta: number;
  reasons: string[];
}

export function netChanges(rules: CompiledRules, changes: readonly Change[]): NetChange[] {
  const rows = new Map<string, NetChange>();
  for (const c of changes) {
    const key = `${c.target}:${c.id}`;
    let row = rows.get(key);
    if (!row) {
      row = { key, ...labelOf(rules, c), delta: 0, reasons: [] };
      rows.set(key, row);
    }
    row.delta += c.delta;
    if (!row.reasons.includes(c.reason.text)) row.reasons.push(c.reason.text);
  }
  // Tracks in the scenario's order, then trust; nothing that nets to zero.
  const order = (r: NetChange) => {
    const i = rules.tracks.findIndex((t) => `track:${t.id}` === r.key);
    return i < 0 ? 100 : i;
  };
  return [...rows.values()]
    .filter((r) => Math.abs(r.delta) >= 0.05)
    .sort((a, b) => order(a) - order(b));
}

function labelOf(rules: CompiledRules, c: Change): { label: string; unit: string } {
  if (c.target === 'trust')
    return { label: t('common.trustIn', { name: rules.actorById[c.id]?.name ?? c.id }), unit: '' };
  const track = rules.trackById[c.id];
  return { label: track?.label ?? c.id, unit: track?.unit ?? '' };
}

/** '▲6 pts' / '▼2%'. */
export function netText(row: NetChange): string {
  const arrow = row.delta > 0 ? '▲' : '▼';
  return `${arrow}${withUnit(Math.abs(row.delta), row.unit)}`;
}
