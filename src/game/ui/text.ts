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
  /** Pixels, in place of the role's size (and of the text scale): for the few set larger than any role. */
  fontSize?: number;
  letterSpacing?: number;
}

/**
 * Font metrics by CSS font string. Phaser measures them on a scratch canvas for every new text; they depend on
 * the font alone, and the fonts are loaded before the first text is made, so each is measured once.
 */
const metricsByFont = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/**
 * A text in the game's type scale. It is rendered (and uploaded to the GPU) once, with every setting in place:
 * a Phaser text redraws its canvas on each setter, and a screen makes hundreds of them.
 */
export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  role: TextRole = 'body',
  options: TextOptions = {},
): Phaser.GameObjects.Text {
  const bold = options.bold ?? (role === 'display' || role === 'title' || role === 'heading');
  const fontSize = `${options.fontSize ?? Math.round(size[role] * textScale())}px`;
  const fontStyle = bold ? 'bold' : 'normal';
  const font = `${fontStyle} ${fontSize} ${FONT_FAMILY}`;
  const metrics = metricsByFont.get(font);
  const text = scene.add.text(x, y, '', {
    fontFamily: FONT_FAMILY,
    fontSize,
    fontStyle,
    color: options.colour ?? css.text,
    align: options.align ?? 'left',
    resolution: Math.max(1, currentZoom(scene)),
    wordWrap: options.width ? { width: options.width, useAdvancedWrap: true } : undefined,
    ...(metrics ? { metrics } : {}),
  });
  if (!metrics) metricsByFont.set(font, text.style.getTextMetrics());
  text.lineSpacing = options.lineSpacing ?? Math.round(size[role] * 0.25);
  text.letterSpacing = options.letterSpacing ?? 0;
  return content === '' ? text.updateText() : text.setText(content);
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
