// The briefing before turn 1: the situation and Seoul's goals, a dossier on each capital, the calendar and sources.
import Phaser from 'phaser';
import type { CompiledRules, GameState } from '../../engine';
import type { Scenario } from '../../scenario';
import type { GameStore } from '../../store';
import { storeOf } from '../context';
import { t, type MessageKey } from '../i18n';
import { colour, css, edges, DESIGN_WIDTH } from '../theme';
import { Button } from '../ui/button';
import { atTableNames, formatDate } from '../ui/calendar-date';
import { formatWithUnit } from '../ui/change-list';
import { addCardFrame } from '../ui/card-frame';
import { temperamentWord } from '../ui/counterpart-words';
import { addBriefingDossier } from '../ui/briefing-dossier';
import { FocusRing } from '../ui/focus';
import { bindKeys, ignoreKeysHeldOver } from '../ui/key-bindings';
import { fitCamera } from '../ui/layout';
import { redrawOnChange, stillShown } from '../ui/redraw-on-change';
import { addBackdrop, addHeader, addKicker } from '../ui/room-backdrop';
import { addText } from '../ui/text';

const PAGES = [
  'briefing.page.situation',
  'briefing.page.counterparts',
  'briefing.page.calendar',
] as const satisfies readonly MessageKey[];
const PAGE_KEYS = ['ONE', 'TWO', 'THREE'];
const TOP = 150;
const BOTTOM = 636;
const MARGIN = 60;

interface Briefed {
  scenario: Scenario;
  rules: CompiledRules;
  game: GameState;
}

export class Briefing extends Phaser.Scene {
  private focus!: FocusRing;
  private page = 0;
  private counterpart = 0;
  private layer: Phaser.GameObjects.Container | null = null;
  private tabs: Phaser.GameObjects.Container | null = null;
  private begin: Button | null = null;

  constructor() {
    super('Briefing');
  }

  create(): void {
    fitCamera(this);
    ignoreKeysHeldOver(this);
    const store = storeOf(this);
    if (!stillShown(this, store, 'briefing')) return;
    const { scenario, rules, game } = store.getState();
    if (!scenario || !rules || !game) return store.getState().goTo('title');
    const briefed = { scenario, rules, game };
    this.layer = null;
    this.tabs = null;
    addBackdrop(this);
    addHeader(this, {
      title: t('briefing.title'),
      right: `${scenario.title}  ·  ${t('common.turns', { count: rules.calendar.length })}`,
    });
    this.focus = new FocusRing(this);
    this.drawFooter(store);
    this.showPage(briefed, this.page);
    this.bindKeys(briefed);
    redrawOnChange(this, store, 'briefing', (s) => s.game);
  }

  private drawFooter(store: GameStore): void {
    addText(this, MARGIN, BOTTOM + 40, t('briefing.keys'), 'small', {
      colour: css.faint,
    }).setOrigin(0, 0.5);
    const start = () => {
      const game = store.getState().game;
      store.getState().goTo(game && game.news.length > 0 ? 'events' : 'board');
    };
    this.begin = new Button(this, {
      x: DESIGN_WIDTH - MARGIN - 260,
      y: BOTTOM + 14,
      width: 260,
      height: 52,
      label: t('briefing.begin'),
      hint: '[Enter]',
      kind: 'primary',
      onPress: start,
      focus: this.focus,
    });
  }

  private bindKeys(briefed: Briefed): void {
    const turn = (step: number) =>
      this.showPage(briefed, (this.page + step + PAGES.length) % PAGES.length);
    const pick = (step: number) => {
      if (this.page !== 1) return;
      const count = briefed.rules.actors.length;
      this.counterpart = (this.counterpart + step + count) % count;
      this.showPage(briefed, 1);
    };
    bindKeys(this, {
      LEFT: () => turn(-1),
      RIGHT: () => turn(1),
      UP: () => pick(-1),
      DOWN: () => pick(1),
    });
  }

  /** Redraws the tabs and the page; Enter keeps meaning Begin, whatever page is open. */
  private showPage(briefed: Briefed, page: number): void {
    this.page = page;
    this.tabs?.destroy();
    this.layer?.destroy();
    this.tabs = this.drawTabs(briefed);
    this.layer = this.add.container(0, 0);
    if (page === 0) this.drawSituation(briefed);
    else if (page === 1) this.drawCounterparts(briefed);
    else this.drawCalendar(briefed);
    this.layer.setAlpha(0);
    this.tweens.add({ targets: this.layer, alpha: 1, duration: 160 });
    if (this.begin) this.focus.focus(this.begin);
  }

  private drawTabs(briefed: Briefed): Phaser.GameObjects.Container {
    const c = this.add.container(0, 0);
    const width = 250;
    PAGES.forEach((page, i) => {
      const current = i === this.page;
      const b = new Button(this, {
        x: MARGIN + i * (width + 12),
        y: 84,
        width,
        height: 44,
        label: `${i + 1}  ${t(page)}`,
        hotkey: PAGE_KEYS[i],
        kind: current ? 'normal' : 'quiet',
        onPress: () => this.showPage(briefed, i),
        focus: this.focus,
      });
      c.add(b);
    });
    const g = this.add.graphics();
    g.fillStyle(colour.orange, 1).fillRect(
      MARGIN + this.page * (width + 12) + 8,
      84 + 44 + 4,
      width - 16,
      3,
    );
    g.lineStyle(edges.rule, colour.panelEdge, 1).lineBetween(
      MARGIN,
      84 + 44 + 8,
      DESIGN_WIDTH - MARGIN,
      84 + 44 + 8,
    );
    const pageNote = addText(
      this,
      DESIGN_WIDTH - MARGIN,
      84 + 22,
      t('briefing.pageOf', { page: this.page + 1, count: PAGES.length }),
      'small',
      { colour: css.faint },
    ).setOrigin(1, 0.5);
    c.add([g, pageNote]);
    return c;
  }

  private drawSituation({ scenario, rules, game }: Briefed): void {
    const layer = this.layer!;
    const leftWidth = 680;
    layer.add(addKicker(this, MARGIN, TOP + 6, t('briefing.situation')));
    const situation = addText(this, MARGIN, TOP + 34, scenario.briefing.situation, 'body', {
      width: leftWidth,
      lineSpacing: 7,
    });
    layer.add(situation);
    const standY = Math.min(situation.y + situation.height + 28, BOTTOM - 150);
    layer.add(addKicker(this, MARGIN, standY, t('briefing.standing')));
    rules.tracks.forEach((track, i) => {
      const x = MARGIN + (i % 2) * (leftWidth / 2 + 10);
      const y = standY + 30 + Math.floor(i / 2) * 28;
      const value = formatWithUnit(game.tracks[track.id] ?? track.start, track.unit);
      layer.add(addText(this, x, y, track.label, 'small', { colour: css.muted }));
      layer.add(
        addText(this, x + leftWidth / 2 - 30, y, value, 'small', { bold: true }).setOrigin(1, 0),
      );
    });
    this.drawGoals(scenario.briefing.goals);
  }

  private drawGoals(goals: string[]): void {
    const layer = this.layer!;
    const x = 800;
    const width = DESIGN_WIDTH - MARGIN - 24 - x;
    const g = this.add.graphics();
    g.fillStyle(colour.panel, 0.95).fillRoundedRect(x - 24, TOP, width + 48, BOTTOM - TOP - 16, 10);
    g.lineStyle(edges.panel, colour.panelEdge, 1).strokeRoundedRect(
      x - 24,
      TOP,
      width + 48,
      BOTTOM - TOP - 16,
      10,
    );
    layer.add(g);
    layer.add(addKicker(this, x, TOP + 22, t('briefing.goals')));
    let y = TOP + 56;
    goals.forEach((goal, i) => {
      layer.add(addText(this, x, y, `${i + 1}`, 'heading', { colour: css.accent }));
      const t = addText(this, x + 30, y + 2, goal, 'body', { width: width - 30 });
      layer.add(t);
      y += t.height + 18;
    });
  }

  private drawCounterparts(briefed: Briefed): void {
    const { rules, game } = briefed;
    const actors = rules.actors;
    this.counterpart = Phaser.Math.Clamp(this.counterpart, 0, actors.length - 1);
    const width = 290;
    const height = Math.min(110, (BOTTOM - TOP - 16 - (actors.length - 1) * 10) / actors.length);
    actors.forEach((_, i) =>
      this.drawIndexCard(briefed, i, TOP + i * (height + 10), width, height),
    );
    const x = MARGIN + width + 24;
    const chosen = actors[this.counterpart]!;
    const box = { x, y: TOP, width: DESIGN_WIDTH - MARGIN - x, height: BOTTOM - TOP - 16 };
    const dossier = addBriefingDossier(this, box, rules, chosen, game);
    this.layer!.add(dossier);
  }

  /** A capital's index card: name, temperament in a word, relations now; a click opens its dossier. */
  private drawIndexCard(
    briefed: Briefed,
    i: number,
    y: number,
    width: number,
    height: number,
  ): void {
    const { rules, game } = briefed;
    const actor = rules.actors[i]!;
    const chosen = i === this.counterpart;
    const x = MARGIN + 20;
    const frame = addCardFrame(this, MARGIN, y, width, height, { chosen });
    const name = addText(this, x, y + 16, actor.name, 'heading', {
      colour: chosen ? css.accent : css.text,
    });
    const word = temperamentWord(actor, rules.actors);
    const tagText = t('briefing.indexTag', { temperament: word, patience: actor.patience.value });
    const tag = addText(this, x, name.y + name.height + 4, tagText, 'small', { colour: css.muted });
    const track = rules.trackById[actor.relationTrack];
    const level = formatWithUnit(
      game.tracks[actor.relationTrack] ?? track?.start ?? 0,
      track?.unit,
    );
    const relation = addText(
      this,
      x,
      tag.y + tag.height + 2,
      t('briefing.relations', { level }),
      'small',
      {
        colour: css.faint,
      },
    );
    const arrow = addText(this, MARGIN + width - 20, y + height / 2, chosen ? '▶' : '', 'body', {
      colour: css.accent,
    });
    arrow.setOrigin(1, 0.5);
    const zone = this.add
      .zone(MARGIN, y, width, height)
      .setOrigin(0)
      .setInteractive({ useHandCursor: true });
    zone.on('pointerup', () => {
      this.counterpart = i;
      this.showPage(briefed, 1);
    });
    this.layer!.add([frame, name, tag, relation, arrow, zone]);
  }

  private drawCalendar({ scenario, rules }: Briefed): void {
    const layer = this.layer!;
    const width = 700;
    layer.add(addKicker(this, MARGIN, TOP + 6, t('briefing.calendar')));
    const rowHeight = Math.min(48, (BOTTOM - TOP - 40) / Math.max(1, rules.calendar.length));
    rules.calendar.forEach((turn, i) => {
      const y = TOP + 34 + i * rowHeight;
      const g = this.add.graphics();
      g.fillStyle(i % 2 === 0 ? colour.panel : colour.panelRaised, 0.9).fillRect(
        MARGIN,
        y,
        width,
        rowHeight - 4,
      );
      g.fillStyle(colour.orange, 1).fillCircle(MARGIN + 22, y + (rowHeight - 4) / 2, 13);
      const n = addText(this, MARGIN + 22, y + (rowHeight - 4) / 2, `${i + 1}`, 'small', {
        colour: css.dark,
        bold: true,
      }).setOrigin(0.5);
      const date = addText(this, MARGIN + 50, y + 4, formatDate(turn.date), 'small', {
        colour: css.accent,
      });
      const label = addText(this, MARGIN + 170, y + 4, turn.label, 'small', {
        bold: true,
        width: width - 180,
      });
      const table = addText(
        this,
        MARGIN + 170,
        y + 24,
        t('common.atTable', { names: atTableNames(rules, i + 1) }),
        'small',
        { colour: css.muted },
      );
      table.setFontSize(Math.min(16, Math.max(14, rowHeight / 3)));
      layer.add([g, n, date, label, table]);
    });
    this.drawSources(scenario);
  }

  private drawSources(scenario: Scenario): void {
    const layer = this.layer!;
    const x = 800;
    const width = DESIGN_WIDTH - MARGIN - x;
    layer.add(addKicker(this, x, TOP + 6, t('briefing.sources')));
    let y = TOP + 36;
    for (const source of scenario.briefing.sources) {
      if (y > BOTTOM - 60) break;
      const title = addText(this, x, y, source.title, 'small', { width });
      const file = addText(this, x, y + title.height + 2, source.id, 'small', {
        colour: css.faint,
      });
      layer.add([title, file]);
      y = file.y + file.height + 14;
      if (source.note) {
        const note = addText(this, x, y - 10, source.note, 'small', { colour: css.muted, width });
        layer.add(note);
        y = note.y + note.height + 14;
      }
    }
    const more = t('briefing.moreSources');
    layer.add(
      addText(this, x, Math.min(y + 4, BOTTOM - 30), more, 'small', { colour: css.muted, width }),
    );
  }
}
