// The briefing's open dossier on a capital: who it is, red lines, what it values, temperament, turns at the table.
import Phaser from 'phaser';
import type { CompiledActor, CompiledRules, GameState } from '../../engine';
import { colour, css, edges } from '../theme';
import { formatList, t } from '../i18n';
import { formatWithUnit } from './change-list';
import {
  describePatience,
  describeVolatility,
  leversByValue,
  turnsAtTable,
} from './counterpart-words';
import { addKicker } from './room-backdrop';
import { addText, clampLines } from './text';

const PAD = 32;

export interface DossierBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The open dossier in `box`: who the capital is, then its lists in two columns, then its turns at the table. */
export function addBriefingDossier(
  scene: Phaser.Scene,
  box: DossierBox,
  rules: CompiledRules,
  actor: CompiledActor,
  game: GameState,
): Phaser.GameObjects.Container {
  const { width, height } = box;
  const g = scene.add.graphics();
  g.fillStyle(colour.panel, 0.97).fillRoundedRect(0, 0, width, height, 10);
  g.lineStyle(edges.panel, colour.panelEdge, 1).strokeRoundedRect(0, 0, width, height, 10);
  g.fillStyle(colour.orange, 1).fillRect(0, 22, 6, 44);
  const head = addIdentity(scene, rules, actor, game, width - 2 * PAD);
  const last = head[head.length - 1]!;
  const columnsY = last.y + last.height + 22;
  const half = (width - 2 * PAD - 32) / 2;
  const left = addColumn(scene, PAD, columnsY, half, height - 44, [
    [t('dossier.redLines'), actor.redLines.length > 0 ? actor.redLines : [t('dossier.noneStated')]],
    [t('dossier.hardest'), leversByValue(rules, actor, -1, 2)],
  ]);
  const right = addColumn(scene, PAD + half + 32, columnsY, half, height - 12, [
    [t('dossier.values'), leversByValue(rules, actor, 1, 3)],
    [t('dossier.temperament'), [describePatience(actor), describeVolatility(actor, rules.actors)]],
  ]);
  const turns = turnsAtTable(rules, actor.id);
  const footer =
    turns.length > 0
      ? t('dossier.atTableTurns', { count: turns.length, turns: formatList(turns.map(String)) })
      : t('dossier.notAtTable');
  const at = addText(scene, PAD, height - 36, footer, 'small', { colour: css.accent });
  return scene.add.container(box.x, box.y, [g, ...head, ...left, ...right, at]);
}

/** Name, capital and relations now, and the capital's summary (at most six lines). */
function addIdentity(
  scene: Phaser.Scene,
  rules: CompiledRules,
  actor: CompiledActor,
  game: GameState,
  width: number,
): Phaser.GameObjects.Text[] {
  const name = addText(scene, PAD, 20, actor.name, 'title');
  const track = rules.trackById[actor.relationTrack];
  const level = formatWithUnit(game.tracks[actor.relationTrack] ?? track?.start ?? 0, track?.unit);
  const standing = `${actor.capital}  ·  ${track?.label ?? t('dossier.relations')}: ${level}`;
  const meta = addText(scene, PAD, name.y + name.height + 2, standing, 'small', {
    colour: css.muted,
  });
  const summary = addText(scene, PAD, meta.y + meta.height + 14, actor.summary, 'body', { width });
  return [name, meta, clampLines(summary, 6)];
}

/** Stacked lists under small-caps labels, stopping at `bottom`; empty lists are left out. */
function addColumn(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  bottom: number,
  sections: [string, string[]][],
): Phaser.GameObjects.Text[] {
  const out: Phaser.GameObjects.Text[] = [];
  let at = y;
  for (const [label, items] of sections) {
    if (items.length === 0) continue;
    if (at + 48 > bottom) break;
    out.push(addKicker(scene, x, at, label));
    at += 26;
    for (const item of items) {
      const t = addText(scene, x + 16, at, item, 'small', { width: width - 16 });
      if (at + t.height > bottom) {
        t.destroy();
        break;
      }
      out.push(t, addText(scene, x, at, '•', 'small', { colour: css.accent }));
      at += t.height + 6;
    }
    at += 14;
  }
  return out;
}
