// A slim note after a scenario file loads: which one, and how many warnings, with the way to read them.
import Phaser from 'phaser';
import type { LoadAttempt } from '../../store';
import { t } from '../i18n';
import { colour, css, edges } from '../theme';
import { Button } from './button';
import type { FocusRing } from './focus';
import { attemptTitle } from '../scenario-files';
import { shortSource } from './wording';
import { addText } from './text';

export interface LoadNoticeOptions {
  attempt: LoadAttempt;
  x: number;
  y: number;
  width: number;
  onShowWarnings: () => void;
  onDismiss: () => void;
  /** Left out when another banner already answers to X. */
  dismissKey?: string;
  focus?: FocusRing;
}

export interface LoadNotice {
  container: Phaser.GameObjects.Container;
  height: number;
  buttons: Button[];
}

const HEIGHT = 64;

export function addLoadNotice(scene: Phaser.Scene, o: LoadNoticeOptions): LoadNotice {
  const a = o.attempt;
  const warned = a.warnings.length > 0;
  const edge = warned ? colour.yellow : colour.green;
  const g = scene.add.graphics();
  g.fillStyle(colour.panelRaised, 0.98).fillRoundedRect(0, 0, o.width, HEIGHT, 10);
  g.lineStyle(edges.panel, edge, 1).strokeRoundedRect(0, 0, o.width, HEIGHT, 10);
  g.fillStyle(edge, 1).fillRoundedRect(0, 0, 10, HEIGHT, { tl: 10, bl: 10, tr: 0, br: 0 });
  const mark = addText(scene, 26, HEIGHT / 2, warned ? '⚠' : '✓', 'heading', {
    colour: warned ? css.warn : css.good,
  }).setOrigin(0, 0.5);
  const buttons = noticeButtons(scene, o, warned);
  const room = (buttons[0]?.x ?? o.width) - 70;
  const loaded = { title: attemptTitle(a), file: shortSource(a.source) };
  const said = warned
    ? t('load.loaded', { ...loaded, count: a.warnings.length })
    : t('load.loadedClean', loaded);
  const text = addText(scene, 56, HEIGHT / 2, said, 'body', { bold: true }).setOrigin(0, 0.5);
  text.setScale(Math.min(1, room / text.width));
  const container = scene.add.container(o.x, o.y, [g, mark, text, ...buttons]);
  return { container, height: HEIGHT, buttons };
}

/** Show warnings (W) when there are some, and Dismiss, at the note's right. */
function noticeButtons(scene: Phaser.Scene, o: LoadNoticeOptions, warned: boolean): Button[] {
  const base = { y: 10, height: 44, focus: o.focus };
  const buttons: Button[] = [];
  const dismiss = new Button(scene, {
    ...base,
    x: o.width - 14 - 150,
    width: 150,
    label: t('notice.dismiss'),
    hotkey: o.dismissKey,
    onPress: o.onDismiss,
  });
  if (warned) {
    buttons.push(
      new Button(scene, {
        ...base,
        x: dismiss.x - 10 - 230,
        width: 230,
        label: t('load.showWarnings'),
        hotkey: 'W',
        onPress: o.onShowWarnings,
      }),
    );
  }
  buttons.push(dismiss);
  return buttons;
}
