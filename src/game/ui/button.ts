// A button that works by pointer, touch and keyboard: its hotkey is shown on it and it joins the focus ring.
import Phaser from 'phaser';
import { colour, css, hex, edges } from '../theme';
import type { FocusRing, Focusable } from './focus';
import { addText } from './text';

export interface ButtonOptions {
  x: number;
  y: number;
  width: number;
  height?: number;
  label: string;
  /** A key name as Phaser spells it (e.g. 'N', 'ENTER', 'ESC', 'ONE'), shown as a hint. */
  hotkey?: string;
  hint?: string;
  kind?: 'primary' | 'normal' | 'quiet' | 'danger';
  onPress: () => void;
  focus?: FocusRing;
}

/** Read as the button draws, so it is in the palette of the moment. */
function kindStyle(kind: ButtonOptions['kind'] = 'normal'): {
  fill: number;
  edge: number;
  text: string;
} {
  switch (kind) {
    case 'primary':
      return { fill: colour.orange, edge: colour.orange, text: css.dark };
    case 'quiet':
      return { fill: colour.panel, edge: colour.panelEdge, text: css.muted };
    case 'danger':
      return { fill: colour.panelRaised, edge: colour.vermillion, text: css.text };
    default:
      return { fill: colour.panelRaised, edge: colour.panelEdge, text: css.text };
  }
}

export class Button extends Phaser.GameObjects.Container implements Focusable {
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly labelText: Phaser.GameObjects.Text;
  private readonly hintText?: Phaser.GameObjects.Text;
  private isEnabled = true;
  private hovered = false;
  private readonly bw: number;
  private readonly bh: number;

  constructor(
    scene: Phaser.Scene,
    private readonly options: ButtonOptions,
  ) {
    super(scene, options.x, options.y);
    this.bw = options.width;
    this.bh = options.height ?? 48;
    this.bg = scene.add.graphics();
    const style = kindStyle(options.kind);
    const hint = options.hint ?? (options.hotkey ? keyLabel(options.hotkey) : undefined);
    this.labelText = addText(scene, 16, this.bh / 2, options.label, 'body', {
      colour: style.text,
      bold: true,
    }).setOrigin(0, 0.5);
    this.add([this.bg, this.labelText]);
    if (hint) {
      this.hintText = addText(scene, this.bw - 12, this.bh / 2, hint, 'small', {
        colour: style.text,
      })
        .setOrigin(1, 0.5)
        .setAlpha(0.85);
      this.add(this.hintText);
    }
    this.fitLabel();
    this.setSize(this.bw, this.bh);
    const zone = scene.add
      .zone(this.bw / 2, this.bh / 2, this.bw, this.bh)
      .setInteractive({ useHandCursor: true });
    this.add(zone);
    zone.on('pointerover', () => this.setHover(true));
    zone.on('pointerout', () => this.setHover(false));
    zone.on('pointerup', () => this.activate());
    if (options.hotkey) {
      const event = `keydown-${options.hotkey}`;
      const handler = (e: KeyboardEvent) => {
        if (this.isShown() && this.isEnabled) {
          e.preventDefault();
          this.activate();
        }
      };
      scene.input.keyboard?.on(event, handler);
      this.once(Phaser.GameObjects.Events.DESTROY, () => scene.input.keyboard?.off(event, handler));
    }
    options.focus?.add(this);
    this.once(Phaser.GameObjects.Events.DESTROY, () => options.focus?.remove(this));
    this.redraw();
    scene.add.existing(this);
  }

  activate(): void {
    if (this.isEnabled) this.options.onPress();
  }

  enabled(): boolean {
    return this.isEnabled;
  }

  isShown(): boolean {
    let node: Phaser.GameObjects.Container | null = this as Phaser.GameObjects.Container;
    while (node) {
      if (!node.visible || !node.active) return false;
      node = node.parentContainer;
    }
    return true;
  }

  bounds(): Phaser.Geom.Rectangle {
    const m = this.getWorldTransformMatrix();
    return new Phaser.Geom.Rectangle(m.tx, m.ty, this.bw, this.bh);
  }

  setEnabled(on: boolean): this {
    this.isEnabled = on;
    this.setAlpha(on ? 1 : 0.45);
    return this;
  }

  setLabel(label: string): this {
    this.labelText.setText(label);
    this.fitLabel();
    return this;
  }

  private fitLabel(): void {
    const room = this.bw - 32 - (this.hintText ? this.hintText.width + 8 : 0);
    this.labelText.setScale(Math.min(1, room / Math.max(1, this.labelText.width)));
  }

  private setHover(on: boolean): void {
    this.hovered = on;
    this.redraw();
  }

  private redraw(): void {
    const style = kindStyle(this.options.kind);
    this.bg.clear();
    this.bg
      .fillStyle(style.fill, this.hovered ? 0.85 : 1)
      .fillRoundedRect(0, 0, this.bw, this.bh, 8);
    this.bg
      .lineStyle(edges.panel + (this.hovered ? 1 : 0), this.hovered ? colour.white : style.edge, 1)
      .strokeRoundedRect(0, 0, this.bw, this.bh, 8);
  }
}

export function keyLabel(key: string): string {
  const names: Record<string, string> = {
    ENTER: 'Enter',
    ESC: 'Esc',
    SPACE: 'Space',
    LEFT: '←',
    RIGHT: '→',
    UP: '↑',
    DOWN: '↓',
    BACKSPACE: 'Backspace',
  };
  const digits: Record<string, string> = {
    ONE: '1',
    TWO: '2',
    THREE: '3',
    FOUR: '4',
    FIVE: '5',
    SIX: '6',
    SEVEN: '7',
    EIGHT: '8',
    NINE: '9',
    ZERO: '0',
  };
  return `[${names[key] ?? digits[key] ?? key}]`;
}

export { hex };
