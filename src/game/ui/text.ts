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
  /** As many lines as fit this height (with `width`), the last ending in an ellipsis; if none fits, no text. */
  fitHeight?: number;
}

/**
 * Font metrics by CSS font string. Phaser measures them on a scratch canvas for every new text; they depend on
 * the font alone, and the fonts are loaded before the first text is made, so each is measured once.
 */
const metricsByFont = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/** Set while a game text is being built: its settings are not all in place, so it is not drawn yet. */
let building = false;

/**
 * A Phaser text that is drawn once its settings are in place. Phaser's constructor draws (and uploads to the
 * GPU) the empty text it starts with; a screen makes a hundred texts, and each of those uploads costs the
 * renderer time before the screen's first frame.
 */
class GameText extends Phaser.GameObjects.Text {
  override updateText(): this {
    return building ? this : super.updateText();
  }
}

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
  building = true;
  let text: GameText;
  try {
    text = new GameText(scene, x, y, '', {
      fontFamily: FONT_FAMILY,
      fontSize,
      fontStyle,
      color: options.colour ?? css.text,
      align: options.align ?? 'left',
      resolution: Math.max(1, currentZoom(scene)),
      wordWrap: options.width ? { width: options.width, useAdvancedWrap: true } : undefined,
      ...(metrics ? { metrics } : {}),
    });
  } finally {
    building = false;
  }
  scene.add.existing(text);
  if (!metrics) metricsByFont.set(font, text.style.getTextMetrics());
  text.lineSpacing = options.lineSpacing ?? Math.round(size[role] * 0.25);
  text.letterSpacing = options.letterSpacing ?? 0;
  const shown =
    options.fitHeight === undefined ? content : fitted(text, content, options.fitHeight);
  return shown === '' ? text.updateText() : text.setText(shown);
}

/**
 * `content` cut to the lines that fit `height` when `text` draws it, worked out before it is drawn: a text's
 * height is its lines times the font's, plus the spacing between them and its padding (Phaser's GetTextSize).
 */
function fitted(text: Phaser.GameObjects.Text, content: string, height: number): string {
  // The wrap measures in the text's own font, set on its canvas when it is first drawn.
  text.style.syncFont(text.canvas, text.context);
  const line = text.style.getTextMetrics().fontSize + text.style.strokeThickness;
  const room = height - (text.padding.top ?? 0) - (text.padding.bottom ?? 0) + text.lineSpacing;
  const most = Math.floor(room / (line + text.lineSpacing));
  return most < 1 ? '' : clamped(content, text.getWrappedText(content), most);
}

/** `content`, or its first `maxLines` wrapped lines with an ellipsis ending the last. */
function clamped(content: string, lines: string[], maxLines: number): string {
  if (lines.length <= maxLines) return content;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, '')}…`;
  return kept.join('\n');
}

/** Shortens text to fit a number of lines, ending with an ellipsis, so nothing overflows its box. */
export function clampLines(
  text: Phaser.GameObjects.Text,
  maxLines: number,
): Phaser.GameObjects.Text {
  const shown = clamped(text.text, text.getWrappedText(text.text), maxLines);
  return shown === text.text ? text : text.setText(shown);
}
