// Text in the game's type scale, rendered at the camera's zoom so it stays crisp at any size.
import Phaser from 'phaser';
import { css, FONT_FAMILY, size } from '../theme';
import { currentZoom } from './layout';
import { textScale } from './text-scale';

export type TextRole = 'display' | 'title' | 'heading' | 'body' | 'small';

export interface TextOptions {
  colour?: string;
  width?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  lineSpacing?: number;
}

export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  role: TextRole = 'body',
  options: TextOptions = {},
): Phaser.GameObjects.Text {
  const bold = options.bold ?? (role === 'display' || role === 'title' || role === 'heading');
  const text = scene.add.text(x, y, content, {
    fontFamily: FONT_FAMILY,
    fontSize: `${Math.round(size[role] * textScale())}px`,
    fontStyle: bold ? 'bold' : 'normal',
    color: options.colour ?? css.text,
    align: options.align ?? 'left',
    lineSpacing: options.lineSpacing ?? Math.round(size[role] * 0.25),
    wordWrap: options.width ? { width: options.width, useAdvancedWrap: true } : undefined,
  });
  text.setResolution(Math.max(1, currentZoom(scene)));
  return text;
}

/** Shortens text to fit a number of lines, ending with an ellipsis, so nothing overflows its box. */
export function clampLines(
  text: Phaser.GameObjects.Text,
  maxLines: number,
): Phaser.GameObjects.Text {
  const lines = text.getWrappedText(text.text);
  if (lines.length <= maxLines) return text;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
  return text.setText(kept.join('\n'));
}
