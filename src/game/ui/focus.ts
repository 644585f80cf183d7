// Keyboard play without a mouse: Tab and Shift+Tab move a visible focus ring, Enter or Space activates.
import Phaser from 'phaser';
import { colour } from '../theme';

export interface Focusable {
  bounds(): Phaser.Geom.Rectangle;
  activate(): void;
  enabled(): boolean;
  isShown(): boolean;
}

export class FocusRing {
  private items: Focusable[] = [];
  private index = -1;
  private readonly ring: Phaser.GameObjects.Graphics;

  constructor(private readonly scene: Phaser.Scene) {
    this.ring = scene.add.graphics().setDepth(1000);
    const keyboard = scene.input.keyboard;
    const onKey = (event: KeyboardEvent) => this.onKey(event);
    keyboard?.on('keydown', onKey);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard?.off('keydown', onKey));
  }

  add(item: Focusable): void {
    this.items.push(item);
  }

  clear(): void {
    this.items = [];
    this.index = -1;
    this.ring.clear();
  }

  remove(item: Focusable): void {
    const at = this.items.indexOf(item);
    if (at < 0) return;
    this.items.splice(at, 1);
    if (this.index >= at) this.index--;
    this.draw();
  }

  focus(item: Focusable): void {
    this.index = this.items.indexOf(item);
    this.draw();
  }

  focused(): Focusable | undefined {
    return this.items[this.index];
  }

  private usable(): Focusable[] {
    return this.items.filter((i) => i.enabled() && i.isShown());
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Tab') {
      event.preventDefault();
      this.move(event.shiftKey ? -1 : 1);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.focused()?.enabled()) {
      event.preventDefault();
      this.focused()!.activate();
    }
  }

  private move(step: number): void {
    const usable = this.usable();
    if (usable.length === 0) return;
    const current = usable.indexOf(this.items[this.index]!);
    const next = usable[(current + step + usable.length) % usable.length]!;
    this.index = this.items.indexOf(next);
    this.draw();
  }

  draw(): void {
    this.ring.clear();
    const item = this.items[this.index];
    if (!item || !item.isShown()) return;
    const b = item.bounds();
    this.ring
      .lineStyle(3, colour.focus, 1)
      .strokeRoundedRect(b.x - 4, b.y - 4, b.width + 8, b.height + 8, 8);
  }
}
