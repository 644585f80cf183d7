// Motion that explains: a number counts from where it was to where it is now (short, under 600 ms).
import type Phaser from 'phaser';
import { reducedMotion } from '../a11y/comfort';

export const EXPLAIN_MS = 600;

/** Tweens a value from `from` to `to`, calling `show` each frame; shows `to` at once when nothing changed. */
export function countTo(
  scene: Phaser.Scene,
  from: number,
  to: number,
  show: (value: number) => void,
  duration = EXPLAIN_MS,
): void {
  if (Math.abs(to - from) < 1e-6 || reducedMotion()) {
    show(to);
    return;
  }
  show(from);
  scene.tweens.addCounter({
    from,
    to,
    duration,
    ease: 'Cubic.easeOut',
    onUpdate: (tween) => show(tween.getValue() ?? to),
    onComplete: () => show(to),
  });
}
