// The news at the start of a turn: one card at a time, each with its source and the numbers it moved.
import Phaser from 'phaser';
import type { CompiledRules, GameState } from '../../engine';
import type { Scenario } from '../../scenario';
import { storeOf } from '../context';
import { t } from '../i18n';
import { colour, css, edges, DESIGN_WIDTH } from '../theme';
import { Button } from '../ui/button';
import { atTableNames, formatDate, turnHeading } from '../ui/calendar-date';
import { FocusRing } from '../ui/focus';
import { ignoreKeysHeldOver } from '../ui/key-bindings';
import { fitCamera } from '../ui/layout';
import { redrawOnChange, stillShown } from '../ui/redraw-on-change';
import { addNewsCard } from '../ui/news-card';
import { addBackdrop, addHeader, addKicker } from '../ui/room-backdrop';
import { addText, clampLines } from '../ui/text';

const TOP = 88;
const BOTTOM = 640;
const MARGIN = 48;
const SIDE_WIDTH = 330;
const CARD_X = MARGIN + SIDE_WIDTH + 24;

interface Turn {
  scenario: Scenario;
  rules: CompiledRules;
  game: GameState;
}

export class Events extends Phaser.Scene {
  private focus!: FocusRing;
  private index = 0;
  private card: Phaser.GameObjects.Container | null = null;
  private headlines: Phaser.GameObjects.Container | null = null;
  private previous!: Button;
  private next!: Button;
  private skip!: Button;
  private toBoard!: Button;

  constructor() {
    super('Events');
  }

  create(): void {
    fitCamera(this);
    ignoreKeysHeldOver(this);
    const store = storeOf(this);
    if (!stillShown(this, store, 'events')) return;
    const { scenario, rules, game } = store.getState();
    if (!scenario || !rules || !game) return store.getState().goTo('title');
    const turn = { scenario, rules, game };
    this.index = 0;
    this.card = null;
    this.headlines = null;
    addBackdrop(this);
    addHeader(this, { title: t('events.title'), right: turnHeading(rules, game.turn) });
    this.focus = new FocusRing(this);
    this.drawTurnPanel(turn);
    this.drawButtons(turn);
    this.show(turn, 0);
    redrawOnChange(this, store, 'events', (s) => s.game);
  }

  /** Where the calendar stands: the turn's date, its label, its note and who is at the table. */
  private drawTurnPanel({ rules, game }: Turn): void {
    const entry = rules.calendar[game.turn - 1];
    const g = this.add.graphics();
    g.fillStyle(colour.panel, 0.96).fillRoundedRect(MARGIN, TOP, SIDE_WIDTH, BOTTOM - TOP, 10);
    g.lineStyle(edges.panel, colour.panelEdge, 1).strokeRoundedRect(
      MARGIN,
      TOP,
      SIDE_WIDTH,
      BOTTOM - TOP,
      10,
    );
    const x = MARGIN + 24;
    const width = SIDE_WIDTH - 48;
    addKicker(
      this,
      x,
      TOP + 22,
      t('common.turnOf', { turn: game.turn, count: rules.calendar.length }),
    );
    const date = addText(this, x, TOP + 48, entry ? formatDate(entry.date) : '', 'title');
    const label = addText(this, x, date.y + date.height + 4, entry?.label ?? '', 'heading', {
      width,
      colour: css.accent,
    });
    let y = label.y + label.height + 12;
    if (entry?.note) {
      const note = clampLines(
        addText(this, x, y, entry.note, 'small', { width, colour: css.muted }),
        5,
      );
      y = note.y + note.height + 12;
    }
    const table = addText(
      this,
      x,
      y,
      t('common.atTable', { names: atTableNames(rules, game.turn) || t('common.noOne') }),
      'small',
      { width },
    );
    this.drawHeadlineSlot(table.y + table.height + 24);
  }

  private headlineTop = 0;

  private drawHeadlineSlot(y: number): void {
    this.headlineTop = y;
    const g = this.add.graphics();
    g.lineStyle(edges.rule, colour.panelEdge, 1).lineBetween(
      MARGIN + 24,
      y - 12,
      MARGIN + SIDE_WIDTH - 24,
      y - 12,
    );
  }

  /** The list of this turn's headlines, the open one marked; any can be opened by pointer. */
  private drawHeadlines(turn: Turn): void {
    this.headlines?.destroy();
    const c = this.add.container(0, 0);
    const x = MARGIN + 24;
    const width = SIDE_WIDTH - 48;
    c.add(addKicker(this, x, this.headlineTop, t('events.thisTurn'), css.muted));
    let y = this.headlineTop + 28;
    turn.game.news.forEach((news, i) => {
      if (y > BOTTOM - 40) return;
      const open = i === this.index;
      const mark = addText(this, x, y, open ? '▶' : `${i + 1}`, 'small', {
        colour: open ? css.accent : css.faint,
        bold: true,
      });
      const line = clampLines(
        addText(this, x + 24, y, news.title, 'small', {
          width: width - 24,
          colour: open ? css.text : css.muted,
          bold: open,
        }),
        2,
      );
      const zone = this.add
        .zone(x, y, width, line.height)
        .setOrigin(0)
        .setInteractive({ useHandCursor: true });
      zone.on('pointerup', () => this.show(turn, i));
      c.add([mark, line, zone]);
      y += line.height + 10;
    });
    this.headlines = c;
  }

  /** Previous (←), Skip to the board (B), and Next (→) — which becomes To the board on the last card. */
  private drawButtons(turn: Turn): void {
    const base = { y: BOTTOM + 18, width: 250, focus: this.focus };
    const right = DESIGN_WIDTH - MARGIN - 250;
    const goToBoard = () => storeOf(this).getState().goTo('board');
    const back = () => this.show(turn, this.index - 1);
    const forward = () => this.show(turn, this.index + 1);
    this.previous = new Button(this, {
      ...base,
      x: CARD_X,
      width: 200,
      label: t('events.previous'),
      hotkey: 'LEFT',
      onPress: back,
    });
    this.skip = new Button(this, {
      ...base,
      x: right - 270,
      label: t('events.skip'),
      hotkey: 'B',
      kind: 'quiet',
      onPress: goToBoard,
    });
    this.next = new Button(this, {
      ...base,
      x: right,
      label: t('events.next'),
      hint: '[→ / Enter]',
      hotkey: 'RIGHT',
      kind: 'primary',
      onPress: forward,
    });
    this.toBoard = new Button(this, {
      ...base,
      x: right,
      label: t('events.toBoard'),
      hint: '[B / Enter]',
      hotkey: 'B',
      kind: 'primary',
      onPress: goToBoard,
    });
  }

  /** Opens card `index`; Enter presses the focused button: Next, or To the board on the last card. */
  private show(turn: Turn, index: number): void {
    const count = turn.game.news.length;
    if (index < 0 || (index >= count && count > 0)) return;
    const forward = index >= this.index;
    this.index = index;
    this.card?.destroy();
    this.card = this.drawCard(turn);
    this.card.setAlpha(0).setX(CARD_X + (forward ? 24 : -24));
    this.tweens.add({
      targets: this.card,
      alpha: 1,
      x: CARD_X,
      duration: 180,
      ease: 'Quad.easeOut',
    });
    this.drawHeadlines(turn);
    const last = index >= count - 1;
    this.previous.setEnabled(index > 0);
    this.next.setVisible(!last);
    this.skip.setVisible(!last);
    this.toBoard.setVisible(last);
    this.focus.focus(last ? this.toBoard : this.next);
  }

  private drawCard({ scenario, rules, game }: Turn): Phaser.GameObjects.Container {
    const news = game.news[this.index];
    const width = DESIGN_WIDTH - MARGIN - CARD_X;
    if (!news) {
      const c = this.add.container(CARD_X, TOP);
      c.add(addText(this, 0, 40, t('events.none'), 'title', { colour: css.muted }));
      return c;
    }
    const changes = game.changes.filter(
      (c) => c.reason.kind === 'event' && c.reason.event === news.event,
    );
    return addNewsCard(this, CARD_X, TOP, width, BOTTOM - TOP, {
      news,
      index: this.index,
      count: game.news.length,
      changes,
      rules,
      scenario,
    });
  }
}
