// Negotiation: build a package of what Seoul gives and asks, watch the live forecast, send it, read the answer.
import Phaser from 'phaser';
import type {
  CompiledActor,
  CompiledRules,
  Forecast,
  GameState,
  OfferAction,
  Outcome,
} from '../../engine';
import { views } from '../../store';
import { storeOf } from '../context';
import { t } from '../i18n';
import { colour, css, edges, DESIGN_WIDTH } from '../theme';
import { drawAnswer, type AnswerView } from '../ui/answer-panel';
import { Button } from '../ui/button';
import { FocusRing } from '../ui/focus';
import { ignoreStaleKeys } from '../ui/fresh-keys';
import { drawForecast } from '../ui/forecast-panel';
import { fitCamera } from '../ui/layout';
import { openingOf, waitingCounter } from '../ui/negotiation-opening';
import { addDossier } from '../ui/dossier-card';
import { drawNegotiationHeader, InfoStrip } from '../ui/negotiation-chrome';
import { LEVER_ROW_HEIGHT, LeverControl, noneValue, type LeverValue } from '../ui/lever-control';
import { addPanel } from '../ui/panel';
import { addText, clampLines } from '../ui/text';

const LEFT = { x: 16, width: 748 };
const PANEL = { x: 780, y: 64, width: 484, height: 556 };
const INFO = { x: 16, y: 628, width: DESIGN_WIDTH - 32, height: 80 };

type Closed = { kind: 'closed'; text: string };
type Mode =
  | { kind: 'forecast'; notice?: string }
  | {
      kind: 'answer';
      outcome: Outcome | Closed;
      index: number;
      stabilityBefore: number;
      why?: Forecast['parts'];
    };

export class Negotiation extends Phaser.Scene {
  private actor!: CompiledActor;
  private focus!: FocusRing;
  private controls: LeverControl[] = [];
  private mode: Mode = { kind: 'forecast' };
  private panel!: Phaser.GameObjects.Container;
  private header!: Phaser.GameObjects.Container;
  private info!: InfoStrip;
  private send!: Button;
  private clear!: Button;
  private demands: Button | null = null;
  private acting = false;
  private lastFocused: unknown = null;
  /** False until create() has drawn the screen (it may leave early for the title or the board). */
  private ready = false;

  constructor() {
    super('Negotiation');
  }

  create(): void {
    fitCamera(this);
    this.ready = false;
    const store = storeOf(this);
    const { game, rules, counterpart } = store.getState();
    if (!game || !rules) return store.getState().goTo('title');
    if (game.over) return store.getState().goTo('summary');
    const actor = counterpart ? rules.actorById[counterpart] : undefined;
    if (!actor) return store.getState().goTo('board');
    this.actor = actor;
    ignoreStaleKeys(this);
    this.controls = [];
    this.demands = null;
    this.acting = false;
    this.lastFocused = null;
    this.focus = new FocusRing(this);
    this.drawFrame();
    this.drawControls(rules, game);
    this.drawDemands(rules, game);
    this.drawPanelFrame();
    this.header = this.add.container(0, 0);
    this.info = new InfoStrip(this, INFO);
    this.mode = this.openingMode(rules, game);
    this.render();
    this.bindKeys();
    if (this.controls[0]) this.focus.focus(this.controls[0]);
    this.ready = true;
    const unsub = store.subscribe((s, prev) => {
      if (s.game !== prev.game && !this.acting) this.render();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsub);
  }

  override update(): void {
    // The info strip follows the keyboard focus as well as the pointer.
    if (!this.ready) return;
    const focused = this.focus.focused();
    if (focused === this.lastFocused) return;
    this.lastFocused = focused;
    if (focused instanceof LeverControl) this.info.explain(focused.lever);
  }

  // ── drawing ────────────────────────────────────────────────────────────

  private drawFrame(): void {
    const g = this.add.graphics();
    g.fillStyle(colour.panel, 1).fillRect(0, 0, DESIGN_WIDTH, 56);
    g.lineStyle(edges.rule, colour.panelEdge, 1).lineBetween(0, 56, DESIGN_WIDTH, 56);
    new Button(this, {
      x: 16,
      y: 8,
      width: 150,
      height: 40,
      label: t('nego.back'),
      hotkey: 'ESC',
      kind: 'quiet',
      onPress: () => this.back(),
      focus: this.focus,
    });
  }

  private levers(rules: CompiledRules, side: 'give' | 'ask') {
    return rules.levers.filter((l) => l.side === side && l.counterparts.includes(this.actor.id));
  }

  private drawControls(rules: CompiledRules, game: GameState): void {
    const demanded = new Set(views.openDemands(rules, game, this.actor).map((d) => d.lever));
    const gives = this.levers(rules, 'give');
    const asks = this.levers(rules, 'ask');
    let y = 142;
    y = this.drawSide(t('nego.gives'), gives, y, demanded);
    y = this.drawSide(t('nego.asks'), asks, y + 4, demanded);
    // A short lever list leaves room to read who sits across the table.
    const room = INFO.y - 12 - (y + 12);
    if (room >= 120)
      addDossier(
        this,
        { x: LEFT.x, y: y + 12, width: LEFT.width, height: Math.min(room, 260) },
        this.actor,
      );
  }

  /** One side of the package in two columns, filled top to bottom so ↓ reads down a column. */
  private drawSide(
    title: string,
    levers: CompiledRules['levers'],
    y: number,
    demanded: Set<string>,
  ): number {
    addText(this, LEFT.x, y, title, 'small', {
      colour: css.accent,
      bold: true,
      letterSpacing: 1.5,
    });
    const g = this.add.graphics();
    g.lineStyle(edges.rule, colour.panelEdge, 1).lineBetween(
      LEFT.x + 130,
      y + 10,
      LEFT.x + LEFT.width,
      y + 10,
    );
    if (levers.length === 0) {
      addText(this, LEFT.x + 140, y, t('nego.nothingSide'), 'small', {
        colour: css.faint,
      });
      return y + 26;
    }
    const rows = Math.ceil(levers.length / 2);
    const width = (LEFT.width - 16) / 2;
    levers.forEach((lever, i) => {
      const column = Math.floor(i / rows);
      const control = new LeverControl(this, {
        x: LEFT.x + column * (width + 16),
        y: y + 24 + (i % rows) * LEVER_ROW_HEIGHT,
        width,
        lever,
        value: noneValue(lever),
        demanded: demanded.has(lever.id),
        onChange: () => this.changed(),
        onHover: () => this.info.explain(lever),
        focus: this.focus,
      });
      this.controls.push(control);
    });
    return y + 24 + rows * LEVER_ROW_HEIGHT;
  }

  private drawDemands(rules: CompiledRules, game: GameState): void {
    const open = views.openDemands(rules, game, this.actor);
    const width = open.length > 0 ? LEFT.width - 330 : LEFT.width;
    addText(this, LEFT.x, 66, t('nego.asksFor', { name: this.actor.name }), 'small', {
      colour: css.accent,
      bold: true,
    });
    const list = open.map((d) => `${d.met ? '✓' : '✗'} ${d.label}`).join('   ');
    const text = open.length > 0 ? list : t('nego.noDemands');
    clampLines(
      addText(this, LEFT.x, 88, text, 'small', {
        colour: open.length > 0 ? css.text : css.faint,
        width,
        lineSpacing: 1,
      }),
      2,
    );
    if (open.length === 0) return;
    this.demands = new Button(this, {
      x: LEFT.x + LEFT.width - 318,
      y: 70,
      width: 318,
      height: 44,
      label: t('nego.putDemands'),
      hotkey: 'D',
      onPress: () => this.putDemands(),
      focus: this.focus,
    });
  }

  private drawPanelFrame(): void {
    addPanel(this, PANEL.x, PANEL.y, PANEL.width, PANEL.height);
    this.panel = this.add.container(PANEL.x + 16, PANEL.y + 14);
    const y = PANEL.y + PANEL.height - 60;
    this.send = new Button(this, {
      x: PANEL.x + 16,
      y,
      width: 300,
      height: 48,
      label: t('nego.send'),
      hint: '[Enter]',
      kind: 'primary',
      onPress: () => this.sendOffer(),
      focus: this.focus,
    });
    this.clear = new Button(this, {
      x: PANEL.x + 328,
      y,
      width: PANEL.width - 344,
      height: 48,
      label: t('nego.clear'),
      hotkey: 'C',
      kind: 'quiet',
      onPress: () => this.clearPackage(),
      focus: this.focus,
    });
  }

  /** Draws the forecast or the answer for the current mode; the one place the right panel is rebuilt. */
  private render(): void {
    const { game, rules } = storeOf(this).getState();
    if (!game || !rules) return;
    drawNegotiationHeader(this, this.header, rules, game, this.actor);
    this.panel.removeAll(true);
    const answering = this.mode.kind === 'answer';
    this.send.setVisible(!answering);
    this.clear.setVisible(!answering);
    const locked = answering && !this.canOffer(game);
    const counter =
      this.mode.kind === 'answer' && this.mode.outcome.kind === 'countered'
        ? this.mode.outcome.counter
        : null;
    const proposed = counter ? [...counter.gives, ...counter.asks] : [];
    for (const c of this.controls) {
      c.setLocked(locked);
      c.setProposal(
        counter
          ? (proposed.find((s) => s.lever === c.lever.id)?.value ?? noneValue(c.lever))
          : null,
      );
    }
    this.demands?.setEnabled(!locked);
    if (this.mode.kind === 'forecast') this.renderForecast(rules, this.mode.notice);
    else this.renderAnswer(rules, game, this.mode);
    const first = this.controls.find((c) => c.enabled());
    const focused = this.focus.focused();
    const stray = !focused || !focused.isShown() || focused === this.send || focused === this.clear;
    if (this.mode.kind === 'forecast' && stray && first) this.focus.focus(first);
    this.focus.draw();
  }

  private renderForecast(rules: CompiledRules, notice?: string): void {
    const offer = this.offer();
    const f = storeOf(this).getState().forecast(offer);
    if (!f) return;
    const empty = offer.gives.length + offer.asks.length === 0;
    drawForecast(this, this.panel, PANEL.width - 32, f, rules, this.actor.name, empty);
    this.send.setEnabled(f.legal);
    if (notice)
      this.panel.add(
        clampLines(
          addText(this, 0, PANEL.height - 130, t('nego.notSent', { reason: notice }), 'small', {
            colour: css.warn,
            bold: true,
            width: PANEL.width - 32,
          }),
          2,
        ),
      );
  }

  private renderAnswer(
    rules: CompiledRules,
    game: GameState,
    mode: Extract<Mode, { kind: 'answer' }>,
  ): void {
    const a = game.actors[this.actor.id];
    const o = mode.outcome;
    const view: AnswerView = {
      outcome: o,
      actorName: this.actor.name,
      changes: game.changes.filter((c) => c.reason.action === mode.index),
      stabilityBefore: mode.stabilityBefore,
      stabilityAfter: views.stabilityValue(rules, game.tracks),
      counterForecast: o.kind === 'countered' ? storeOf(this).getState().forecast(o.counter) : null,
      patience: a?.patience ?? 0,
      patienceFull: this.actor.patience.value,
      canRetry: this.canOffer(game),
      why: o.kind === 'refused' ? (mode.why ?? []) : [],
    };
    drawAnswer(
      this,
      this.panel,
      { width: PANEL.width - 32, height: PANEL.height - 28 },
      view,
      rules,
      {
        takeCounter: () => this.perform({ type: 'acceptCounter' }),
        adjust: () => this.adjust(),
        walkAway: () => this.perform({ type: 'walkAway' }),
        retry: () => this.retry(),
        back: () => this.back(),
      },
      this.focus,
    );
  }

  // ── the package ────────────────────────────────────────────────────────

  private offer(): OfferAction {
    const part = (side: 'give' | 'ask') =>
      this.controls
        .filter((c) => c.lever.side === side && c.degree() > 0)
        .map((c) => ({ lever: c.lever.id, value: c.value() }));
    return { type: 'offer', to: this.actor.id, gives: part('give'), asks: part('ask') };
  }

  private loadPackage(settings: { lever: string; value: LeverValue }[]): void {
    for (const c of this.controls)
      c.setValue(settings.find((s) => s.lever === c.lever.id)?.value ?? noneValue(c.lever));
  }

  private changed(): void {
    const game = storeOf(this).getState().game;
    // Changing a lever after an answer drafts a new offer, as long as the counterpart still listens.
    if (this.mode.kind === 'answer' && game && !this.canOffer(game)) return;
    this.mode = { kind: 'forecast' };
    this.render();
  }

  private putDemands(): void {
    const { game, rules } = storeOf(this).getState();
    if (!game || !rules) return;
    for (const d of views.openDemands(rules, game, this.actor)) {
      const c = this.controls.find((x) => x.lever.id === d.lever);
      if (c && (views.degreeOf(c.lever, d.value) ?? 0) > c.degree()) c.setValue(d.value);
    }
    this.changed();
  }

  private clearPackage(): void {
    this.loadPackage([]);
    this.changed();
  }

  private canOffer(game: GameState): boolean {
    const a = game.actors[this.actor.id];
    const atTable = storeOf(this)
      .getState()
      .rules?.calendar[game.turn - 1]?.atTable.includes(this.actor.id);
    return Boolean(atTable && a && !a.dealtThisTurn && !a.walkedAway && a.patience > 0);
  }

  // ── intents ────────────────────────────────────────────────────────────

  private sendOffer(): void {
    if (this.mode.kind !== 'forecast') return;
    const offer = this.offer();
    const f = storeOf(this).getState().forecast(offer);
    if (!f?.legal) {
      this.mode = { kind: 'forecast', notice: f?.problem ?? t('nego.cannotSend') };
      this.render();
      return;
    }
    this.perform(offer);
  }

  /** Sends one action to the engine and shows its answer in the forecast's place. */
  private perform(action: OfferAction | { type: 'acceptCounter' } | { type: 'walkAway' }): void {
    const store = storeOf(this);
    const { game, rules } = store.getState();
    if (!game || !rules) return;
    const stabilityBefore = views.stabilityValue(rules, game.tracks);
    // How the counterpart weighs the package before it answers, to explain a refusal afterwards.
    const why = action.type === 'offer' ? (store.getState().forecast(action)?.parts ?? []) : [];
    this.acting = true;
    const result = store.getState().act(action);
    this.acting = false;
    if (store.getState().screen !== 'negotiation') return;
    if (!result.ok) this.mode = { kind: 'forecast', notice: result.reason };
    else {
      const index = (store.getState().game?.log.length ?? 1) - 1;
      this.mode = { kind: 'answer', outcome: result.outcome, index, stabilityBefore, why };
    }
    this.render();
  }

  private adjust(): void {
    const pending = storeOf(this).getState().game?.pending;
    if (pending && pending.original.to === this.actor.id)
      this.loadPackage([...pending.counter.gives, ...pending.counter.asks]);
    this.mode = { kind: 'forecast' };
    this.render();
  }

  private retry(): void {
    this.mode = { kind: 'forecast' };
    this.render();
    const first = this.controls.find((c) => c.enabled());
    if (first) this.focus.focus(first);
  }

  private back(): void {
    storeOf(this).getState().goTo('board');
  }

  /** What the screen opens on: a waiting counter-offer, a closed table, or a fresh (or last-sent) package. */
  private openingMode(rules: CompiledRules, game: GameState): Mode {
    const stabilityBefore = views.stabilityValue(rules, game.tracks);
    const opening = openingOf(rules, game, this.actor);
    this.loadPackage(opening.settings);
    if (opening.kind === 'forecast') return { kind: 'forecast' };
    const outcome: Outcome | Closed =
      opening.kind === 'counter' ? waitingCounter(opening) : { kind: 'closed', text: opening.text };
    return { kind: 'answer', outcome, index: -1, stabilityBefore };
  }

  // ── keys ───────────────────────────────────────────────────────────────

  private bindKeys(): void {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    const handlers: Record<string, (e: KeyboardEvent) => void> = {
      'keydown-ENTER': (e) => this.onEnter(e),
      'keydown-UP': (e) => this.moveFocus(e, -1),
      'keydown-DOWN': (e) => this.moveFocus(e, 1),
      'keydown-LEFT': (e) => this.stepFocused(e, -1),
      'keydown-RIGHT': (e) => this.stepFocused(e, 1),
    };
    for (const [event, handler] of Object.entries(handlers)) keyboard.on(event, handler);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const [event, handler] of Object.entries(handlers)) keyboard.off(event, handler);
    });
  }

  /** Enter sends the offer (or answers the answer), unless the focus ring rests on a button: then it presses that. */
  private onEnter(e: KeyboardEvent): void {
    const focused = this.focus.focused();
    if (focused instanceof Button && focused.isShown() && focused.enabled()) return;
    e.preventDefault();
    // Phaser stops the event here, before the focus ring's own Enter handler sees it.
    e.stopImmediatePropagation();
    if (this.mode.kind === 'forecast') this.sendOffer();
    else this.onEnterAnswer();
  }

  private onEnterAnswer(): void {
    if (this.mode.kind !== 'answer') return;
    const kind = this.mode.outcome.kind;
    const game = storeOf(this).getState().game;
    if (kind === 'countered') return;
    if (game && this.canOffer(game) && kind !== 'accepted') this.retry();
    else this.back();
  }

  private moveFocus(e: KeyboardEvent, step: number): void {
    const usable = this.controls.filter((c) => c.enabled());
    if (usable.length === 0) return;
    e.preventDefault();
    const at = usable.indexOf(this.focus.focused() as LeverControl);
    const next =
      at < 0 ? (step >= 0 ? 0 : usable.length - 1) : (at + step + usable.length) % usable.length;
    this.focus.focus(usable[next]!);
    this.info.explain(usable[next]!.lever);
  }

  private stepFocused(e: KeyboardEvent, direction: 1 | -1): void {
    const focused = this.focus.focused();
    if (!(focused instanceof LeverControl)) return this.moveFocus(e, 0);
    e.preventDefault();
    focused.step(direction);
  }
}
