// Keeps a scene in step with the store: it redraws when the game moves on, and never outlives its screen.
import Phaser from 'phaser';
import type { GameStore, StoreData } from '../../store';

type ScreenName = StoreData['screen'];

/** Restarts `scene` when `pick` returns something new while the store still shows `screen`; unsubscribes on shutdown. */
export function redrawOnChange(
  scene: Phaser.Scene,
  store: GameStore,
  screen: ScreenName,
  pick: (s: StoreData) => unknown,
): void {
  const unsubscribe = store.subscribe((next, prev) => {
    if (next.screen === screen && pick(next) !== pick(prev) && scene.sys.isActive())
      scene.scene.restart();
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
}

/**
 * Call first in create(): a restart is queued until the next frame, and the store may have moved to another
 * screen meanwhile (one action changes the game, then the screen). A scene that is no longer shown stops itself.
 */
export function stillShown(scene: Phaser.Scene, store: GameStore, screen: ScreenName): boolean {
  if (store.getState().screen === screen) return true;
  scene.scene.stop();
  return false;
}
