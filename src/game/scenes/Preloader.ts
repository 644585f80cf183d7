// Waits for the store (the scenarios, the fonts) and the map, showing progress if the map is still to come;
// then hands over to the director, which shows the Title screen.
import Phaser from 'phaser';
import mapUrl from '../../../assets/map/northeast-asia.json?url';
import type { GameStore } from '../../store';
import { storeReady } from '../context';
import { startDirector } from '../director';
import { prefetchedMap } from '../prefetch';
import { t } from '../i18n';
import { colour, css, edges, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { fitCamera } from '../ui/layout';
import { addText } from '../ui/text';

export const MAP_KEY = 'map-northeast-asia';

export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  create(): void {
    fitCamera(this);
    void storeReady(this.game).then((store) => this.loadMap(store));
  }

  /** The page fetched the map with the scenarios: with it in hand there is nothing to wait for, nor to show. */
  private loadMap(store: GameStore): void {
    const map = prefetchedMap();
    if (map) {
      this.cache.json.add(MAP_KEY, map);
      startDirector(this.game, store);
      // Here, in the data's callback between two frames, the Title has just been built: drawn now, in time the
      // page would spend waiting, it shows at the next frame rather than a frame's drawing after it.
      this.game.loop.tick();
      return;
    }
    const barWidth = 480;
    const x = (DESIGN_WIDTH - barWidth) / 2;
    const y = DESIGN_HEIGHT / 2;
    addText(this, DESIGN_WIDTH / 2, y - 48, t('game.name'), 'title', {
      colour: css.accent,
    }).setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(edges.panel, colour.panelEdge).strokeRect(x, y, barWidth, 16);
    const bar = this.add.graphics();
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => {
      bar
        .clear()
        .fillStyle(colour.orange)
        .fillRect(x + 2, y + 2, (barWidth - 4) * p, 12);
    });
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, () => {
      addText(this, DESIGN_WIDTH / 2, y + 48, t('preloader.mapFailed'), 'body', {
        colour: css.warn,
      }).setOrigin(0.5);
    });
    // After a failure too: the game plays on without the map's outlines (see asMapData).
    this.load.once(Phaser.Loader.Events.COMPLETE, () => startDirector(this.game, store));
    this.load.json(MAP_KEY, mapUrl);
    this.load.start();
  }
}
