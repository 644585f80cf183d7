// The front door: the game's name, the bundled scenarios, Play / Continue / Credits, and any notice about saves.
import Phaser from 'phaser';
import type { CatalogueEntry, GameStore } from '../../store';
import { storeOf } from '../context';
import { css, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { Button, type ButtonOptions } from '../ui/button';
import { formatDate } from '../ui/calendar-date';
import { addCardFrame } from '../ui/card-frame';
import { confirmDialog } from '../ui/confirm-dialog';
import { openCreditsPanel } from '../ui/credits-panel';
import { downloadText } from '../ui/download';
import { FocusRing } from '../ui/focus';
import { bindKeys, ignoreKeysHeldOver } from '../ui/key-bindings';
import { fitCamera } from '../ui/layout';
import { stillShown } from '../ui/redraw-on-change';
import type { DialogFrame } from '../ui/dialog-frame';
import { addNoticeBanner } from '../ui/notice-banner';
import { addKicker, addBackdrop } from '../ui/room-backdrop';
import { addText, clampLines } from '../ui/text';
import { addTightrope } from '../ui/title-rope';

const LEFT = 80;
const RIGHT_COLUMN = 800;
const COLUMN_WIDTH = 400;
const SET_ASIDE_FILE = 'tightrope-save-set-aside.json';
const CARD_WIDTH = RIGHT_COLUMN - LEFT - 60;
const ROW_HEIGHT = 58;
const ROW_GAP = 10;

/** Objects drawn for one entry of a list, and the height they take. */
interface Drawn {
  parts: Phaser.GameObjects.GameObject[];
  height: number;
}

/** Looked for once per page load: a save that cannot be read is set aside (with a notice) before Play overwrites it. */
let checkedForDamagedSave = false;

function setAsideDamagedSave(store: GameStore): void {
  if (checkedForDamagedSave) return;
  checkedForDamagedSave = true;
  const s = store.getState();
  // savedGame() is null both when there is no save and when it is unreadable; resume() tells them apart
  // and, for a damaged one, sets it aside and raises the notice. A readable save is never touched here.
  if (!s.notice && !s.game && !s.savedGame()) s.resume();
}

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "10 turns · 16 Jun 2025 – 15 Dec 2025 · English" */
function scenarioFacts(entry: CatalogueEntry): string {
  const calendar = entry.scenario.calendar;
  const first = calendar[0];
  const last = calendar[calendar.length - 1];
  const span = first && last ? `${formatDate(first.date)} – ${formatDate(last.date)}` : '';
  return [`${entry.turns} turns`, span, languageName(entry.language)].filter(Boolean).join('  ·  ');
}

/** The scenario's title without the game's own name in front: "Tightrope: the 2025…" → "The 2025…". */
function shortTitle(title: string): string {
  const short = title.replace(/^tightrope\s*[:\-–—]\s*/i, '');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export class Title extends Phaser.Scene {
  private focus!: FocusRing;
  private buttons: Button[] = [];
  private modal: DialogFrame | null = null;
  private selected = 0;
  private playButton: Button | null = null;
  private list: Phaser.GameObjects.Container | null = null;
  private listTop = 0;

  constructor() {
    super('Title');
  }

  create(): void {
    fitCamera(this);
    ignoreKeysHeldOver(this);
    const store = storeOf(this);
    if (!stillShown(this, store, 'title')) return;
    setAsideDamagedSave(store);
    this.buttons = [];
    this.modal = null;
    this.list = null;
    addBackdrop(this);
    this.focus = new FocusRing(this);
    const top = this.drawNotice(store);
    // With a notice on top the name block is set smaller, so the scenario still fits above the key line.
    const compact = top > 64;
    const below = this.drawName(top, compact) + (compact ? 16 : 24);
    const catalogue = store.getState().catalogue;
    this.selected = Phaser.Math.Clamp(this.selected, 0, Math.max(0, catalogue.length - 1));
    this.drawScenarios(catalogue, below);
    const actionsEnd = this.drawActions(store, below);
    this.drawHowToPlay(actionsEnd + 16);
    this.drawFooter(store.getState().savedGame() !== null);
    this.bindKeys();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.screen === 'title' && s.notice !== prev.notice) this.scene.restart();
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
  }

  /** The notice banner across the top, if any; returns where the rest of the screen starts. */
  private drawNotice(store: GameStore): number {
    const { notice, setAsideSave, dismissNotice } = store.getState();
    if (!notice) return 64;
    const saved = setAsideSave();
    const banner = addNoticeBanner(this, {
      notice,
      x: LEFT - 40,
      y: 20,
      width: DESIGN_WIDTH - 2 * (LEFT - 40),
      onDismiss: () => dismissNotice(),
      onDownload: saved ? () => downloadText(SET_ASIDE_FILE, saved) : undefined,
      focus: this.focus,
    });
    banner.container.setDepth(10);
    this.buttons.push(...banner.buttons);
    return Math.min(20 + banner.height + 28, 250);
  }

  /**
   * The kicker, the name, the pitch and the rope emblem; returns where they end. Under a notice only the name
   * is shown, so the scenario list keeps its room.
   */
  private drawName(top: number, compact: boolean): number {
    if (compact) {
      const name = addText(this, LEFT - 4, top - 6, 'TIGHTROPE', 'display', { colour: css.text });
      return name.setFontSize(52).setLetterSpacing(6).y + name.height;
    }
    addKicker(this, LEFT, top, 'A diplomacy game for the classroom');
    const name = addText(this, LEFT - 4, top + 22, 'TIGHTROPE', 'display', { colour: css.text });
    name.setFontSize(76).setLetterSpacing(6);
    const pitch =
      'Seoul, 2025: keep four capitals in balance. Every concession to one is felt by all the others.';
    const line = addText(this, LEFT, name.y + name.height + 6, pitch, 'heading', {
      colour: css.muted,
      width: 620,
      bold: false,
    });
    addTightrope(this, RIGHT_COLUMN + 40, top + 70, COLUMN_WIDTH - 80);
    return line.y + line.height;
  }

  /** The chosen scenario as a full card, the others as one-line rows; redrawn in place when the choice moves. */
  private drawScenarios(catalogue: CatalogueEntry[], y: number): void {
    this.listTop = y;
    this.list?.destroy();
    this.list = this.add.container(0, 0);
    const several = catalogue.length > 1;
    this.list.add(
      addKicker(this, LEFT, y, several ? 'Choose a scenario  (↑ ↓ or click)' : 'Scenario'),
    );
    const room = DESIGN_HEIGHT - 56 - (y + 30);
    const chosenRoom = room - (catalogue.length - 1) * (ROW_HEIGHT + ROW_GAP);
    let at = y + 30;
    catalogue.forEach((entry, i) => {
      const drawn =
        i === this.selected
          ? this.drawScenarioCard(entry, at, chosenRoom)
          : this.drawScenarioRow(entry, i, at);
      this.list!.add(drawn.parts);
      at += drawn.height + ROW_GAP;
    });
  }

  /** The chosen scenario: title, facts, as much of its summary as fits, and who sits at the table. */
  private drawScenarioCard(entry: CatalogueEntry, y: number, maxHeight: number): Drawn {
    const x = LEFT + 28;
    const inner = { width: CARD_WIDTH - 48 };
    const title = addText(this, x, y + 16, entry.title, 'heading', inner);
    const facts = addText(this, x, title.y + title.height + 4, scenarioFacts(entry), 'small', {
      colour: css.accent,
    });
    const parts: Phaser.GameObjects.GameObject[] = [title, facts];
    let end = facts.y + facts.height;
    const cast = `You play Seoul. Across the table: ${entry.scenario.actors.map((a) => a.name).join(', ')}.`;
    const castText = addText(this, x, 0, cast, 'small', { ...inner, colour: css.muted });
    const summary = addText(this, x, end + 10, entry.summary, 'body', inner);
    const lineHeight = summary.height / Math.max(1, summary.getWrappedText(summary.text).length);
    // The summary gets the room left; the cast line only if a line of summary still fits beside it.
    const free = y + maxHeight - 18 - (end + 10);
    const castFits = free - castText.height - 10 >= lineHeight;
    const lines = Math.floor((castFits ? free - castText.height - 10 : free) / lineHeight);
    if (lines >= 1) {
      clampLines(summary, lines);
      parts.push(summary);
      end = summary.y + summary.height;
    } else summary.destroy();
    if (castFits) {
      parts.push(castText.setY(end + 10));
      end = castText.y + castText.height;
    } else castText.destroy();
    const height = Math.min(maxHeight, end + 18 - y);
    const frame = addCardFrame(this, LEFT, y, CARD_WIDTH, height, { chosen: true, stripe: true });
    return { parts: [frame, ...parts], height };
  }

  /** Another scenario, folded to its title and facts; a click chooses it. */
  private drawScenarioRow(entry: CatalogueEntry, index: number, y: number): Drawn {
    const frame = addCardFrame(this, LEFT, y, CARD_WIDTH, ROW_HEIGHT, { stripe: true });
    const title = addText(this, LEFT + 28, y + 6, entry.title, 'body', { bold: true });
    const facts = addText(this, LEFT + 28, y + 31, scenarioFacts(entry), 'small', {
      colour: css.muted,
    });
    title.setScale(Math.min(1, (CARD_WIDTH - 48) / title.width));
    const zone = this.add.zone(LEFT, y, CARD_WIDTH, ROW_HEIGHT).setOrigin(0);
    zone.setInteractive({ useHandCursor: true }).on('pointerup', () => this.select(index));
    return { parts: [frame, title, facts, zone], height: ROW_HEIGHT };
  }

  private select(index: number): void {
    const catalogue = storeOf(this).getState().catalogue;
    if (catalogue.length < 2 || this.modal) return;
    this.selected = (index + catalogue.length) % catalogue.length;
    this.drawScenarios(catalogue, this.listTop);
  }

  /** Continue, Play and Credits down the right; returns where they end. */
  private drawActions(store: GameStore, y: number): number {
    const saved = store.getState().savedGame();
    let at = y + 30;
    const add = (
      options: Pick<ButtonOptions, 'label' | 'hotkey' | 'hint' | 'kind' | 'onPress'>,
    ) => {
      const base = { x: RIGHT_COLUMN, y: at, width: COLUMN_WIDTH, height: 56, focus: this.focus };
      const b = new Button(this, { ...base, ...options });
      this.buttons.push(b);
      at += 70;
      return b;
    };
    if (saved) {
      const label = `Continue — ${shortTitle(saved.scenarioTitle)} · Turn ${saved.turn}`;
      add({ label, hotkey: 'C', kind: 'primary', onPress: () => this.continueGame() });
      const when = `Saved ${formatSavedAt(saved.savedAt)} in this browser`;
      addText(this, RIGHT_COLUMN + 4, at - 10, when, 'small', { colour: css.faint });
      at += 24;
    }
    this.playButton = add({
      label: saved ? 'Play a new game' : 'Play',
      hotkey: 'P',
      hint: '[P / ⏎]',
      kind: saved ? 'normal' : 'primary',
      onPress: () => this.play(),
    });
    add({ label: 'Credits & sources', hotkey: 'S', onPress: () => this.openCredits() });
    // Enter presses the focused button: Play starts with the focus, so Enter means Play.
    this.focus.focus(this.playButton);
    return at;
  }

  private drawFooter(canContinue: boolean): void {
    const keys = [
      'P or ⏎ play',
      canContinue ? 'C continue' : '',
      'S sources',
      'Esc closes panels',
      'Tab moves the focus',
    ];
    const line = keys.filter(Boolean).join('  ·  ');
    addText(this, DESIGN_WIDTH / 2, DESIGN_HEIGHT - 30, line, 'small', {
      colour: css.faint,
    }).setOrigin(0.5);
  }

  /** Three lines on how a turn goes, for a class seeing the game for the first time. */
  private drawHowToPlay(y: number): void {
    if (y > DESIGN_HEIGHT - 200) return;
    addKicker(this, RIGHT_COLUMN, y, 'How it plays', css.muted);
    const steps = [
      'Each turn, bargain with the capitals at the table: what Seoul gives, what it asks.',
      'Every deal moves several numbers at once, and the other capitals are watching.',
      'Finish the calendar with the Alliance Stability Index as high as you can.',
    ];
    let at = y + 30;
    steps.forEach((step, i) => {
      addText(this, RIGHT_COLUMN, at, `${i + 1}`, 'body', { colour: css.accent, bold: true });
      const t = addText(this, RIGHT_COLUMN + 26, at, step, 'small', {
        colour: css.muted,
        width: COLUMN_WIDTH - 26,
      });
      at += t.height + 10;
    });
  }

  private bindKeys(): void {
    bindKeys(this, {
      UP: () => this.select(this.selected - 1),
      DOWN: () => this.select(this.selected + 1),
    });
  }

  private play(): void {
    if (this.modal) return;
    const store = storeOf(this);
    const entry = store.getState().catalogue[this.selected];
    if (!entry) return;
    const saved = store.getState().savedGame();
    const start = () => store.getState().newGame({ scenario: entry.id });
    if (!saved) return start();
    this.openModal(() =>
      confirmDialog(this, {
        title: 'New game',
        text: `Start a new game? Your game in progress (Turn ${saved.turn}, saved ${formatSavedAt(saved.savedAt)}) will be replaced.`,
        yesLabel: 'Yes, start a new game',
        noLabel: 'No, keep my game',
        onYes: start,
        focus: this.focus,
        onClose: () => this.closeModal(),
      }),
    );
  }

  private continueGame(): void {
    if (this.modal) return;
    const store = storeOf(this);
    // On failure resume() raises a notice, and the subscription redraws the screen to show it.
    if (store.getState().resume()) store.getState().goTo('board');
  }

  private openCredits(): void {
    if (this.modal) return;
    const s = storeOf(this).getState();
    const scenario = s.catalogue[this.selected]?.scenario ?? s.scenario;
    if (!scenario) return;
    this.openModal(() => openCreditsPanel(this, scenario, this.focus, () => this.closeModal()));
  }

  /** While a dialog is open the screen beneath it neither takes keys nor the focus. */
  private openModal(open: () => DialogFrame): void {
    for (const b of this.buttons) b.setEnabled(false);
    this.modal = open();
  }

  private closeModal(): void {
    this.modal = null;
    for (const b of this.buttons) if (b.active) b.setEnabled(true);
    if (this.playButton) this.focus.focus(this.playButton);
  }
}
