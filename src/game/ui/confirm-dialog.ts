// "Are you sure?" inside the canvas: Yes/No by pointer, Y/N keys, Esc, or Tab and Enter on the focus ring.
import Phaser from 'phaser';
import { t } from '../i18n';
import { colour } from '../theme';
import { Button } from './button';
import type { FocusRing } from './focus';
import { openDialogFrame, type DialogFrame } from './dialog-frame';
import { bindKeyUntil } from './key-bindings';
import { addText } from './text';

export interface ConfirmOptions {
  title: string;
  text: string;
  yesLabel?: string;
  noLabel?: string;
  onYes: () => void;
  onNo?: () => void;
  /** The scene's focus ring: the dialog's buttons join it and No takes the focus (the safe choice). */
  focus?: FocusRing;
  onClose?: () => void;
}

const WIDTH = 640;

export function confirmDialog(scene: Phaser.Scene, options: ConfirmOptions): DialogFrame {
  const body = addText(scene, 28, 64, options.text, 'body', { width: WIDTH - 56 });
  const height = 64 + body.height + 112;
  const unbindEsc = bindKeyUntil(scene, 'ESC', (e) => {
    e.preventDefault();
    answer(false);
  });
  const modal = openDialogFrame(scene, {
    width: WIDTH,
    height,
    title: options.title,
    edge: colour.orange,
    onClose: () => {
      unbindEsc();
      options.focus?.draw();
      options.onClose?.();
    },
  });
  const answer = (yes: boolean) => {
    modal.close();
    (yes ? options.onYes : options.onNo)?.();
  };
  const [yes, no] = answerButtons(scene, options, height - 76, answer);
  modal.panel.add([body, yes, no]);
  // No takes the focus (once inside the panel, so the ring is drawn around it): a stray Enter keeps the game.
  options.focus?.focus(no);
  return modal;
}

/** Yes (Y) and No (N). */
function answerButtons(
  scene: Phaser.Scene,
  o: ConfirmOptions,
  y: number,
  answer: (yes: boolean) => void,
): [Button, Button] {
  const base = { y, width: 270, focus: o.focus };
  const yes = new Button(scene, {
    ...base,
    x: 28,
    label: o.yesLabel ?? t('common.yes'),
    hotkey: 'Y',
    kind: 'primary',
    onPress: () => answer(true),
  });
  const no = new Button(scene, {
    ...base,
    x: WIDTH - 298,
    label: o.noLabel ?? t('common.no'),
    hotkey: 'N',
    onPress: () => answer(false),
  });
  return [yes, no];
}
