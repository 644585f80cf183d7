// Scales each scene's camera so the 1280×720 design fills any window sharply, from 1024×600 to 4K.
import Phaser from 'phaser';
import { fitDesign } from '../early-context';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';

/** The canvas size for a window: the design's 16:9 box fitted inside it, at device pixels. */
export function canvasSizeFor(
  width: number,
  height: number,
  pixelRatio: number,
): { width: number; height: number; zoom: number } {
  return fitDesign(width, height, pixelRatio, DESIGN_WIDTH, DESIGN_HEIGHT);
}

export function currentZoom(scene: Phaser.Scene): number {
  return scene.scale.width / DESIGN_WIDTH;
}

/** Points the scene's camera at the design box and keeps it there when the window resizes. */
export function fitCamera(scene: Phaser.Scene, onResize?: () => void): void {
  const apply = () => {
    const cam = scene.cameras.main;
    cam.setZoom(currentZoom(scene));
    cam.centerOn(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2);
    onResize?.();
  };
  apply();
  scene.scale.on(Phaser.Scale.Events.RESIZE, apply);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () =>
    scene.scale.off(Phaser.Scale.Events.RESIZE, apply),
  );
}
