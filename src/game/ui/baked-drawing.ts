// A still drawing of many shapes, drawn once into a texture and shown as one picture. A Graphics object
// triangulates each of its shapes on every frame it is drawn: the map's coastlines, redrawn under the pulsing
// ring of a counterpart at the table, cost the board its frame rate.
import Phaser from 'phaser';
import { currentZoom } from './layout';

/** The part of the design (1280×720) a baked drawing covers; what it draws outside is cut off. */
export interface DesignBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Texels per canvas pixel: drawn at twice the canvas's density and filtered down, edges come out smooth. */
const SUPERSAMPLE = 2;
/** The widest or tallest texture baked, within what every WebGL device takes. */
const MOST_TEXELS = 4096;

/**
 * Takes `drawing` off the screen and shows in its place, at the same depth in the display list, a texture
 * of what it draws inside `box`, sharp at the canvas's current size and drawn again when the window resizes.
 * The drawing is kept for that and destroyed with the scene.
 */
export function bakeDrawing(
  scene: Phaser.Scene,
  drawing: Phaser.GameObjects.Graphics,
  box: DesignBox,
): Phaser.GameObjects.RenderTexture {
  const picture = scene.add.renderTexture(box.x, box.y, 2, 2).setOrigin(0, 0);
  scene.children.moveAbove(picture as Phaser.GameObjects.GameObject, drawing);
  drawing.removeFromDisplayList();
  const bake = () => {
    const density = Math.min(
      currentZoom(scene) * SUPERSAMPLE,
      MOST_TEXELS / box.width,
      MOST_TEXELS / box.height,
    );
    const width = Math.ceil(box.width * density);
    const height = Math.ceil(box.height * density);
    picture.resize(width, height, false);
    drawing.setScale(density).setPosition(-box.x * density, -box.y * density);
    picture.clear().draw(drawing).render();
    picture.setDisplaySize(box.width, box.height);
  };
  bake();
  scene.scale.on(Phaser.Scale.Events.RESIZE, bake);
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    scene.scale.off(Phaser.Scale.Events.RESIZE, bake);
    drawing.destroy();
  });
  return picture;
}
