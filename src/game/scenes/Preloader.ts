// Waits for the store (the scenarios, the fonts), then hands over to the director, which shows the first screen.
// The board's map comes later, with the scenes after the Title (see director).
import Phaser from 'phaser';
import type { GameStore } from '../../store';
import { storeReady } from '../context';
import { startDirector } from '../director';
import { fitCamera } from '../ui/layout';

export class Preloader extends Phaser.Scene {
  constructor() {
    super('Preloader');
  }

  create(): void {
    fitCamera(this);
    void storeReady(this.game).then((store) => this.hand(store));
  }

  private hand(store: GameStore): void {
    startDirector(this.game, store);
    // Here, in the data's callback between two frames, the first screen has just been built: drawn now, in
    // time the page would spend waiting, it shows at the next frame rather than a frame's drawing after it.
    this.game.loop.tick();
  }
}
