// Calendar dates as players read them: "25 Aug 2025", never the ISO form the scenario stores.
import type { CompiledRules } from '../../engine';

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2025-08-25" → "25 Aug 2025"; anything unreadable is shown as it is. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : FORMAT.format(date);
}

/** "Turn 3 of 10 · 23 Aug 2025 · Summit in Tokyo", or just the number when the calendar lacks the turn. */
export function turnHeading(rules: CompiledRules, turn: number): string {
  const entry = rules.calendar[turn - 1];
  const count = `Turn ${turn} of ${rules.calendar.length}`;
  return entry ? `${count} · ${formatDate(entry.date)} · ${entry.label}` : count;
}

/** The capitals at the table on a turn, by name. */
export function atTableNames(rules: CompiledRules, turn: number): string {
  const ids = rules.calendar[turn - 1]?.atTable ?? [];
  return ids.map((id) => rules.actorById[id]?.name ?? id).join(', ');
}
