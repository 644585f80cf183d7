// Shows the scene the store names: the one place where screens change.
import Phaser from 'phaser';
import type { GameStore, Screen } from '../store';
import { onLanguageChange } from './i18n';
import { fetchMap, MAP_KEY } from './map-data';
import { laterScenes } from './scenes';

export const SCENE_FOR: Record<Screen, string> = {
  title: 'Title',
  briefing: 'Briefing',
  board: 'Board',
  negotiation: 'Negotiation',
  events: 'Events',
  summary: 'TurnSummary',
  debrief: 'Debrief',
};

/**
 * Adds the scenes after the Title to the game, once, with the board's map in Phaser's cache; resolves when
 * both are there. A map that could not be fetched leaves the board drawing its capitals without outlines.
 */
let later: Promise<void> | null = null;

function addLaterScenes(game: Phaser.Game): Promise<void> {
  later ??= Promise.all([laterScenes(), fetchMap()]).then(([scenes, map]) => {
    if (map !== null && !game.cache.json.exists(MAP_KEY)) game.cache.json.add(MAP_KEY, map);
    for (const Scene of scenes) {
      const scene = new Scene();
      game.scene.add(scene.sys.settings.key, scene);
    }
  });
  return later;
}

export function startDirector(game: Phaser.Game, store: GameStore): void {
  let shown: string | null = null;
  const show = (screen: Screen, counterpart: string | null, finishedTurns: number) => {
    const key = SCENE_FOR[screen];
    // A screen whose scene has not loaded yet is shown once it has and the scene manager has taken it in
    // (at its next step); the store may have moved on by then.
    if (!game.scene.getScene(key)) {
      void addLaterScenes(game).then(() =>
        game.events.once(Phaser.Core.Events.POST_STEP, () => showState(store.getState())),
      );
      return;
    }
    // The turn summary shows the latest finished turn: a newer one is a new screen, even with no screen between.
    const tag = `${key}:${counterpart ?? ''}:${screen === 'summary' ? finishedTurns : ''}`;
    if (tag === shown) return;
    for (const scene of game.scene.getScenes(true))
      if (scene.scene.key !== key) game.scene.stop(scene.scene.key);
    if (game.scene.isActive(key)) game.scene.getScene(key)!.scene.restart();
    else game.scene.start(key);
    shown = tag;
    markWhenDrawn(game, key, screen);
  };
  const showState = (s: ReturnType<GameStore['getState']>) =>
    show(s.screen, s.counterpart, s.game?.history.length ?? 0);
  showState(store.getState());
  store.subscribe(showState);
  // Every word on screen comes from the catalogue as a scene draws: a new language redraws what is shown.
  onLanguageChange(() => {
    for (const scene of game.scene.getScenes(true)) scene.scene.restart();
  });
}

/** Resolves when the director has marked the first screen it drew (`<html data-screen>`). */
export function firstScreenDrawn(): Promise<void> {
  return new Promise((done) => {
    if (document.documentElement.dataset.screen) return done();
    const watch = new MutationObserver(() => {
      if (!document.documentElement.dataset.screen) return;
      watch.disconnect();
      done();
    });
    watch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-screen'] });
  });
}

/**
 * Marks the first frame a screen has drawn once its scene runs: `document.documentElement.dataset.screen` and a
 * performance mark `screen:<name>`, which the boot benchmark and the browser tests wait for.
 */
let pendingMark: (() => void) | null = null;

function markWhenDrawn(game: Phaser.Game, key: string, screen: Screen): void {
  if (pendingMark) game.events.off(Phaser.Core.Events.POST_RENDER, pendingMark);
  const check = () => {
    const scene = game.scene.getScene(key);
    if (!scene || scene.sys.settings.status !== Phaser.Scenes.RUNNING) return;
    game.events.off(Phaser.Core.Events.POST_RENDER, check);
    pendingMark = null;
    document.documentElement.dataset.screen = screen;
    performance.mark(`screen:${screen}`);
    // The rest of the game loads while the player reads the first screen, not before it appears.
    void addLaterScenes(game);
  };
  pendingMark = check;
  game.events.on(Phaser.Core.Events.POST_RENDER, check);
}
