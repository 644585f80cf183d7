// The player's text size for the canvas: a factor (1 to 1.5) that addText multiplies the type scale by.

export const TEXT_SCALE_MIN = 1;
export const TEXT_SCALE_MAX = 1.5;

let scale = TEXT_SCALE_MIN;

/** The current factor; 1 is the design's own sizes. */
export function textScale(): number {
  return scale;
}

/** Sets the factor, kept within 1–1.5 (anything unreadable counts as 1); returns what was set. */
export function setTextScale(value: number): number {
  scale = Number.isFinite(value)
    ? Math.min(TEXT_SCALE_MAX, Math.max(TEXT_SCALE_MIN, value))
    : TEXT_SCALE_MIN;
  return scale;
}
