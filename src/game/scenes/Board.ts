// The board: the calendar, the map of Seoul's relationships, how Seoul stands, and who is at the table.
import Phaser from 'phaser';
import type { CompiledRules, GameState } from '../../engine';
import { views } from '../../store';
import { storeOf } from '../context';
import { t, type MessageKey } from '../i18n';
import { colour, css, edges, DESIGN_WIDTH } from '../theme';
import { Button } from '../ui/button';
import { addCalendarStrip } from '../ui/calendar-strip';
import { EXPLAIN_MS } from '../ui/count-to';
import { FocusRing } from '../ui/focus';
import { ignoreStaleKeys } from '../ui/fresh-keys';
import { fitCamera } from '../ui/layout';
import { asMapData, MapView, type MapPin } from '../ui/map-view';
import { confirmRenege, openDeals, openHelp, openMenu } from '../ui/board-dialogs';
import { DialogHost } from '../ui/dialog-host';
import { addRelationLegend } from '../ui/relation-lines';
import { StabilityPanel, type Standing } from '../ui/stability-panel';
import { addTablePanel, type DealLine, type Seat } from '../ui/table-panel';
import { addText } from '../ui/text';
import { Tooltip } from '../ui/tooltip';
import { calendarDate, dealTerms, scenarioName } from '../ui/wording';
import { MAP_KEY } from '../map-data';

const DIGITS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];
const TOP = 84;
const PIN_NOTE = {
  open: undefined,
  counter: undefined,
  signed: 'board.pin.signed',
  walked: 'board.pin.walked',
  waiting: 'board.pin.waiting',
} as const satisfies Record<Seat['status'], MessageKey | undefined>;
const MAP_BOX = { x: 0, y: TOP, width: 792, height: 428 };
const STANDING_BOX = { x: 800, y: TOP, width: 472, height: 428 };
const TABLE_BOX = { x: 8, y: 520, width: 1264, height: 192 };

/** What the board showed last time, so the next visit can count from it (the scene object outlives restarts). */
interface Shown {
  game: string;
  tracks: Record<string, number>;
  stability: number;
}

export class Board extends Phaser.Scene {
  private shown: Shown | null = null;
  private focus!: FocusRing;
  private tooltip!: Tooltip;
  private baseButtons: Button[] = [];
  private dialogs!: DialogHost;
  private standing: StabilityPanel | null = null;
  private partsByFocus = false;
  private helpOpenedAt = 0;

  constructor() {
    super('Board');
  }

  create(): void {
    fitCamera(this);
    this.standing = null;
    const store = storeOf(this);
    const { game, rules } = store.getState();
    if (!game || !rules) {
      store.getState().goTo('title');
      return;
    }
    // A finished game has nothing left to play on the board: its summary leads to the debrief.
    if (game.over) return store.getState().goTo('summary');
    ignoreStaleKeys(this);
    this.helpOpenedAt = 0;
    this.baseButtons = [];
    this.partsByFocus = false;
    this.focus = new FocusRing(this);
    this.tooltip = new Tooltip(this);
    this.dialogs = new DialogHost(this, this.focus, () => this.silenceBoard());
    const before = this.shown?.game === gameKey(game) ? this.shown : null;
    this.drawMap(rules, game, before);
    this.drawTopBar(rules, game);
    this.drawStanding(rules, game, before);
    this.drawTable(rules, game);
    this.bindKeys();
    this.shown = {
      game: gameKey(game),
      tracks: { ...game.tracks },
      stability: views.stabilityValue(rules, game.tracks),
    };
    const unsub = store.subscribe((s, prev) => {
      if (s.game !== prev.game) this.onGameChanged();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsub);
  }

  override update(): void {
    // Keyboard users see the index's parts while the focus ring rests on it.
    if (!this.standing || this.dialogs.kind()) return;
    const onIndex = this.focus.focused() === this.standing;
    if (onIndex && !this.tooltip.shown()) {
      this.standing.showParts();
      this.partsByFocus = true;
    } else if (!onIndex && this.partsByFocus) {
      this.tooltip.hide();
      this.partsByFocus = false;
    }
  }

  private onGameChanged(): void {
    const store = storeOf(this);
    if (!store.getState().game) {
      store.getState().goTo('title');
      return;
    }
    // Wait a frame: an action that ends the turn also changes the screen, and then this scene is stopped.
    this.time.delayedCall(0, () => {
      if (store.getState().screen === 'board') this.scene.restart();
    });
  }

  private drawMap(rules: CompiledRules, game: GameState, before: Shown | null): void {
    const atTable = rules.calendar[game.turn - 1]?.atTable ?? [];
    const note = (id: string) => {
      const key = atTable.includes(id) ? PIN_NOTE[seatStatus(game, id)] : undefined;
      return key ? t(key) : undefined;
    };
    const pins: MapPin[] = rules.actors.map((actor, i) => ({
      id: actor.id,
      name: actor.name,
      keys: capitalKeys(actor.capital, actor.id),
      level: game.tracks[actor.relationTrack] ?? 0,
      unit: rules.trackById[actor.relationTrack]?.unit ?? '',
      atTable:
        atTable.includes(actor.id) && ['open', 'counter'].includes(seatStatus(game, actor.id)),
      hotkey: i < DIGITS.length ? `[${i + 1}]` : undefined,
      note: note(actor.id),
    }));
    const map = new MapView(this, asMapData(this.cache.json.get(MAP_KEY)), MAP_BOX, pins, (id) =>
      this.negotiate(id),
    );
    addRelationLegend(this, MAP_BOX.x + 12, MAP_BOX.y + MAP_BOX.height - 138);
    if (before) this.tweenLines(rules, map, pins, before);
    this.drawFrame();
  }

  private tweenLines(rules: CompiledRules, map: MapView, pins: MapPin[], before: Shown): void {
    const from = Object.fromEntries(
      pins.map((p) => [p.id, before.tracks[rules.actorById[p.id]!.relationTrack] ?? p.level]),
    );
    const to = Object.fromEntries(pins.map((p) => [p.id, p.level]));
    if (pins.every((p) => Math.abs(from[p.id]! - to[p.id]!) < 1e-6)) return;
    map.setLevels(from);
    this.tweens.addCounter({
      from: 0,
      to: 1,
      duration: EXPLAIN_MS,
      ease: 'Cubic.easeOut',
      onUpdate: (tween) => {
        const t = tween.getValue() ?? 1;
        map.setLevels(
          Object.fromEntries(pins.map((p) => [p.id, from[p.id]! + (to[p.id]! - from[p.id]!) * t])),
        );
      },
    });
  }

  /** Covers whatever of the map lies outside its window, so panels sit on a clean table. */
  private drawFrame(): void {
    const g = this.add.graphics();
    g.fillStyle(colour.background, 1);
    g.fillRect(0, 0, DESIGN_WIDTH, MAP_BOX.y);
    g.fillRect(MAP_BOX.x + MAP_BOX.width, 0, DESIGN_WIDTH, 720);
    g.fillRect(0, MAP_BOX.y + MAP_BOX.height, DESIGN_WIDTH, 720);
    g.lineStyle(edges.panel, colour.panelEdge, 1).strokeRect(
      MAP_BOX.x + 1,
      MAP_BOX.y,
      MAP_BOX.width - 2,
      MAP_BOX.height,
    );
  }

  private drawTopBar(rules: CompiledRules, game: GameState): void {
    const g = this.add.graphics();
    g.fillStyle(colour.panel, 1).fillRect(0, 0, DESIGN_WIDTH, 44);
    g.lineStyle(edges.rule, colour.panelEdge, 1).lineBetween(0, 44, DESIGN_WIDTH, 44);
    const brand = addText(this, 16, 22, t('game.name'), 'heading', {
      colour: css.accent,
      letterSpacing: 2,
    }).setOrigin(0, 0.5);
    const name = addText(
      this,
      brand.x + brand.width + 10,
      22,
      `· ${scenarioName(rules.title)}`,
      'body',
      { colour: css.muted },
    ).setOrigin(0, 0.5);
    const turn = rules.calendar[game.turn - 1];
    const when = turn
      ? t('board.turnLine', {
          turn: game.turn,
          count: rules.calendar.length,
          date: calendarDate(turn.date),
          label: turn.label,
        })
      : t('common.turn', { turn: game.turn });
    const left = name.x + name.width + 28;
    const right = DESIGN_WIDTH - 262;
    const line = addText(this, left, 22, when, 'heading').setOrigin(0, 0.5);
    line.setScale(Math.min(1, (right - left) / Math.max(1, line.width)));
    const help = new Button(this, {
      x: DESIGN_WIDTH - 250,
      y: 6,
      width: 112,
      height: 32,
      label: t('board.help'),
      hotkey: 'H',
      kind: 'quiet',
      onPress: () => this.openHelp(rules),
      focus: this.focus,
    });
    const menu = new Button(this, {
      x: DESIGN_WIDTH - 130,
      y: 6,
      width: 118,
      height: 32,
      label: t('board.menu'),
      hotkey: 'ESC',
      kind: 'quiet',
      onPress: () => openMenu(this, this.dialogs, () => storeOf(this).getState().goTo('title')),
      focus: this.focus,
    });
    this.baseButtons.push(help, menu);
    addCalendarStrip(
      this,
      { x: 8, y: 50, width: DESIGN_WIDTH - 16, height: 28 },
      rules.calendar,
      game.turn,
    );
  }

  private drawStanding(rules: CompiledRules, game: GameState, before: Shown | null): void {
    const last = game.history[game.history.length - 1];
    const starts = Object.fromEntries(rules.tracks.map((t) => [t.id, t.start]));
    const previous = last?.tracks ?? starts;
    const now = views.stabilityIndex(rules, game.tracks);
    const standing: Standing = {
      stability: now.value,
      stabilityPrevious: last?.stability ?? views.stabilityValue(rules, starts),
      stabilityShownBefore: before?.stability ?? now.value,
      since: last ? t('board.sinceLast') : t('board.sinceStart'),
      parts: now.parts,
      tracks: rules.tracks.map((t) => ({
        id: t.id,
        label: t.label,
        unit: t.unit,
        meaning: t.meaning,
        value: game.tracks[t.id] ?? t.start,
        previous: previous[t.id] ?? t.start,
        shownBefore: before?.tracks[t.id] ?? game.tracks[t.id] ?? t.start,
        series: [t.start, ...game.history.map((h) => h.tracks[t.id] ?? t.start)],
      })),
    };
    this.standing = new StabilityPanel(this, STANDING_BOX, standing, this.tooltip, this.focus);
  }

  private drawTable(rules: CompiledRules, game: GameState): void {
    const atTable = rules.calendar[game.turn - 1]?.atTable ?? [];
    const seats: Seat[] = rules.actors
      .map((actor, i) => ({ actor, hotkey: DIGITS[i] ?? '' }))
      .filter(({ actor }) => atTable.includes(actor.id))
      .map(({ actor, hotkey }) => ({
        id: actor.id,
        name: actor.name,
        hotkey,
        patience: game.actors[actor.id]?.patience ?? 0,
        patienceFull: actor.patience.value,
        trust: game.actors[actor.id]?.trust ?? 0,
        status: seatStatus(game, actor.id),
        demands: views.openDemands(rules, game, actor).map((d) => ({ label: d.label, met: d.met })),
        summary: actor.summary,
      }));
    const deals: DealLine[] = activeDeals(game).map((d) => ({
      id: d.id,
      text: t('board.dealLine', {
        turn: d.turn,
        name: rules.actorById[d.with]?.name ?? d.with,
        terms: dealTerms(rules, d),
      }),
    }));
    const later = rules.actors
      .filter((actor) => !atTable.includes(actor.id))
      .map((actor) => {
        const next = rules.calendar.findIndex(
          (t, i) => i >= game.turn && t.atTable.includes(actor.id),
        );
        const turn = rules.calendar[next];
        return {
          name: actor.name,
          next: turn ? { turn: next + 1, date: calendarDate(turn.date, true) } : null,
        };
      });
    const buttons = addTablePanel(
      this,
      TABLE_BOX,
      seats,
      deals,
      later,
      {
        negotiate: (id) => this.negotiate(id),
        renege: (id) => this.confirmRenege(rules, id),
        allDeals: () => this.openDeals(rules),
        endTurn: () => this.endTurn(),
      },
      this.focus,
    );
    this.baseButtons.push(...buttons);
  }

  private bindKeys(): void {
    const keyboard = this.input.keyboard;
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      const store = storeOf(this).getState();
      // The press that opened the help must not also close it.
      const fresh = event.timeStamp <= this.helpOpenedAt;
      if (this.dialogs.kind() === 'help' && (key === 'h' || key === '?') && !fresh)
        this.dialogs.close();
      else if (!this.dialogs.kind() && key === '?' && store.rules) this.openHelp(store.rules);
      else if (!this.dialogs.kind() && key === 'i') this.standing?.activate();
    };
    keyboard?.on('keydown', onKey);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => keyboard?.off('keydown', onKey));
  }

  private negotiate(id: string): void {
    if (this.dialogs.kind()) return;
    const { game, rules } = storeOf(this).getState();
    if (!game || !rules) return;
    const status = seatStatus(game, id);
    const atTable = rules.calendar[game.turn - 1]?.atTable.includes(id);
    const name = rules.actorById[id]?.name ?? id;
    if (!atTable) this.flash(t('seat.notAtTable', { name }));
    else if (status === 'walked') this.flash(t('seat.leftTable', { name }));
    else storeOf(this).getState().goTo('negotiation', id);
  }

  private endTurn(): void {
    const result = storeOf(this).getState().act({ type: 'endTurn' });
    if (!result.ok) this.flash(result.reason);
  }

  /** A short message over the bottom of the map (refusals, unavailable counterparts). */
  private flash(text: string): void {
    const t = addText(
      this,
      MAP_BOX.x + MAP_BOX.width / 2,
      MAP_BOX.y + MAP_BOX.height - 28,
      text,
      'body',
      { colour: css.warn, bold: true, width: 600, align: 'center' },
    );
    t.setOrigin(0.5, 1).setDepth(700).setBackgroundColor(`${css.dark}e0`).setPadding(12, 6, 12, 6);
    this.tweens.add({
      targets: t,
      alpha: 0,
      delay: 3200,
      duration: 400,
      onComplete: () => t.destroy(),
    });
  }

  private confirmRenege(rules: CompiledRules, dealId: number): void {
    const deal = storeOf(this)
      .getState()
      .game?.deals.find((d) => d.id === dealId);
    if (!deal) return;
    confirmRenege(this, this.dialogs, rules, deal, () => {
      const result = storeOf(this).getState().act({ type: 'renege', dealId });
      if (!result.ok) this.flash(result.reason);
    });
  }

  private openDeals(rules: CompiledRules): void {
    const game = storeOf(this).getState().game;
    if (game)
      openDeals(this, this.dialogs, rules, activeDeals(game), (deal) =>
        this.confirmRenege(rules, deal.id),
      );
  }

  private openHelp(rules: CompiledRules): void {
    openHelp(this, this.dialogs, rules);
    this.helpOpenedAt = performance.now();
  }

  /** While a dialog is open the board's buttons and the index leave the keyboard and the pointer alone. */
  private silenceBoard(): () => void {
    this.tooltip.hide();
    const enabled = this.baseButtons.filter((b) => b.active && b.enabled());
    for (const b of enabled) b.setEnabled(false);
    if (this.standing) this.standing.blocked = true;
    return () => {
      for (const b of enabled) if (b.active) b.setEnabled(true);
      if (this.standing) this.standing.blocked = false;
    };
  }
}

function gameKey(game: GameState): string {
  return `${game.scenarioId}:${game.seed}`;
}

/** 'Washington, D.C.' → ['washington, d.c.', 'washington', id]: how the map asset names capitals. */
function capitalKeys(capital: string, id: string): string[] {
  const lower = capital.toLowerCase();
  return [lower, lower.split(/[\s,]/)[0] ?? lower, id];
}

function seatStatus(game: GameState, id: string): Seat['status'] {
  const a = game.actors[id];
  if (a?.dealtThisTurn) return 'signed';
  if (a?.walkedAway || (a && a.patience <= 0)) return 'walked';
  if (game.pending?.original.to === id) return 'counter';
  if (game.pending) return 'waiting';
  return 'open';
}

function activeDeals(game: GameState) {
  return game.deals.filter((d) => d.status === 'active');
}
