// A dialog over a dimmed screen: it swallows pointer input below it; the caller adds content and buttons.
import Phaser from 'phaser';
import { colour, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { addPanel } from './panel';

export interface Modal {
  /** Content goes here; (0, 0) is the dialog's top-left corner. */
  body: Phaser.GameObjects.Container;
  width: number;
  height: number;
  close(): void;
}

export function openModal(
  scene: Phaser.Scene,
  options: { width: number; height: number; title: string; edge?: number; onClose?: () => void },
): Modal {
  const { width, height } = options;
  const root = scene.add.container(0, 0).setDepth(900);
  const shade = scene.add
    .rectangle(0, 0, DESIGN_WIDTH, DESIGN_HEIGHT, colour.background, 0.78)
    .setOrigin(0, 0)
    .setInteractive();
  const x = Math.round((DESIGN_WIDTH - width) / 2);
  const y = Math.round((DESIGN_HEIGHT - height) / 2);
  const panel = addPanel(scene, x, y, width, height, {
    title: options.title,
    edge: options.edge ?? colour.orange,
    fill: colour.panelRaised,
  });
  root.add([shade, panel]);
  let open = true;
  return {
    body: panel,
    width,
    height,
    close() {
      if (!open) return;
      open = false;
      root.destroy();
      options.onClose?.();
    },
  };
}
