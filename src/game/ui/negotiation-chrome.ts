// The negotiation screen's header line (who, patience, trust, volatility) and its info strip (what a lever means).
import type Phaser from 'phaser';
import type { CompiledActor, CompiledLever, CompiledRules, GameState } from '../../engine';
import { colour, css, edges, DESIGN_WIDTH } from '../theme';
import { t } from '../i18n';
import { addText, clampLines } from './text';
import { patienceDots, shortNumber } from './wording';

/** Redraws the header into `into` (after the Board button, which the scene owns). */
export function drawNegotiationHeader(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  rules: CompiledRules,
  game: GameState,
  actor: CompiledActor,
): void {
  into.removeAll(true);
  const a = game.actors[actor.id];
  const lead = addText(scene, 184, 28, t('nego.with'), 'body', { colour: css.muted }).setOrigin(
    0,
    0.5,
  );
  const name = addText(scene, lead.x + lead.width + 10, 28, actor.name.toUpperCase(), 'title', {
    letterSpacing: 1,
  }).setOrigin(0, 0.5);
  const standing = t('common.patienceTrust', {
    dots: patienceDots(a?.patience ?? 0, actor.patience.value),
    trust: shortNumber(Math.round(a?.trust ?? 0)),
  });
  const meta = actor.volatility.value > 0 ? `${standing} · ${t('nego.volatile')}` : standing;
  const metaText = addText(scene, name.x + name.width + 24, 28, meta, 'body').setOrigin(0, 0.5);
  const turn = rules.calendar[game.turn - 1];
  const count = t('common.turnSlash', { turn: game.turn, count: rules.calendar.length });
  const label = turn ? `${count} · ${turn.label}` : count;
  const when = addText(scene, DESIGN_WIDTH - 16, 28, label, 'small', {
    colour: css.faint,
  }).setOrigin(1, 0.5);
  const room = when.x - (metaText.x + metaText.width) - 24;
  if (room < when.width) when.setScale(Math.max(0.01, room / when.width)).setVisible(room > 80);
  into.add([lead, name, metaText, when]);
}

export class InfoStrip {
  private readonly text: Phaser.GameObjects.Text;
  private current: CompiledLever | null = null;

  constructor(scene: Phaser.Scene, box: { x: number; y: number; width: number; height: number }) {
    const g = scene.add.graphics();
    g.fillStyle(colour.panel, 1).fillRoundedRect(box.x, box.y, box.width, box.height, 8);
    g.lineStyle(edges.rule, colour.panelEdge, 1).strokeRoundedRect(
      box.x,
      box.y,
      box.width,
      box.height,
      8,
    );
    this.text = addText(scene, box.x + 14, box.y + 6, t('nego.idle'), 'small', {
      colour: css.muted,
      width: box.width - 420,
      lineSpacing: 2,
    });
    const hints = { colour: css.faint, align: 'right' as const, lineSpacing: 2 };
    addText(scene, box.x + box.width - 14, box.y + 6, t('nego.keys'), 'small', hints).setOrigin(
      1,
      0,
    );
  }

  explain(lever: CompiledLever): void {
    if (lever === this.current) return;
    this.current = lever;
    this.text.setText(`${lever.label}: ${lever.explain}`).setColor(css.text);
    clampLines(this.text, 3);
  }

  showing(): CompiledLever | null {
    return this.current;
  }
}
