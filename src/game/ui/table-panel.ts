// "On the table": who Seoul can talk to this turn, what each wants, the deals in force, and End turn.
import type Phaser from 'phaser';
import { colour, css, edges } from '../theme';
import { t, type MessageKey } from '../i18n';
import { Button } from './button';
import { fitOneLine } from './fit-text';
import type { FocusRing } from './focus';
import { addPanel } from './panel';
import { addText, clampLines } from './text';
import { patienceDots, shortNumber } from './wording';

export type SeatStatus = 'open' | 'signed' | 'walked' | 'counter' | 'waiting';

export interface Seat {
  id: string;
  name: string;
  hotkey: string;
  patience: number;
  patienceFull: number;
  trust: number;
  status: SeatStatus;
  demands: { label: string; met: boolean }[];
  summary: string;
}

/** A counterpart away from the table this turn, and when it is next there. */
export interface LaterSeat {
  name: string;
  next: { turn: number; date: string } | null;
}

export interface DealLine {
  id: number;
  text: string;
}

export interface TableActions {
  negotiate(id: string): void;
  renege(dealId: number): void;
  allDeals(): void;
  endTurn(): void;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const DEALS_WIDTH = 318;

const SEAT_WORD = {
  signed: 'table.signed',
  walked: 'table.walked',
  waiting: 'table.waiting',
} as const satisfies Record<Exclude<SeatStatus, 'open' | 'counter'>, MessageKey>;

/** Draws the panel; returns its buttons so the board can silence them while a dialog is open. */
export function addTablePanel(
  scene: Phaser.Scene,
  box: Box,
  seats: Seat[],
  deals: DealLine[],
  later: LaterSeat[],
  actions: TableActions,
  focus: FocusRing,
): Button[] {
  addPanel(scene, box.x, box.y, box.width, box.height);
  addText(scene, box.x + 16, box.y + 8, t('table.title'), 'small', {
    colour: css.accent,
    bold: true,
    letterSpacing: 1.5,
  });
  const buttons: Button[] = [];
  const area = box.width - DEALS_WIDTH - 24;
  const cardWidth = Math.min(460, (area - (seats.length - 1) * 10) / Math.max(1, seats.length));
  seats.forEach((seat, i) => {
    const card = {
      x: box.x + 12 + i * (cardWidth + 10),
      y: box.y + 32,
      width: cardWidth,
      height: box.height - 40,
    };
    buttons.push(...addSeat(scene, card, seat, actions, focus));
  });
  const used = seats.length * (cardWidth + 10);
  if (seats.length === 0) {
    addText(scene, box.x + 16, box.y + 40, t('table.noSeat'), 'body', {
      colour: css.muted,
      width: area - 16,
    });
  }
  const room = {
    x: box.x + 12 + used,
    y: box.y + (seats.length === 0 ? 80 : 32),
    width: area - used,
    height: box.height - (seats.length === 0 ? 88 : 40),
  };
  if (room.width >= 240 && later.length > 0) addLater(scene, room, later);
  const column = {
    x: box.x + box.width - DEALS_WIDTH,
    y: box.y + 8,
    width: DEALS_WIDTH - 12,
    height: box.height - 16,
  };
  buttons.push(...addDeals(scene, column, deals, actions, focus));
  return buttons;
}

function addSeat(
  scene: Phaser.Scene,
  card: Box,
  seat: Seat,
  actions: TableActions,
  focus: FocusRing,
): Button[] {
  const g = scene.add.graphics();
  const lit = seat.status === 'open' || seat.status === 'counter';
  g.fillStyle(colour.panelRaised, 1).fillRoundedRect(card.x, card.y, card.width, card.height, 8);
  g.lineStyle(
    lit ? edges.panel : edges.rule,
    lit ? colour.panelEdge : colour.panel,
    1,
  ).strokeRoundedRect(card.x, card.y, card.width, card.height, 8);
  const title = addText(scene, card.x + 12, card.y + 8, seat.name, 'heading');
  const meta = t('common.patienceTrust', {
    dots: patienceDots(seat.patience, seat.patienceFull),
    trust: shortNumber(Math.round(seat.trust)),
  });
  addText(scene, card.x + 12, card.y + 46, meta, 'small', { colour: css.muted });
  const buttons: Button[] = [];
  const bw = Math.min(170, Math.max(130, card.width - 160));
  title.setScale(Math.min(1, (card.width - bw - 32) / Math.max(1, title.width)));
  const label = seat.status === 'counter' ? t('table.answer') : t('table.negotiate');
  if (seat.status === 'open' || seat.status === 'counter') {
    buttons.push(
      new Button(scene, {
        x: card.x + card.width - bw - 8,
        y: card.y + 8,
        width: bw,
        height: 36,
        label,
        hotkey: seat.hotkey,
        kind: seat.status === 'counter' ? 'primary' : 'normal',
        onPress: () => actions.negotiate(seat.id),
        focus,
      }),
    );
  } else {
    const word = t(SEAT_WORD[seat.status]);
    const tone =
      seat.status === 'signed' ? css.good : seat.status === 'walked' ? css.down : css.faint;
    addText(scene, card.x + card.width - 12, card.y + 12, word, 'small', {
      colour: tone,
      bold: true,
    }).setOrigin(1, 0);
  }
  addDemands(scene, card, seat);
  return buttons;
}

function addLater(scene: Phaser.Scene, box: Box, later: LaterSeat[]): void {
  addText(scene, box.x + 8, box.y + 8, t('table.away'), 'small', {
    colour: css.faint,
    bold: true,
    letterSpacing: 1,
  });
  const rows = Math.max(1, Math.floor((box.height - 36) / 24));
  later.slice(0, rows).forEach((l, i) => {
    const line = l.next
      ? t('table.nextAt', { name: l.name, turn: l.next.turn, date: l.next.date })
      : t('table.notAgain', { name: l.name });
    const text = addText(scene, box.x + 8, box.y + 34 + i * 24, line, 'small', {
      colour: css.muted,
    });
    fitOneLine(text, box.width - 16);
  });
}

function addDemands(scene: Phaser.Scene, card: Box, seat: Seat): void {
  const width = card.width - 24;
  let y = card.y + 68;
  const bottom = card.y + card.height - 4;
  if (seat.demands.length === 0) {
    const text = addText(
      scene,
      card.x + 12,
      y,
      t('table.noDemands', { summary: seat.summary }),
      'small',
      {
        colour: css.faint,
        width,
      },
    );
    clampLines(text, Math.max(1, Math.floor((bottom - y) / 21)));
    return;
  }
  addText(
    scene,
    card.x + 12,
    y,
    seat.status === 'counter' ? t('table.counterWaiting') : t('table.wants'),
    'small',
    { colour: css.faint },
  );
  y += 20;
  const room = Math.max(1, Math.floor((bottom - y) / 20));
  seat.demands.slice(0, room).forEach((d, i) => {
    const more =
      i === room - 1 && seat.demands.length > room
        ? ` ${t('table.moreDemands', { count: seat.demands.length - room })}`
        : '';
    const text = `${d.met ? '✓' : '✗'} ${d.label}${more}`;
    fitOneLine(
      addText(scene, card.x + 12, y + i * 20, text, 'small', {
        colour: d.met ? css.good : css.text,
      }),
      width,
    );
  });
}

function addDeals(
  scene: Phaser.Scene,
  col: Box,
  deals: DealLine[],
  actions: TableActions,
  focus: FocusRing,
): Button[] {
  const g = scene.add.graphics();
  g.lineStyle(edges.rule, colour.panelEdge, 1).lineBetween(
    col.x - 8,
    col.y,
    col.x - 8,
    col.y + col.height,
  );
  addText(scene, col.x, col.y, t('table.deals', { count: deals.length }), 'small', {
    colour: css.accent,
    bold: true,
    letterSpacing: 1.5,
  });
  const buttons: Button[] = [];
  const shown = deals.slice(-2);
  shown.forEach((deal, i) => {
    const y = col.y + 26 + i * 32;
    fitOneLine(
      addText(scene, col.x, y + 4, deal.text, 'small', { colour: css.text }),
      col.width - 100,
    );
    buttons.push(
      new Button(scene, {
        x: col.x + col.width - 88,
        y,
        width: 88,
        height: 28,
        label: t('table.renege'),
        kind: 'quiet',
        onPress: () => actions.renege(deal.id),
        focus,
      }),
    );
  });
  if (deals.length === 0)
    addText(scene, col.x, col.y + 30, t('table.noDeals'), 'small', { colour: css.faint });
  if (deals.length > 0) {
    const label =
      deals.length > shown.length
        ? t('table.allDeals', { count: deals.length })
        : t('table.dealDetails');
    buttons.push(
      new Button(scene, {
        x: col.x,
        y: col.y + 92,
        width: col.width,
        height: 30,
        label,
        hotkey: 'L',
        kind: 'quiet',
        onPress: actions.allDeals,
        focus,
      }),
    );
  }
  buttons.push(
    new Button(scene, {
      x: col.x,
      y: col.y + col.height - 44,
      width: col.width,
      height: 44,
      label: t('table.endTurn'),
      hotkey: 'E',
      kind: 'primary',
      onPress: actions.endTurn,
      focus,
    }),
  );
  return buttons;
}
