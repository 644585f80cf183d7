// Applies the remembered display settings before anything is drawn; the rest of the accessible layer loads after.
import type Phaser from 'phaser';
import { paintGameBackground } from '../start-game';
import { loadComfort, markDocument, onComfortChange, setSystemReducedMotion } from './comfort';

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The display settings from the last visit, applied to <html>; a text-size or contrast change redraws the screen. */
export function startComfort(game: Phaser.Game | null): Storage | null {
  const storage = localStore();
  const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  loadComfort(storage, query?.matches ?? false);
  markDocument(document.documentElement);
  query?.addEventListener('change', (e) => setSystemReducedMotion(e.matches));
  let drawn = loadComfort(storage, query?.matches ?? false);
  if (game) paintGameBackground(game);
  onComfortChange((now) => {
    markDocument(document.documentElement);
    if (!game || (now.textScale === drawn.textScale && now.highContrast === drawn.highContrast))
      return;
    drawn = now;
    paintGameBackground(game);
    // The canvas draws its text and colours once per screen: the screen showing is drawn again in the new look.
    for (const scene of game.scene.getScenes(true))
      if (scene.scene.key !== 'Preloader') scene.scene.restart();
  });
  return storage;
}
