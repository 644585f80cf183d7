// The map table: Northeast Asia from the pre-projected map asset, capitals, and Seoul's relationship lines.
import Phaser from 'phaser';
import { colour, css } from '../theme';
import { t } from '../i18n';
import { bakeDrawing } from './baked-drawing';
import { asVectors, type Point } from './dashed-path';
import { arcPoints, drawRelationLine, relationCss, relationWord } from './relation-lines';
import { addText } from './text';
import { shortNumber } from './wording';

export interface MapData {
  width: number;
  height: number;
  countries: { id: string; name: string; rings: [number, number][][] }[];
  capitals: Record<string, [number, number]>;
  offMap: Record<string, { edge: string; at: [number, number] }>;
}

/** One counterpart as the map shows it. */
export interface MapPin {
  id: string;
  name: string;
  /** Names to look the capital up by in the map asset, best first. */
  keys: string[];
  level: number;
  unit: string;
  atTable: boolean;
  hotkey?: string;
  /** Why a counterpart at the table cannot be talked to now ('deal signed ✓'). */
  note?: string;
}

export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each capital's label sits relative to its marker: away from Seoul and from the other labels. */
const LABEL_SIDE: Record<string, 'left' | 'right' | 'above' | 'below'> = {
  pyongyang: 'above',
  beijing: 'above',
  tokyo: 'below',
};

/** The map is valid enough to draw; bad or missing data falls back to a plain sea. */
export function asMapData(raw: unknown): MapData | null {
  const m = raw as Partial<MapData> | null | undefined;
  if (!m || typeof m.width !== 'number' || !Array.isArray(m.countries) || !m.capitals) return null;
  return { ...m, offMap: m.offMap ?? {} } as MapData;
}

export class MapView {
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly stateTexts = new Map<string, Phaser.GameObjects.Text>();
  private readonly ends = new Map<string, Point | undefined>();
  private readonly seoul: Point;
  private readonly scale: number;
  private readonly origin: Point;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly data: MapData | null,
    private readonly view: Viewport,
    private readonly pins: MapPin[],
    private readonly onPick: (id: string) => void,
  ) {
    // Fit the part of the asset where the capitals are, not its whole frame: the region reads larger.
    this.scale = Math.min(view.width / 880, view.height / 470);
    this.origin = {
      x: view.x + view.width / 2 - 500 * this.scale,
      y: view.y + view.height / 2 - 375 * this.scale,
    };
    this.drawLand();
    this.seoul = this.project(data?.capitals['seoul'] ?? [423, 392]);
    this.lines = scene.add.graphics();
    for (const pin of pins) this.ends.set(pin.id, this.endOf(pin));
    this.setLevels(Object.fromEntries(pins.map((p) => [p.id, p.level])));
    this.drawSeoul();
    for (const pin of pins) this.drawPin(pin);
    this.drawMoscow();
  }

  /** Redraws every line at the given levels (the board tweens these to show a line tightening). */
  setLevels(levels: Record<string, number>): void {
    this.lines.clear();
    for (const pin of this.pins) {
      const end = this.ends.get(pin.id);
      const level = levels[pin.id] ?? pin.level;
      if (!end) continue;
      const bow = pin.id === 'washington' ? -0.08 : 0.1;
      drawRelationLine(this.lines, arcPoints(this.seoul, end, bow), level);
      const text = this.stateTexts.get(pin.id);
      if (text) text.setText(this.stateLine(pin, level)).setColor(relationCss(level));
    }
  }

  private project([x, y]: [number, number]): Point {
    return { x: this.origin.x + x * this.scale, y: this.origin.y + y * this.scale };
  }

  private capitalOf(pin: MapPin): [number, number] | undefined {
    for (const key of pin.keys) if (this.data?.capitals[key]) return this.data.capitals[key];
    return undefined;
  }

  private offMapOf(pin: MapPin) {
    for (const key of pin.keys) if (this.data?.offMap[key]) return this.data.offMap[key];
    return undefined;
  }

  /** A capital on the map, or the point where an off-map capital's arrow meets the viewport's edge. */
  private endOf(pin: MapPin): Point | undefined {
    const on = this.capitalOf(pin);
    if (on) return this.project(on);
    const off = this.offMapOf(pin);
    if (!off) return undefined;
    const p = this.project(off.at);
    const v = this.view;
    return {
      x: Math.min(v.x + v.width - 34, Math.max(v.x + 18, p.x)),
      y: Math.min(v.y + v.height - 18, Math.max(v.y + 60, p.y)),
    };
  }

  private drawLand(): void {
    const g = this.scene.add.graphics();
    const v = this.view;
    g.fillStyle(colour.sea, 1).fillRect(v.x, v.y, v.width, v.height);
    g.lineStyle(1, colour.panelEdge, 0.18);
    for (let gx = v.x + 40; gx < v.x + v.width; gx += 80)
      g.lineBetween(gx, v.y, gx, v.y + v.height);
    for (let gy = v.y + 40; gy < v.y + v.height; gy += 80)
      g.lineBetween(v.x, gy, v.x + v.width, gy);
    for (const country of this.data?.countries ?? []) {
      const fill = country.id === 'KOR' ? colour.landSeoul : colour.land;
      for (const ring of country.rings) {
        if (ring.length < 3) continue;
        const points = ring.map((p) => this.project(p));
        g.fillStyle(fill, 1).fillPoints(asVectors(points), true);
        g.lineStyle(
          country.id === 'KOR' ? 2 : 1,
          country.id === 'KOR' ? colour.blue : colour.landEdge,
          country.id === 'KOR' ? 0.8 : 0.9,
        );
        g.strokePoints(asVectors(points), true, true);
      }
    }
    bakeDrawing(this.scene, g, v);
    if (!this.data) {
      addText(this.scene, v.x + 16, v.y + v.height - 36, t('map.unavailable'), 'small', {
        colour: css.faint,
      });
    }
  }

  private drawSeoul(): void {
    const g = this.scene.add.graphics();
    const { x, y } = this.seoul;
    g.fillStyle(colour.background, 1).fillCircle(x, y, 11);
    g.lineStyle(3, colour.orange, 1).strokeCircle(x, y, 10);
    g.fillStyle(colour.orange, 1).fillCircle(x, y, 5);
    addText(this.scene, x + 4, y + 16, t('map.seoul'), 'body', {
      colour: css.accent,
      bold: true,
    }).setOrigin(0.5, 0);
  }

  private stateLine(pin: MapPin, level: number): string {
    const unit = pin.unit === '%' ? '%' : ` ${pin.unit}`;
    return `${shortNumber(level)}${pin.unit ? unit : ''} · ${relationWord(level)}`;
  }

  private drawPin(pin: MapPin): void {
    const end = this.ends.get(pin.id);
    if (!end) return;
    const off = !this.capitalOf(pin);
    const g = this.scene.add.graphics();
    if (off) this.drawArrow(g, end);
    else {
      g.fillStyle(colour.background, 1).fillCircle(end.x, end.y, 8);
      g.lineStyle(2, colour.white, 1).strokeCircle(end.x, end.y, 7);
      g.fillStyle(colour.white, 1).fillCircle(end.x, end.y, 3);
    }
    const label = this.addLabel(pin, end, off);
    if (pin.atTable) this.markAtTable(g, end, off);
    this.makePickable(pin, label, end);
  }

  private drawArrow(g: Phaser.GameObjects.Graphics, end: Point): void {
    g.fillStyle(colour.white, 1).fillTriangle(
      end.x + 14,
      end.y,
      end.x - 4,
      end.y - 10,
      end.x - 4,
      end.y + 10,
    );
  }

  private markAtTable(g: Phaser.GameObjects.Graphics, end: Point, off: boolean): void {
    const ring = this.scene.add
      .circle(end.x + (off ? 4 : 0), end.y, 14)
      .setStrokeStyle(2, colour.yellow, 1);
    this.scene.tweens.add({
      targets: ring,
      scale: 1.5,
      alpha: 0,
      duration: 1400,
      repeat: -1,
      ease: 'Sine.easeOut',
    });
    g.lineStyle(2, colour.yellow, 0.9).strokeCircle(end.x + (off ? 4 : 0), end.y, 14);
  }

  private addLabel(pin: MapPin, end: Point, off: boolean): Phaser.GameObjects.Container {
    const side = off
      ? 'offmap'
      : (LABEL_SIDE[pin.keys.find((k) => LABEL_SIDE[k]) ?? ''] ?? 'below');
    const lines: Phaser.GameObjects.Text[] = [];
    const name = off ? `→ ${pin.name}` : pin.name;
    lines.push(addText(this.scene, 0, 0, name, 'body', { bold: true }));
    const state = addText(this.scene, 0, 0, this.stateLine(pin, pin.level), 'small', {
      colour: relationCss(pin.level),
      bold: true,
    });
    this.stateTexts.set(pin.id, state);
    lines.push(state);
    if (pin.atTable)
      lines.push(
        addText(
          this.scene,
          0,
          0,
          pin.hotkey ? t('map.atTableKey', { key: pin.hotkey }) : t('map.atTable'),
          'small',
          { colour: css.warn },
        ),
      );
    else if (pin.note)
      lines.push(addText(this.scene, 0, 0, pin.note, 'small', { colour: css.muted }));
    const c = this.scene.add.container(0, 0);
    const width = Math.max(...lines.map((t) => t.width));
    const height = lines.length * 22;
    const bg = this.scene.add.graphics();
    bg.fillStyle(colour.background, 0.72).fillRoundedRect(-6, -3, width + 12, height + 6, 6);
    c.add(bg);
    lines.forEach((t, i) => c.add(t.setPosition(0, i * 22)));
    const at = labelOrigin(side, end, width, height);
    c.setPosition(at.x, at.y);
    c.setSize(width, height);
    return c;
  }

  private makePickable(pin: MapPin, label: Phaser.GameObjects.Container, end: Point): void {
    const pick = () => {
      if (pin.atTable) this.onPick(pin.id);
    };
    const hover = (on: boolean) => label.setAlpha(on && pin.atTable ? 0.8 : 1);
    const marker = this.scene.add
      .zone(end.x, end.y, 40, 40)
      .setInteractive({ useHandCursor: pin.atTable });
    const area = this.scene.add
      .zone(label.x - 6, label.y - 3, label.width + 12, label.height + 6)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: pin.atTable });
    for (const z of [marker, area]) {
      z.on('pointerup', pick);
      z.on('pointerover', () => hover(true));
      z.on('pointerout', () => hover(false));
    }
  }

  private drawMoscow(): void {
    const off = this.data?.offMap['moscow'];
    if (!off) return;
    const p = this.project(off.at);
    const x = Math.min(this.view.x + this.view.width - 120, Math.max(this.view.x + 12, p.x));
    addText(this.scene, x, this.view.y + 8, t('map.moscow'), 'small', {
      colour: css.faint,
    });
  }
}

function labelOrigin(side: string, end: Point, width: number, height: number): Point {
  switch (side) {
    case 'left':
      return { x: end.x - 18 - width, y: end.y - height / 2 };
    case 'right':
      return { x: end.x + 18, y: end.y - height / 2 };
    case 'above':
      return { x: end.x - width / 2, y: end.y - 16 - height };
    case 'offmap':
      return { x: end.x - 12 - width, y: end.y + 16 };
    default:
      return { x: end.x - width / 2, y: end.y + 16 };
  }
}
