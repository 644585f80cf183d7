// A scene that has just started ignores the key press that started it (it can reach the new scene too).
import Phaser from 'phaser';

export function ignoreStaleKeys(scene: Phaser.Scene, ms = 80): void {
  const keyboard = scene.input.keyboard;
  if (!keyboard) return;
  keyboard.enabled = false;
  const timer = scene.time.delayedCall(ms, () => {
    keyboard.enabled = true;
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
    timer.remove();
    keyboard.enabled = true;
  });
}
