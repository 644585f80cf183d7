// After a turn: the stability index before → after, each track's net change, and every change with its reason.
import Phaser from 'phaser';
import type { GameState } from '../../engine';
import type { Screen } from '../../store';
import { storeOf } from '../context';
import { t, type MessageKey } from '../i18n';
import { colour, css, edges, DESIGN_WIDTH } from '../theme';
import { Button } from '../ui/button';
import { formatDate } from '../ui/calendar-date';
import { deltaColour, formatDelta, formatWithUnit, roundForReading } from '../ui/change-list';
import { countTo } from '../ui/count-to';
import { FocusRing } from '../ui/focus';
import { ignoreKeysHeldOver } from '../ui/key-bindings';
import { fitCamera } from '../ui/layout';
import { redrawOnChange, stillShown } from '../ui/redraw-on-change';
import { addBackdrop, addHeader, addKicker } from '../ui/room-backdrop';
import { ScrollView } from '../ui/scroll-view';
import { addText, clampLines } from '../ui/text';
import { endedTurn, type Ended } from '../ui/ended-turn';
import { fillTurnLedger } from '../ui/turn-ledger';

const TOP = 84;
const BOTTOM = 636;
const MARGIN = 48;
const LEFT_WIDTH = 430;
const LIST_X = MARGIN + LEFT_WIDTH + 24;

type NextScreen = Extract<Screen, 'debrief' | 'events' | 'board'>;

const CONTINUE_LABEL = {
  debrief: 'summary.toDebrief',
  events: 'summary.toNews',
  board: 'summary.toBoard',
} as const satisfies Record<NextScreen, MessageKey>;

export class TurnSummary extends Phaser.Scene {
  private focus!: FocusRing;

  constructor() {
    super('TurnSummary');
  }

  create(): void {
    fitCamera(this);
    ignoreKeysHeldOver(this);
    const store = storeOf(this);
    if (!stillShown(this, store, 'summary')) return;
    const { rules, game } = store.getState();
    const ended = rules && game ? endedTurn(rules, game) : null;
    if (!ended) return store.getState().goTo(game ? 'board' : 'title');
    const entry = ended.rules.calendar[ended.record.turn - 1];
    addBackdrop(this);
    addHeader(this, {
      title: t('summary.title', { turn: ended.record.turn }),
      right: entry ? `${formatDate(entry.date)}  ·  ${entry.label}` : undefined,
    });
    this.focus = new FocusRing(this);
    const stabilityEnd = this.drawStability(ended);
    const tracksEnd = this.drawTracks(ended, stabilityEnd + 14);
    this.drawWhatNext(ended, tracksEnd + 14);
    this.drawLedger(ended);
    this.drawContinue(ended);
    redrawOnChange(this, store, 'summary', (s) => s.game);
  }

  private panel(x: number, y: number, width: number, height: number): void {
    const g = this.add.graphics();
    g.fillStyle(colour.panel, 0.96).fillRoundedRect(x, y, width, height, 10);
    g.lineStyle(edges.panel, colour.panelEdge, 1).strokeRoundedRect(x, y, width, height, 10);
  }

  /** The index before → after; the new value counts up from the old one, so the move is seen. */
  private drawStability({ record, before }: Ended): number {
    const height = 132;
    this.panel(MARGIN, TOP, LEFT_WIDTH, height);
    const x = MARGIN + 22;
    addKicker(this, x, TOP + 18, t('common.asi'));
    const delta = record.stability - before.stability;
    addText(this, x, TOP + 48, `${roundForReading(before.stability)}  →`, 'title', {
      colour: css.muted,
    });
    const after = addText(this, x + 120, TOP + 40, '', 'display');
    countTo(this, before.stability, record.stability, (v) =>
      after.setText(`${roundForReading(v)}`),
    );
    addText(this, MARGIN + LEFT_WIDTH - 22, TOP + 50, formatDelta(delta), 'title', {
      colour: deltaColour(delta),
    }).setOrigin(1, 0);
    const bar = { x, y: TOP + 106, w: LEFT_WIDTH - 44 };
    const g = this.add.graphics();
    g.fillStyle(colour.panelEdge, 0.6).fillRect(bar.x, bar.y, bar.w, 8);
    g.fillStyle(colour.orange, 1).fillRect(
      bar.x,
      bar.y,
      (bar.w * Phaser.Math.Clamp(record.stability, 0, 100)) / 100,
      8,
    );
    g.lineStyle(2, colour.white, 1).lineBetween(
      bar.x + (bar.w * before.stability) / 100,
      bar.y - 4,
      bar.x + (bar.w * before.stability) / 100,
      bar.y + 12,
    );
    return TOP + height;
  }

  /** Each track's net change over the turn, with its value now. */
  private drawTracks({ rules, record, before }: Ended, y: number): number {
    const rowHeight = 27;
    const height = 52 + rules.tracks.length * rowHeight;
    this.panel(MARGIN, y, LEFT_WIDTH, height);
    const x = MARGIN + 22;
    addKicker(this, x, y + 18, t('summary.net'));
    rules.tracks.forEach((track, i) => {
      const at = y + 46 + i * rowHeight;
      const now = record.tracks[track.id] ?? track.start;
      const net = now - (before.tracks[track.id] ?? track.start);
      const label = addText(this, x, at, track.label, 'small', { colour: css.muted });
      label.setScale(Math.min(1, 196 / label.width));
      addText(this, x + 262, at, formatWithUnit(now, track.unit), 'small', {
        bold: true,
      }).setOrigin(1, 0);
      const moved = roundForReading(net) !== 0;
      const change = moved ? formatDelta(net, track.unit) : t('summary.noChange');
      addText(this, MARGIN + LEFT_WIDTH - 22, at, change, 'small', {
        colour: deltaColour(net),
        bold: moved,
      }).setOrigin(1, 0);
    });
    return y + height;
  }

  /** What comes next: the ending when the game is over, else the next turn and whether news waits. */
  private drawWhatNext({ rules, game }: Ended, y: number): void {
    const height = BOTTOM - y;
    if (height < 60) return;
    this.panel(MARGIN, y, LEFT_WIDTH, height);
    const x = MARGIN + 22;
    const width = LEFT_WIDTH - 44;
    if (game.over) {
      addKicker(this, x, y + 16, t('summary.over'));
      const ending = game.ending?.title ?? t('summary.calendarOut');
      const line = addText(this, x, y + 42, ending, 'body', { width, bold: true });
      clampLines(line, Math.max(1, Math.floor((height - 54) / 28)));
      return;
    }
    const entry = rules.calendar[game.turn - 1];
    const next = entry
      ? t('summary.nextOn', { turn: game.turn, date: formatDate(entry.date) })
      : t('summary.next', { turn: game.turn });
    addKicker(this, x, y + 16, next);
    const label = addText(this, x, y + 38, entry?.label ?? '', 'body', { width, bold: true });
    clampLines(label, 1);
    this.drawWaitingNews(game, x, label.y + label.height + 6, width);
  }

  /** How many stories wait for the next turn, and as many of their headlines as fit. */
  private drawWaitingNews(game: GameState, x: number, y: number, width: number): void {
    const news = game.news.length;
    const waiting = news > 0 ? t('summary.waiting', { count: news }) : t('summary.noNews');
    const at = y + addText(this, x, y, waiting, 'small', { colour: css.muted }).height + 4;
    const room = Math.max(0, Math.floor((BOTTOM - 10 - at) / 24));
    const shown = news > room ? Math.max(0, room - 1) : news;
    game.news.slice(0, shown).forEach((item, i) => {
      const line = addText(this, x + 16, at + i * 24, item.title, 'small', { width: width - 16 });
      clampLines(line, 1);
      addText(this, x, at + i * 24, '•', 'small', { colour: css.accent });
    });
    if (shown < news) {
      addText(
        this,
        x + 16,
        at + shown * 24,
        t('common.andMore', { count: news - shown }),
        'small',
        {
          colour: css.muted,
        },
      );
    }
  }

  /** Every change of the turn in a clipped list: wheel, drag, ↑ ↓, Page Up/Down, Home/End. */
  private drawLedger({ rules, record }: Ended): void {
    const width = DESIGN_WIDTH - MARGIN - LIST_X;
    this.panel(LIST_X, TOP, width, BOTTOM - TOP);
    addKicker(this, LIST_X + 22, TOP + 18, t('summary.ledger'));
    const hint = addText(this, LIST_X + width - 22, TOP + 18, t('summary.scrollHint'), 'small', {
      colour: css.faint,
    }).setOrigin(1, 0);
    const view = new ScrollView(this, {
      x: LIST_X + 22,
      y: TOP + 50,
      width: width - 36,
      height: BOTTOM - TOP - 62,
    }).bindKeys();
    const height = fillTurnLedger(this, view.content, rules, record, width - 60);
    view.setContentHeight(height);
    hint.setVisible(height > BOTTOM - TOP - 62);
  }

  private drawContinue({ game }: Ended): void {
    const store = storeOf(this);
    const next: NextScreen = game.over ? 'debrief' : game.news.length > 0 ? 'events' : 'board';
    const label = t(CONTINUE_LABEL[next]);
    const button = new Button(this, {
      x: DESIGN_WIDTH - MARGIN - 320,
      y: BOTTOM + 16,
      width: 320,
      height: 52,
      label,
      hint: '[Enter]',
      kind: 'primary',
      onPress: () => store.getState().goTo(next),
      focus: this.focus,
    });
    this.focus.focus(button);
    addText(this, MARGIN, BOTTOM + 42, t('summary.keys'), 'small', { colour: css.faint }).setOrigin(
      0,
      0.5,
    );
  }
}
