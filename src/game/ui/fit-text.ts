// Keeps a text on one line inside a width, cutting it with an ellipsis (the full text lives elsewhere).
import type Phaser from 'phaser';

export function fitOneLine(text: Phaser.GameObjects.Text, width: number): Phaser.GameObjects.Text {
  const full = text.text;
  if (text.width <= width) return text;
  let lo = 0;
  let hi = full.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    text.setText(`${full.slice(0, mid).trimEnd()}…`);
    if (text.width <= width) lo = mid;
    else hi = mid - 1;
  }
  return text.setText(`${full.slice(0, lo).trimEnd()}…`);
}
