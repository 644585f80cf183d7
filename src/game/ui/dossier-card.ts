// A counterpart's dossier: what it wants and its red lines, for the room a short lever list leaves free.
import type Phaser from 'phaser';
import type { CompiledActor } from '../../engine';
import { colour, css, edges } from '../theme';
import { t } from '../i18n';
import { addText, clampLines } from './text';

export function addDossier(
  scene: Phaser.Scene,
  box: { x: number; y: number; width: number; height: number },
  actor: CompiledActor,
): void {
  // The card is drawn first (so it sits below its text) and sized to the text once that is laid out.
  const g = scene.add.graphics();
  const frame = (height: number) => {
    g.fillStyle(colour.panel, 1).fillRoundedRect(box.x, box.y, box.width, height, 8);
    g.lineStyle(edges.rule, colour.panelEdge, 1).strokeRoundedRect(
      box.x,
      box.y,
      box.width,
      height,
      8,
    );
    g.fillStyle(colour.orange, 1).fillRect(box.x, box.y + 10, 3, height - 20);
  };
  const width = box.width - 32;
  addText(
    scene,
    box.x + 16,
    box.y + 10,
    t('dossier.kicker', { name: actor.name.toUpperCase() }),
    'small',
    {
      colour: css.accent,
      bold: true,
      letterSpacing: 1,
    },
  );
  let y = box.y + 36;
  const bottom = box.y + box.height - 10;
  const lines = Math.max(1, Math.floor((bottom - y - (actor.redLines.length > 0 ? 50 : 0)) / 22));
  const summary = clampLines(
    addText(scene, box.x + 16, y, actor.summary, 'small', { width, lineSpacing: 2 }),
    lines,
  );
  y += summary.height + 10;
  if (actor.redLines.length === 0 || y + 44 > bottom) return frame(y - box.y);
  addText(scene, box.x + 16, y, t('dossier.redLines'), 'small', { colour: css.down, bold: true });
  y += 22;
  for (const line of actor.redLines) {
    if (y + 20 > bottom) break;
    const t = clampLines(
      addText(scene, box.x + 16, y, `✗ ${line}`, 'small', { colour: css.text, width }),
      1,
    );
    y += t.height + 2;
  }
  frame(y - box.y + 10);
}
