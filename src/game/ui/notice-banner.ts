// A notice the player must see (a damaged save set aside, storage full): its text, Dismiss and Download.
import Phaser from 'phaser';
import type { Notice } from '../../store';
import { t } from '../i18n';
import { colour, css } from '../theme';
import { Button } from './button';
import type { FocusRing } from './focus';
import { addText } from './text';

export interface NoticeBannerOptions {
  notice: Notice;
  x: number;
  y: number;
  width: number;
  onDismiss: () => void;
  /** Present when there is a set-aside save to download. */
  onDownload?: () => void;
  focus?: FocusRing;
}

export interface NoticeBanner {
  container: Phaser.GameObjects.Container;
  height: number;
  buttons: Button[];
}

const BUTTON_WIDTH = 300;

export function addNoticeBanner(scene: Phaser.Scene, o: NoticeBannerOptions): NoticeBanner {
  const error = o.notice.kind === 'error';
  const tint = error ? css.warn : css.up;
  const title = error ? t('notice.attention') : t('notice.note');
  const heading = addText(scene, 56, 18, title, 'heading', { colour: error ? css.warn : css.text });
  const textWidth = o.width - BUTTON_WIDTH - 72;
  const body = addText(scene, 56, 54, o.notice.text, 'body', { width: textWidth });
  const buttonsHeight = o.onDownload ? 48 * 2 + 12 : 48;
  const height = Math.max(body.y + body.height + 18, buttonsHeight + 36);
  const frame = drawFrame(scene, o.width, height, error ? colour.yellow : colour.blue);
  const mark = addText(scene, 24, 16, error ? '!' : 'i', 'title', { colour: tint, bold: true });
  const buttons = addButtons(scene, o, (height - buttonsHeight) / 2);
  const container = scene.add.container(o.x, o.y, [frame, mark, heading, body, ...buttons]);
  return { container, height, buttons };
}

function drawFrame(
  scene: Phaser.Scene,
  width: number,
  height: number,
  edge: number,
): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(colour.panelRaised, 0.98).fillRoundedRect(0, 0, width, height, 10);
  g.lineStyle(3, edge, 1).strokeRoundedRect(0, 0, width, height, 10);
  g.fillStyle(edge, 1).fillRoundedRect(0, 0, 10, height, { tl: 10, bl: 10, tr: 0, br: 0 });
  return g;
}

/** Download (D) when there is a set-aside save, then Dismiss (X), stacked at the banner's right. */
function addButtons(scene: Phaser.Scene, o: NoticeBannerOptions, top: number): Button[] {
  const base = { x: o.width - BUTTON_WIDTH - 18, width: BUTTON_WIDTH, focus: o.focus };
  const buttons: Button[] = [];
  if (o.onDownload) {
    const label = t('notice.download');
    buttons.push(
      new Button(scene, {
        ...base,
        y: top,
        label,
        hotkey: 'D',
        kind: 'primary',
        onPress: o.onDownload,
      }),
    );
  }
  const y = top + buttons.length * 60;
  buttons.push(
    new Button(scene, {
      ...base,
      y,
      label: t('notice.dismiss'),
      hotkey: 'X',
      onPress: o.onDismiss,
    }),
  );
  return buttons;
}
