// Small words and numbers the board and negotiation screens share: arrows, dates, patience dots.
import { css } from '../theme';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2025-08-25' → '25 Aug 2025' (or '25 Aug' when short); anything else is shown as written. */
export function calendarDate(iso: string, short = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const day = String(Number(m[3]));
  const month = MONTHS[Number(m[2]) - 1] ?? m[2]!;
  return short ? `${day} ${month}` : `${day} ${month} ${m[1]}`;
}

/** A whole number when it is one, otherwise one decimal: 62, 57.4. */
export function shortNumber(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** ▲3 / ▼2.5 / · (no change): the arrow carries the meaning, not only the colour. */
export function deltaText(delta: number): string {
  if (Math.abs(delta) < 0.05) return '·';
  return `${delta > 0 ? '▲' : '▼'}${shortNumber(Math.abs(delta))}`;
}

/** Signed amount for reasons and value parts: +12, −6.5. */
export function signed(amount: number): string {
  const r = Math.round(amount * 10) / 10;
  if (r === 0) return '0';
  return `${r > 0 ? '+' : '−'}${shortNumber(Math.abs(r))}`;
}

export function deltaColour(delta: number): string {
  if (Math.abs(delta) < 0.05) return css.faint;
  return delta > 0 ? css.up : css.down;
}

/** A value with its track's unit: '58 pts', '52%'. */
export function withUnit(value: number, unit: string | undefined): string {
  const n = shortNumber(value);
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** ●●○: patience left out of the counterpart's full patience. */
export function patienceDots(left: number, full: number): string {
  const total = Math.max(full, left, 0);
  const filled = Math.max(0, Math.min(total, Math.round(left)));
  return '●'.repeat(filled) + '○'.repeat(total - filled);
}

/** The scenario title without a leading 'Tightrope:' (the bar already says TIGHTROPE). */
export function scenarioName(title: string): string {
  const rest = title.replace(/^\s*tightrope\s*[:·–—-]\s*/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
