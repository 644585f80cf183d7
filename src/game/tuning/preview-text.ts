// The words of the tuning preview: how the current game's index and tracks would read under the tuned weights.
import type { TuningPreview } from '../../store';
import type { Action } from '../../engine';

export interface TrackInfo {
  id: string;
  label: string;
  unit?: string;
}

const fixed1 = (x: number) => x.toFixed(1);

/** "▲3.6", "▼1.2" or "no change": the arrow carries the direction, not only the colour. */
export function signedChange(delta: number): string {
  if (Math.abs(delta) < 0.05) return 'no change';
  return `${delta > 0 ? '▲' : '▼'}${fixed1(Math.abs(delta))}`;
}

/** "Stability now 54.2 → with these weights 57.8 (▲3.6)". */
export function stabilityLine(
  preview: Pick<TuningPreview, 'stabilityNow' | 'stabilityTuned'>,
): string {
  const { stabilityNow: now, stabilityTuned: tuned } = preview;
  return `Stability now ${fixed1(now)} → with these weights ${fixed1(tuned)} (${signedChange(tuned - now)})`;
}

export interface TrackChange {
  id: string;
  label: string;
  text: string;
  delta: number;
}

/** Each track's value now and under the tuned weights, with its unit and the change (short: the drawer is narrow). */
export function trackChanges(
  preview: Pick<TuningPreview, 'tracksNow' | 'tracksTuned'>,
  tracks: readonly TrackInfo[],
): TrackChange[] {
  return tracks.map((track) => {
    const now = preview.tracksNow[track.id] ?? 0;
    const tuned = preview.tracksTuned[track.id] ?? now;
    const unit = track.unit ? ` ${track.unit}` : '';
    const delta = tuned - now;
    const text =
      Math.abs(delta) < 0.05
        ? `${fixed1(now)}${unit} · same`
        : `${fixed1(now)} → ${fixed1(tuned)}${unit} ${signedChange(delta)}`;
    return { id: track.id, label: track.label, delta, text };
  });
}

/** "offer to Washington", "end of turn"…: an action of the log in the game's words. */
export function actionWords(action: Action, capitalOf: (actor: string) => string): string {
  switch (action.type) {
    case 'offer':
      return `the offer to ${capitalOf(action.to)}`;
    case 'acceptCounter':
      return 'accepting a counter-offer';
    case 'walkAway':
      return 'walking away from a counter-offer';
    case 'endTurn':
      return 'ending the turn';
    case 'renege':
      return `reneging on deal ${action.dealId}`;
  }
}

/** Which action the tuned rules would refuse, and on which turn; null when they accept the whole game. */
export function divergenceLine(
  divergedAt: TuningPreview['divergedAt'],
  log: readonly Action[],
  capitalOf: (actor: string) => string,
): string | null {
  if (!divergedAt) return null;
  const action = log[divergedAt.index];
  const turn = 1 + log.slice(0, divergedAt.index).filter((a) => a.type === 'endTurn').length;
  const what = action ? actionWords(action, capitalOf) : 'an action';
  return (
    `With these weights the rules would refuse action ${divergedAt.index + 1} (${what}, turn ${turn}): ` +
    `${divergedAt.reason.replace(/[.\s]+$/, '')}. The preview stops there.`
  );
}
