// The debrief's two scrolling lists: the ideas the game showed, and the timeline of every decision.
import type Phaser from 'phaser';
import { css } from '../theme';
import { t } from '../i18n';
import { whereShown, type DebriefModel, type TimelineEntry } from './debrief-model';
import { addText, type TextRole } from './text';

/** Stacks texts down a container; returns the next free y. */
function stack(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  y: number,
  text: string,
  role: TextRole,
  options: { colour?: string; bold?: boolean; width: number; indent?: number },
): number {
  const t = addText(scene, options.indent ?? 0, y, text, role, {
    colour: options.colour,
    bold: options.bold,
    width: options.width - (options.indent ?? 0),
    lineSpacing: 3,
  });
  into.add(t);
  return y + t.height;
}

/** Each idea: its name, what it means in plain words, and where this game showed it. Returns the height used. */
export function fillIdeas(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  model: DebriefModel,
  width: number,
): number {
  if (model.concepts.length === 0) {
    return stack(scene, into, 0, t('ideas.none'), 'small', { colour: css.muted, width });
  }
  let y = 0;
  for (const c of model.concepts) {
    y = stack(scene, into, y, c.title, 'body', { colour: css.accent, bold: true, width });
    if (c.explain) y = stack(scene, into, y + 4, c.explain, 'small', { width });
    y = stack(scene, into, y + 6, whereShown(c), 'small', {
      colour: css.muted,
      width,
      indent: 12,
    });
    y += 20;
  }
  return y;
}

/** Read as the timeline draws, so it is in the palette of the moment. */
function glyph(kind: TimelineEntry['kind']): { mark: string; colour: string } {
  if (kind === 'event') return { mark: '▲', colour: css.warn };
  if (kind === 'decision') return { mark: '◆', colour: css.text };
  return { mark: '■', colour: css.faint };
}

/** Turn by turn: the news that arrived, each decision with what came of it, and the index at the turn's end. */
export function fillTimeline(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  model: DebriefModel,
  width: number,
): number {
  let y = 0;
  for (const turn of model.timeline) {
    y = stack(scene, into, y, turn.heading, 'small', { colour: css.accent, bold: true, width });
    for (const e of turn.entries) {
      const g = glyph(e.kind);
      into.add(addText(scene, 0, y + 4, g.mark, 'small', { colour: g.colour }));
      y = stack(scene, into, y + 4, e.text, 'small', {
        colour: e.kind === 'close' ? css.faint : css.text,
        width,
        indent: 22,
      });
    }
    y += 16;
  }
  return y;
}
