// A clipped, scrollable window: its rows live far beside the design box and a second camera shows them.
import Phaser from 'phaser';
import { colour } from '../theme';
import { currentZoom } from './layout';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The fill behind the window, used to fade rows out at a cut edge (default: the panel colour). */
  fadeTo?: number;
}

const FADE = 22;

/** Each scroll view gets its own lane of the world, well clear of the 1280×720 design box. */
const LANE_WIDTH = 4000;
let lanes = 0;

/** Rows are added to `content` at (0, y) for y ≥ 0; wheel, drag and scrollBy() move the window over them. */
export class ScrollView {
  readonly content: Phaser.GameObjects.Container;
  private readonly camera: Phaser.Cameras.Scene2D.Camera;
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly fades: Phaser.GameObjects.Graphics;
  private readonly laneX: number;
  private offset = 0;
  private contentHeight = 0;
  private drag: { fromY: number; fromOffset: number } | null = null;
  private readonly grip: Phaser.GameObjects.Zone;
  private readonly unlisten: (() => void)[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly area: Area,
  ) {
    this.laneX = LANE_WIDTH * (2 + (lanes++ % 8));
    this.content = scene.add.container(this.laneX, 0);
    this.camera = scene.cameras.add(0, 0, 1, 1, false, 'scroll-view');
    this.bar = scene.add.graphics();
    this.fades = scene.add.graphics().setDepth(1);
    this.grip = this.listen();
    this.listenTo(scene.scale, Phaser.Scale.Events.RESIZE, () => this.layout());
    const destroy = () => this.destroy();
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, destroy);
    this.unlisten.push(() => scene.events.off(Phaser.Scenes.Events.SHUTDOWN, destroy));
    this.layout();
  }

  /** Removes the window, its rows and its listeners (done for you when the scene shuts down). */
  destroy(): void {
    for (const off of this.unlisten.splice(0)) off();
    this.scene.cameras.remove(this.camera);
    this.content.destroy();
    this.fades.destroy();
    this.bar.destroy();
    this.grip.destroy();
  }

  /** Puts the window (and its scrollbar) above everything the main camera draws at a depth up to `depth`. */
  setDepth(depth: number): this {
    this.bar.setDepth(depth);
    this.grip.setDepth(depth);
    return this;
  }

  /** Call after adding rows: the height the rows take, so the view knows how far it may scroll. */
  setContentHeight(height: number): this {
    this.contentHeight = height;
    this.scrollTo(this.offset);
    return this;
  }

  scrollBy(dy: number): void {
    this.scrollTo(this.offset + dy);
  }

  scrollTo(y: number): void {
    this.offset = Phaser.Math.Clamp(y, 0, this.maxOffset());
    this.camera.centerOn(this.laneX + this.area.width / 2, this.offset + this.area.height / 2);
    this.drawBar();
    this.drawFades();
  }

  /** Rows cut by the window's edge fade out, so a cut line reads as "more this way", not as a glitch. */
  private drawFades(): void {
    const { width, height } = this.area;
    const c = this.area.fadeTo ?? colour.panel;
    const g = this.fades.clear().setPosition(this.laneX, this.offset);
    if (this.offset > 0.5) g.fillGradientStyle(c, c, c, c, 1, 1, 0, 0).fillRect(0, 0, width, FADE);
    if (this.offset < this.maxOffset() - 0.5)
      g.fillGradientStyle(c, c, c, c, 0, 0, 1, 1).fillRect(0, height - FADE, width, FADE);
  }

  /** ↑ ↓, Page Up/Down, Home and End scroll this view until it is destroyed. */
  bindKeys(): this {
    const keyboard = this.scene.input.keyboard;
    if (!keyboard) return this;
    this.listenTo(keyboard, 'keydown', (e: KeyboardEvent) => {
      const page = this.pageSize();
      const steps: Record<string, number> = {
        ArrowUp: -40,
        ArrowDown: 40,
        PageUp: -page,
        PageDown: page,
      };
      if (e.key === 'Home') this.scrollTo(0);
      else if (e.key === 'End') this.scrollTo(this.maxOffset());
      else if (steps[e.key] !== undefined) this.scrollBy(steps[e.key]!);
      else return;
      e.preventDefault();
    });
    return this;
  }

  pageSize(): number {
    return this.area.height - 48;
  }

  private maxOffset(): number {
    return Math.max(0, this.contentHeight - this.area.height);
  }

  private layout(): void {
    const z = currentZoom(this.scene);
    const { x, y, width, height } = this.area;
    this.camera.setViewport(
      Math.round(x * z),
      Math.round(y * z),
      Math.round(width * z),
      Math.round(height * z),
    );
    this.camera.setZoom(z);
    this.scrollTo(this.offset);
  }

  /** Where the pointer is in design units: the main camera maps the design box onto the whole canvas. */
  private inside(pointer: Phaser.Input.Pointer): boolean {
    const z = currentZoom(this.scene);
    const { x, y, width, height } = this.area;
    return Phaser.Geom.Rectangle.Contains(
      new Phaser.Geom.Rectangle(x, y, width, height),
      pointer.x / z,
      pointer.y / z,
    );
  }

  private listenTo(
    emitter: Phaser.Events.EventEmitter,
    event: string,
    fn: (...args: never[]) => void,
  ): void {
    emitter.on(event, fn);
    this.unlisten.push(() => emitter.off(event, fn));
  }

  /** Drag anywhere in the window, or turn the wheel over it. */
  private listen(): Phaser.GameObjects.Zone {
    const input = this.scene.input;
    const { x, y, width, height } = this.area;
    const grip = this.scene.add
      .zone(x, y, width, height)
      .setOrigin(0)
      .setInteractive({ cursor: 'grab' });
    grip.on(
      'pointerdown',
      (p: Phaser.Input.Pointer) => (this.drag = { fromY: p.y, fromOffset: this.offset }),
    );
    this.listenTo(input, 'pointermove', (p: Phaser.Input.Pointer) => {
      if (!this.drag || !p.isDown) return;
      this.scrollTo(this.drag.fromOffset + (this.drag.fromY - p.y) / currentZoom(this.scene));
    });
    this.listenTo(input, 'pointerup', () => (this.drag = null));
    this.listenTo(input, 'gameout', () => (this.drag = null));
    this.listenTo(
      input,
      'wheel',
      (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
        if (this.inside(p)) this.scrollBy(dy * 0.6);
      },
    );
    return grip;
  }

  private drawBar(): void {
    const { x, y, width, height } = this.area;
    this.bar.clear();
    if (this.contentHeight <= height) return;
    const track = { x: x + width - 6, y: y + 4, h: height - 8 };
    const thumb = Math.max(32, (track.h * height) / this.contentHeight);
    const at = track.y + ((track.h - thumb) * this.offset) / this.maxOffset();
    this.bar.fillStyle(colour.panelEdge, 0.6).fillRoundedRect(track.x, track.y, 4, track.h, 2);
    this.bar.fillStyle(colour.blue, 0.9).fillRoundedRect(track.x - 1, at, 6, thumb, 3);
  }
}
