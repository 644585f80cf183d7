// Scene-wide keyboard shortcuts, bound in create() and unbound when the scene shuts down.
import Phaser from 'phaser';

export type KeyHandler = (event: KeyboardEvent) => void;

/** Binds Phaser key names ('ESC', 'UP', 'ENTER'…) to handlers for the life of the scene. */
export function bindKeys(scene: Phaser.Scene, bindings: Record<string, KeyHandler>): void {
  const keyboard = scene.input.keyboard;
  if (!keyboard) return;
  const bound = Object.entries(bindings).map(([key, handler]) => {
    const event = `keydown-${key}`;
    const listener = (e: KeyboardEvent) => handler(e);
    keyboard.on(event, listener);
    return { event, listener };
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    for (const { event, listener } of bound) keyboard.off(event, listener);
  });
}

/**
 * Ignores the key press that opened this scene. A scene started from a key handler (Enter on "Begin")
 * is created while that key event is still being handed round, and would otherwise act on it too.
 */
export function ignoreKeysHeldOver(scene: Phaser.Scene): void {
  const keyboard = scene.input.keyboard;
  if (!keyboard) return;
  keyboard.enabled = false;
  scene.events.once(Phaser.Scenes.Events.POST_UPDATE, () => {
    keyboard.enabled = true;
  });
}

/** Binds one key until the returned function is called (or the scene shuts down), e.g. Esc for a dialog. */
export function bindKeyUntil(scene: Phaser.Scene, key: string, handler: KeyHandler): () => void {
  const keyboard = scene.input.keyboard;
  const event = `keydown-${key}`;
  const listener = (e: KeyboardEvent) => handler(e);
  keyboard?.on(event, listener);
  const unbind = () => {
    keyboard?.off(event, listener);
    scene.events.off(Phaser.Scenes.Events.SHUTDOWN, unbind);
  };
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, unbind);
  return unbind;
}
