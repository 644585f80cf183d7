// A dialog over a dimmed screen: it swallows pointer input below it and closes once, cleanly.
import Phaser from 'phaser';
import { colour, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { addPanel } from './panel';

export interface DialogFrame {
  /** The dialog's panel; its children are laid out from its top-left corner. */
  panel: Phaser.GameObjects.Container;
  width: number;
  height: number;
  close(): void;
  isOpen(): boolean;
}

export interface DialogFrameOptions {
  width: number;
  height: number;
  title?: string;
  edge?: number;
  onClose?: () => void;
}

const DEPTH = 900;

export function openDialogFrame(scene: Phaser.Scene, options: DialogFrameOptions): DialogFrame {
  const { width, height } = options;
  const dimmer = scene.add
    .rectangle(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT, colour.background, 0.82)
    .setOrigin(0)
    .setDepth(DEPTH)
    .setInteractive();
  const x = Math.round((DESIGN_WIDTH - width) / 2);
  const y = Math.round((DESIGN_HEIGHT - height) / 2);
  const panel = addPanel(scene, x, y, width, height, {
    title: options.title,
    edge: options.edge ?? colour.orange,
    fill: colour.panelRaised,
  }).setDepth(DEPTH + 1);
  // A fade only: moving the panel would leave the focus ring behind its buttons.
  panel.setAlpha(0);
  scene.tweens.add({ targets: panel, alpha: 1, duration: 140, ease: 'Quad.easeOut' });
  let open = true;
  return {
    panel,
    width,
    height,
    isOpen: () => open,
    close() {
      if (!open) return;
      open = false;
      dimmer.destroy();
      panel.destroy();
      options.onClose?.();
    },
  };
}
