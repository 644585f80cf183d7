// The benchmark baseline: a blank Phaser 4 page built the same way as the game, drawing one line of text.
import Phaser from 'phaser';
import { CODE_READY_MARK, TITLE_BUILDING_MARK } from '../../src/game/marks';

performance.mark(CODE_READY_MARK);

class Blank extends Phaser.Scene {
  constructor() {
    super('Blank');
  }

  create(): void {
    performance.mark(TITLE_BUILDING_MARK);
    this.add.text(40, 40, 'Blank Phaser page', {
      fontFamily: 'sans-serif',
      fontSize: '18px',
      color: '#e8eef5',
    });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      document.documentElement.dataset.screen = 'title';
      performance.mark('screen:title');
    });
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 1280,
  height: 720,
  backgroundColor: '#0a1320',
  scene: [Blank],
  banner: false,
  audio: { noAudio: true },
});
