// Calendar dates as players read them ("25 Aug 2025", "2025년 8월 25일"), never the ISO form the scenario stores.
import type { CompiledRules } from '../../engine';
import { formatDate as formatCalendarDate, formatList, t } from '../i18n';

/** "2025-08-25" → "25 Aug 2025" in the interface's language; anything unreadable is shown as it is. */
export function formatDate(iso: string): string {
  return formatCalendarDate(iso);
}

/** "Turn 3 of 10 · 23 Aug 2025 · Summit in Tokyo", or just the number when the calendar lacks the turn. */
export function turnHeading(rules: CompiledRules, turn: number): string {
  const entry = rules.calendar[turn - 1];
  const count = t('common.turnOf', { turn, count: rules.calendar.length });
  return entry ? `${count} · ${formatDate(entry.date)} · ${entry.label}` : count;
}

/** The capitals at the table on a turn, by name: "Washington, Tokyo and Beijing". */
export function atTableNames(rules: CompiledRules, turn: number): string {
  const ids = rules.calendar[turn - 1]?.atTable ?? [];
  return formatList(ids.map((id) => rules.actorById[id]?.name ?? id));
}
