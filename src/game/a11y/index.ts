// Installs the accessibility layer beside the canvas: the HTML screens, the live region and the display settings.
import type Phaser from 'phaser';
import type { GameStore } from '../../store';
import { announcementFor } from './announce';
import { loadComfort, markDocument, onComfortChange, setSystemReducedMotion } from './comfort';
import { createSettingsPanel } from './comfort-panel';
import { createLayer } from './layer';
import { createLiveRegion } from './live-region';
import { A11Y_CSS } from './styles';

export { highContrast, reducedMotion } from './comfort';

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The display settings from the last visit, applied to <html> before anything is drawn. */
function startComfort(game: Phaser.Game | null): Storage | null {
  const storage = localStore();
  const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  loadComfort(storage, query?.matches ?? false);
  markDocument(document.documentElement);
  query?.addEventListener('change', (e) => setSystemReducedMotion(e.matches));
  let scale = loadComfort(storage, query?.matches ?? false).textScale;
  onComfortChange((now) => {
    markDocument(document.documentElement);
    if (now.textScale === scale || !game) return;
    scale = now.textScale;
    // The canvas draws its text once per screen: the screen showing is drawn again at the new size.
    for (const scene of game.scene.getScenes(true))
      if (scene.scene.key !== 'Preloader') scene.scene.restart();
  });
  return storage;
}

/**
 * Call once, after the game has started: adds the HTML layer (first in the page, so Tab from the browser's
 * address bar lands in it), the "Aa" display settings and the polite status region, all driven by `store`.
 */
export function installAccessibleLayer(store: GameStore, game: Phaser.Game | null = null): void {
  document.head.append(Object.assign(document.createElement('style'), { textContent: A11Y_CSS }));
  const storage = startComfort(game);
  const live = createLiveRegion();
  const settings = createSettingsPanel(storage);
  const layer = createLayer(store, { announce: live.announce, openSettings: settings.open });
  document.body.prepend(layer);
  document.body.append(settings.element, live.element);
  store.subscribe((now, before) => {
    const said = announcementFor(before, now);
    if (said) live.announce(said);
  });
}
