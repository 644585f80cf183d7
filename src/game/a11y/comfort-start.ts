// Applies the remembered display settings before anything is drawn; the rest of the accessible layer loads after.
import type Phaser from 'phaser';
import { loadComfort, markDocument, onComfortChange, setSystemReducedMotion } from './comfort';

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The display settings from the last visit, applied to <html>; a text-size change redraws the screen. */
export function startComfort(game: Phaser.Game | null): Storage | null {
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
