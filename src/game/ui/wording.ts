// Small words and numbers the board and negotiation screens share: arrows, dates, patience dots.
import type { CompiledRules, Deal } from '../../engine';
import { formatDate, formatNumber, settingText, t } from '../i18n';
import { css } from '../theme';

/** '2025-08-25' → '25 Aug 2025' (or '25 Aug' when short) in the interface's language; else as written. */
export function calendarDate(iso: string, short = false): string {
  return formatDate(iso, short ? 'short' : 'long');
}

/** A whole number when it is one, otherwise one decimal: 62, 57.4. */
export function shortNumber(value: number): string {
  return formatNumber(Math.round(value * 10) / 10, { maximumFractionDigits: 1 });
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

/** The scenario title without the game's name in front ('Tightrope:', '외줄타기:'): the bar already says it. */
export function scenarioName(title: string): string {
  const rest = title.replace(/^\s*(tightrope|외줄타기)\s*[:·–—-]\s*/i, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * A package's terms in the interface's words: "gives SMA: $2bn · Taiwan: silent; asks …", each setting as the
 * engine names it. Settings are "lever: value" records, not prose, so a middle dot keeps them apart in any
 * language where "A, B and C" would run one record into the next.
 */
export function dealTerms(rules: CompiledRules, deal: Pick<Deal, 'gives' | 'asks'>): string {
  const part = (list: Deal['gives']) =>
    list
      .flatMap((s) => {
        const lever = rules.leverById[s.lever];
        return lever ? [settingText(rules, s)] : [];
      })
      .join(' · ');
  const gives = part(deal.gives);
  const asks = part(deal.asks);
  return [gives && t('common.gives', { list: gives }), asks && t('common.asks', { list: asks })]
    .filter(Boolean)
    .join('; ');
}

/** The file's name without its folders, shortened in the middle if it is very long. */
export function shortSource(source: string, most = 48): string {
  const name = source.split(/[/\\]/).filter(Boolean).pop() ?? source;
  if (name.length <= most) return name;
  const half = Math.floor((most - 1) / 2);
  return `${name.slice(0, half)}…${name.slice(-half)}`;
}
