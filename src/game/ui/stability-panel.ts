// How Seoul stands: the Alliance Stability Index (with its parts on demand) and every track with its trend.
import Phaser from 'phaser';
import { t } from '../i18n';
import { colour, css, edges } from '../theme';
import { countTo } from './count-to';
import type { Focusable, FocusRing } from './focus';
import { addPanel } from './panel';
import { drawSparkline } from './sparkline';
import { addText } from './text';
import type { Tooltip, TooltipRow } from './tooltip';
import { deltaColour, deltaText, shortNumber, signed, withUnit } from './wording';

export interface TrackStanding {
  id: string;
  label: string;
  unit?: string;
  meaning: string;
  value: number;
  /** Where it stood at the end of the last turn (or its start value on turn 1). */
  previous: number;
  /** Where the board last showed it, to count from. */
  shownBefore: number;
  series: number[];
}

export interface Standing {
  stability: number;
  stabilityPrevious: number;
  stabilityShownBefore: number;
  /** 'since last turn', or 'since the start' on turn 1. */
  since: string;
  parts: { label: string; amount: number }[];
  tracks: TrackStanding[];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const INDEX_HEIGHT = 108;

export class StabilityPanel implements Focusable {
  private readonly indexBox: Phaser.Geom.Rectangle;
  /** True while a dialog covers the board: the index leaves the focus ring. */
  blocked = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly box: Box,
    private readonly standing: Standing,
    private readonly tooltip: Tooltip,
    focus: FocusRing,
  ) {
    addPanel(scene, box.x, box.y, box.width, box.height);
    this.indexBox = new Phaser.Geom.Rectangle(
      box.x + 6,
      box.y + 6,
      box.width - 12,
      INDEX_HEIGHT - 8,
    );
    this.drawIndex();
    const rowHeight = (box.height - INDEX_HEIGHT - 8) / Math.max(1, standing.tracks.length);
    standing.tracks.forEach((t, i) =>
      this.drawTrack(t, box.y + INDEX_HEIGHT + i * rowHeight, rowHeight),
    );
    focus.add(this);
  }

  bounds(): Phaser.Geom.Rectangle {
    return this.indexBox;
  }

  activate(): void {
    if (this.tooltip.shown()) this.tooltip.hide();
    else this.showParts();
  }

  enabled(): boolean {
    return !this.blocked;
  }

  isShown(): boolean {
    return true;
  }

  showParts(): void {
    const rows: TooltipRow[] = this.standing.parts.map((p) => ({
      label: p.label,
      value: signed(p.amount),
      valueColour: p.amount < 0 ? css.down : css.text,
    }));
    rows.push({
      label: t('common.asi'),
      value: `= ${shortNumber(this.standing.stability)}`,
      valueColour: css.accent,
    });
    this.tooltip.show(this.box.x - 8, this.box.y, t('stability.partsTitle'), rows, 420);
  }

  private drawIndex(): void {
    const s = this.scene;
    const { x, y, width } = this.box;
    const st = this.standing;
    addText(s, x + 16, y + 10, t('stability.kicker'), 'small', {
      colour: css.accent,
      bold: true,
      letterSpacing: 1.5,
    });
    addText(s, x + width - 16, y + 10, t('stability.partsHint'), 'small', {
      colour: css.faint,
    }).setOrigin(1, 0);
    const big = addText(s, x + 16, y + 28, '', 'display', { bold: true });
    const change = st.stability - st.stabilityPrevious;
    const moved = t('stability.moved', { delta: deltaText(change), since: st.since });
    const delta = addText(s, x + 0, y + 44, moved, 'body', {
      colour: deltaColour(change),
      bold: true,
    });
    const bar = s.add.graphics();
    const barBox = { x: x + 16, y: y + 86, width: width - 32, height: 12 };
    countTo(s, st.stabilityShownBefore, st.stability, (v) => {
      big.setText(shortNumber(v));
      delta.setX(big.x + big.width + 14);
      drawBar(bar, barBox, v, st.stabilityPrevious);
    });
    const zone = s.add
      .zone(this.indexBox.x, this.indexBox.y, this.indexBox.width, this.indexBox.height)
      .setOrigin(0, 0)
      .setInteractive();
    zone.on('pointerover', () => this.showParts());
    zone.on('pointerout', () => this.tooltip.hide());
  }

  private drawTrack(t: TrackStanding, y: number, height: number): void {
    const s = this.scene;
    const { x, width } = this.box;
    const g = s.add.graphics();
    g.lineStyle(1, colour.panelEdge, 0.6).lineBetween(x + 12, y, x + width - 12, y);
    addText(s, x + 16, y + 4, t.label, 'small', { colour: css.muted });
    const value = addText(s, x + 16, y + height - 26, '', 'heading', { bold: true });
    const change = t.value - t.previous;
    const delta = addText(s, 0, y + height - 23, deltaText(change), 'body', {
      colour: deltaColour(change),
      bold: true,
    });
    countTo(s, t.shownBefore, t.value, (v) => {
      value.setText(withUnit(Math.round(v * 10) / 10, t.unit));
      delta.setX(value.x + value.width + 10);
    });
    const spark = { x: x + width - 150, y: y + 8, width: 132, height: height - 16 };
    drawSparkline(g, [...t.series, t.value], spark, {
      line: change < 0 ? colour.vermillion : colour.blue,
    });
    const zone = s.add.zone(x, y, width, height).setOrigin(0, 0).setInteractive();
    zone.on('pointerover', () =>
      this.tooltip.show(x - 8, y, t.label.toUpperCase(), t.meaning, 400),
    );
    zone.on('pointerout', () => this.tooltip.hide());
  }
}

function drawBar(g: Phaser.GameObjects.Graphics, box: Box, value: number, previous: number): void {
  const fill = Math.max(0, Math.min(100, value)) / 100;
  g.clear();
  g.fillStyle(colour.sea, 1).fillRoundedRect(box.x, box.y, box.width, box.height, 4);
  g.fillStyle(colour.orange, 1).fillRoundedRect(
    box.x,
    box.y,
    Math.max(6, box.width * fill),
    box.height,
    4,
  );
  const px = box.x + (box.width * Math.max(0, Math.min(100, previous))) / 100;
  g.lineStyle(2, colour.white, 0.9).lineBetween(px, box.y - 4, px, box.y + box.height + 4);
  g.lineStyle(edges.rule, colour.panelEdge, 1).strokeRoundedRect(
    box.x,
    box.y,
    box.width,
    box.height,
    4,
  );
}
