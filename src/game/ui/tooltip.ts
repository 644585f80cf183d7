// One floating note per scene (a track's meaning, the index's parts), kept inside the design box.
import type Phaser from 'phaser';
import { colour, css, edges, DESIGN_HEIGHT } from '../theme';
import { addText, clampLines } from './text';

export interface TooltipRow {
  label: string;
  value?: string;
  valueColour?: string;
}

export class Tooltip {
  private root: Phaser.GameObjects.Container | null = null;

  constructor(private readonly scene: Phaser.Scene) {}

  /** Shows the note with its right edge at `right` and its top near `top`. */
  show(right: number, top: number, title: string, body: string | TooltipRow[], width = 380): void {
    this.hide();
    const s = this.scene;
    const c = s.add.container(0, 0).setDepth(800);
    const bg = s.add.graphics();
    c.add(bg);
    c.add(
      addText(s, 14, 10, title, 'small', { colour: css.accent, bold: true, width: width - 28 }),
    );
    let y = 36;
    if (typeof body === 'string') {
      const t = clampLines(addText(s, 14, y, body, 'small', { width: width - 28 }), 7);
      c.add(t);
      y += t.height + 8;
    } else {
      for (const row of body) {
        const label = addText(s, 14, y, row.label, 'small', {
          colour: css.text,
          width: width - 100,
        });
        clampLines(label, 2);
        c.add(label);
        if (row.value)
          c.add(
            addText(s, width - 14, y, row.value, 'small', {
              colour: row.valueColour ?? css.text,
              bold: true,
            }).setOrigin(1, 0),
          );
        y += label.height + 4;
      }
      y += 6;
    }
    bg.fillStyle(colour.panelRaised, 0.98).fillRoundedRect(0, 0, width, y, 8);
    bg.lineStyle(edges.panel, colour.orange, 1).strokeRoundedRect(0, 0, width, y, 8);
    c.setPosition(right - width, Math.max(8, Math.min(top, DESIGN_HEIGHT - y - 8)));
    this.root = c;
  }

  hide(): void {
    this.root?.destroy();
    this.root = null;
  }

  shown(): boolean {
    return this.root !== null;
  }
}
