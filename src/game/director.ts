// Shows the scene the store names: the one place where screens change.
import type Phaser from 'phaser';
import type { GameStore, Screen } from '../store';

export const SCENE_FOR: Record<Screen, string> = {
  title: 'Title',
  briefing: 'Briefing',
  board: 'Board',
  negotiation: 'Negotiation',
  events: 'Events',
  summary: 'TurnSummary',
  debrief: 'Debrief',
};

export function startDirector(game: Phaser.Game, store: GameStore): void {
  let shown: string | null = null;
  const show = (screen: Screen, counterpart: string | null) => {
    const key = SCENE_FOR[screen];
    const tag = `${key}:${counterpart ?? ''}`;
    if (tag === shown) return;
    for (const scene of game.scene.getScenes(true)) if (scene.scene.key !== key) game.scene.stop(scene.scene.key);
    if (game.scene.isActive(key)) game.scene.getScene(key)!.scene.restart();
    else game.scene.start(key);
    shown = tag;
  };
  show(store.getState().screen, store.getState().counterpart);
  store.subscribe((s) => show(s.screen, s.counterpart));
}
