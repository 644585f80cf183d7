// The front door: the game's name, the scenarios (a teacher's own file too), Play / Continue / Load / Credits, notices.
import Phaser from 'phaser';
import type { CatalogueEntry, GameStore } from '../../store';
import { storeOf } from '../context';
import {
  formatDateRange,
  formatDateTime,
  formatList,
  language,
  languageName,
  LANGUAGES,
  loadCatalogue,
  setLanguage,
  t,
  type Language,
} from '../i18n';
import { css, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { Button, type ButtonOptions } from '../ui/button';
import { addCardFrame } from '../ui/card-frame';
import { confirmDialog } from '../ui/confirm-dialog';
import { downloadText } from '../ui/download';
import { addDropOverlay, type DropOverlay } from '../ui/drop-overlay';
import { installDropZone } from '../ui/drop-zone';
import { pickScenarioFile } from '../ui/file-picker';
import { FocusRing } from '../ui/focus';
import { bindKeys, ignoreKeysHeldOver } from '../ui/key-bindings';
import { fitCamera } from '../ui/layout';
import { addLoadNotice } from '../ui/load-notice';
import { stillShown } from '../ui/redraw-on-change';
import type { DialogFrame } from '../ui/dialog-frame';
import { addNoticeBanner } from '../ui/notice-banner';
import { addKicker, addBackdrop } from '../ui/room-backdrop';
import { addText } from '../ui/text';
import { textScale } from '../ui/text-scale';
import { addTightrope } from '../ui/title-rope';
import { loadScenarioFile } from '../scenario-files';
import { scenarioName, shortSource } from '../ui/wording';
import { TITLE_BUILDING_MARK } from '../marks';

const LEFT = 80;
const RIGHT_COLUMN = 800;
const COLUMN_WIDTH = 400;
const SET_ASIDE_FILE = 'tightrope-save-set-aside.json';
const CARD_WIDTH = RIGHT_COLUMN - LEFT - 60;
const ROW_HEIGHT = 58;
const ROW_GAP = 10;
/** More entries than this (a teacher's file beside the bundled four) and the name block is set smaller. */
const ROOMY_CATALOGUE = 4;
/** The language chooser in the bottom-right corner, level with the key line. */
const CHOOSER = { width: 170, height: 40 };

/** A folded scenario's height: its two lines need more room when text is set larger. */
function rowHeight(): number {
  return Math.max(ROW_HEIGHT, Math.round(ROW_HEIGHT * textScale()));
}

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

/** "10 turns · 16 Jun – 15 Dec 2025 · English, Korean", in the interface's language. */
function scenarioFacts(entry: CatalogueEntry): string {
  const calendar = entry.scenario.calendar;
  const first = calendar[0];
  const last = calendar[calendar.length - 1];
  const span = first && last ? formatDateRange(first.date, last.date) : '';
  const written = formatList(entry.languages.map((l) => languageName(l, language())));
  return [t('common.turns', { count: entry.turns }), span, written].filter(Boolean).join('  ·  ');
}

/** The language the title offers to switch to: the next one the game speaks, named in its own words. */
function otherLanguage(): Language {
  return LANGUAGES[(LANGUAGES.indexOf(language()) + 1) % LANGUAGES.length]!;
}

/** A teacher's long title would shrink the button's label out of reading size: it ends in an ellipsis instead. */
function clipped(text: string, most: number): string {
  return text.length <= most ? text : `${text.slice(0, most - 1).trimEnd()}…`;
}

export class Title extends Phaser.Scene {
  private focus!: FocusRing;
  private buttons: Button[] = [];
  /** The dialog open over the screen, or 'loading' while its code loads (panels load when first opened). */
  private modal: DialogFrame | 'loading' | null = null;
  private modalsAsked = 0;
  private selected = 0;
  private playButton: Button | null = null;
  private list: Phaser.GameObjects.Container | null = null;
  private listTop = 0;
  /** Set once a redraw is queued: the old screen then ignores the store until it is gone. */
  private restarting = false;

  constructor() {
    super('Title');
  }

  create(): void {
    fitCamera(this);
    ignoreKeysHeldOver(this);
    const store = storeOf(this);
    if (!stillShown(this, store, 'title')) return;
    performance.mark(TITLE_BUILDING_MARK);
    setAsideDamagedSave(store);
    this.buttons = [];
    this.modal = null;
    this.list = null;
    this.restarting = false;
    addBackdrop(this);
    this.focus = new FocusRing(this);
    const top = this.drawLoadNotice(store, this.drawNotice(store));
    const catalogue = store.getState().catalogue;
    // With a notice on top, or a teacher's file in the list, the name block is set smaller, so the chosen
    // scenario still fits above the key line.
    const compact = top > 64 || catalogue.length > ROOMY_CATALOGUE;
    const below = this.drawName(top, compact) + (compact ? 16 : 24);
    this.selected = this.chosenIndex();
    this.drawScenarios(catalogue, below);
    const actionsEnd = this.drawActions(store, below);
    this.drawHowToPlay(actionsEnd + 16);
    this.drawFooter(store.getState().savedGame() !== null);
    this.drawLanguageChooser();
    this.bindKeys();
    this.acceptDroppedFiles();
    this.follow(store);
    const attempt = store.getState().loadAttempt;
    if (attempt && !attempt.ok) this.openProblems();
  }

  /** A new notice, catalogue or load attempt redraws the screen; a new choice redraws the list in place. */
  private follow(store: GameStore): void {
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.screen !== 'title' || this.restarting) return;
      if (
        s.notice !== prev.notice ||
        s.catalogue !== prev.catalogue ||
        s.loadAttempt !== prev.loadAttempt
      ) {
        this.restarting = true;
        this.scene.restart();
      } else if (s.chosen !== prev.chosen) {
        this.selected = this.chosenIndex();
        this.drawScenarios(s.catalogue, this.listTop);
      }
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
  }

  private chosenIndex(): number {
    const { catalogue, chosen } = storeOf(this).getState();
    return Math.max(
      0,
      catalogue.findIndex((c) => c.key === chosen),
    );
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

  /** After a teacher's file loads: its title and how many warnings, below any other notice. */
  private drawLoadNotice(store: GameStore, top: number): number {
    const { loadAttempt, notice, clearLoadAttempt } = store.getState();
    if (!loadAttempt?.ok) return top;
    const y = top > 64 ? top - 16 : 20;
    const shown = addLoadNotice(this, {
      attempt: loadAttempt,
      x: LEFT - 40,
      y,
      width: DESIGN_WIDTH - 2 * (LEFT - 40),
      onShowWarnings: () => this.openProblems(),
      onDismiss: () => clearLoadAttempt(),
      // X already dismisses the notice about saves, when there is one.
      dismissKey: notice ? undefined : 'X',
      focus: this.focus,
    });
    shown.container.setDepth(10);
    this.buttons.push(...shown.buttons);
    return y + shown.height + 28;
  }

  /**
   * The kicker, the name, the pitch and the rope emblem; returns where they end. Under a notice only the name
   * is shown, so the scenario list keeps its room.
   */
  private drawName(top: number, compact: boolean): number {
    if (compact) {
      const name = addText(this, LEFT - 4, top - 6, t('game.name'), 'display', {
        colour: css.text,
        fontSize: 52,
        letterSpacing: 6,
      });
      return name.y + name.height;
    }
    addKicker(this, LEFT, top, t('game.tagline'));
    const name = addText(this, LEFT - 4, top + 22, t('game.name'), 'display', {
      colour: css.text,
      fontSize: 76,
      letterSpacing: 6,
    });
    const line = addText(this, LEFT, name.y + name.height + 6, t('game.pitch'), 'heading', {
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
      addKicker(this, LEFT, y, several ? t('title.chooseScenario') : t('title.scenario')),
    );
    const room = DESIGN_HEIGHT - 56 - (y + 30);
    const chosenRoom = room - (catalogue.length - 1) * (rowHeight() + ROW_GAP);
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
    if (entry.source !== undefined) {
      const loaded = t('title.loadedFrom', { file: shortSource(entry.source) });
      const from = addText(this, x, end + 2, loaded, 'small', {
        colour: css.up,
        bold: true,
      });
      parts.push(from);
      end = from.y + from.height;
    }
    const cast = t('title.cast', { names: formatList(entry.scenario.actors.map((a) => a.name)) });
    const castText = addText(this, x, 0, cast, 'small', { ...inner, colour: css.muted });
    // The summary gets the room left; the cast line only if a line of summary still fits beside it.
    const free = y + maxHeight - 18 - (end + 10);
    const summaryIn = (room: number) =>
      addText(this, x, end + 10, entry.summary, 'body', { ...inner, fitHeight: room });
    let summary = summaryIn(free - castText.height - 10);
    const castFits = summary.text !== '';
    if (!castFits) {
      summary.destroy();
      summary = summaryIn(free);
    }
    if (summary.text !== '') {
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
    const height = rowHeight();
    const frame = addCardFrame(this, LEFT, y, CARD_WIDTH, height, { stripe: true });
    const title = addText(this, LEFT + 28, y + 6, entry.title, 'body', { bold: true });
    const said = entry.source
      ? `${t('title.loadedFrom', { file: shortSource(entry.source, 32) })}  ·  ${scenarioFacts(entry)}`
      : scenarioFacts(entry);
    const facts = addText(this, LEFT + 28, title.y + title.height + 3, said, 'small', {
      colour: entry.source ? css.up : css.muted,
    });
    title.setScale(Math.min(1, (CARD_WIDTH - 48) / title.width));
    facts.setScale(Math.min(1, (CARD_WIDTH - 48) / facts.width));
    const zone = this.add.zone(LEFT, y, CARD_WIDTH, height).setOrigin(0);
    zone.setInteractive({ useHandCursor: true }).on('pointerup', () => this.select(index));
    return { parts: [frame, title, facts, zone], height };
  }

  /** Chooses through the store, which remembers the choice for the next visit; the list redraws when it changes. */
  private select(index: number): void {
    const { catalogue, choose } = storeOf(this).getState();
    if (catalogue.length < 2 || this.modal) return;
    choose(catalogue[(index + catalogue.length) % catalogue.length]!.key);
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
      const title = clipped(scenarioName(saved.scenarioTitle), 24);
      const label = t('title.continue', { title, turn: saved.turn });
      add({ label, hotkey: 'C', kind: 'primary', onPress: () => this.continueGame() });
      const when = t('title.savedAt', { when: formatDateTime(saved.savedAt) });
      this.addColumnNote(at - 10, when);
      at += 24;
    }
    this.playButton = add({
      label: saved ? t('title.playNew') : t('title.play'),
      hotkey: 'P',
      hint: '[P / Enter]',
      kind: saved ? 'normal' : 'primary',
      onPress: () => this.play(),
    });
    add({ label: t('title.load'), hotkey: 'L', onPress: () => this.openPicker() });
    this.addColumnNote(at - 10, t('title.dropHint'));
    at += 24;
    add({ label: t('credits.title'), hotkey: 'S', onPress: () => this.openCredits() });
    // Enter presses the focused button: Play starts with the focus, so Enter means Play.
    this.focus.focus(this.playButton);
    return at;
  }

  /** A line of small print under a button, set smaller where larger text would run past the column. */
  private addColumnNote(y: number, words: string): void {
    const note = addText(this, RIGHT_COLUMN + 4, y, words, 'small', { colour: css.faint });
    note.setScale(Math.min(1, (COLUMN_WIDTH - 4) / note.width));
  }

  private drawFooter(canContinue: boolean): void {
    const keys = [
      t('title.key.play'),
      canContinue ? t('title.key.continue') : '',
      t('title.key.load'),
      t('title.key.sources'),
      t('title.key.language', { language: languageName(otherLanguage()) }),
      t('title.key.esc'),
      t('title.key.tab'),
    ];
    const line = keys.filter(Boolean).join('  ·  ');
    // Centred in the room the language chooser leaves at the right.
    addText(this, (DESIGN_WIDTH - CHOOSER.width - 40) / 2, DESIGN_HEIGHT - 30, line, 'small', {
      colour: css.faint,
    }).setOrigin(0.5);
  }

  /**
   * The interface's language: one button naming the other language in its own words ("한국어", "English"), or G.
   * The choice is remembered in this browser, and the director redraws the screen in it.
   */
  private drawLanguageChooser(): void {
    const other = otherLanguage();
    const chooser = new Button(this, {
      x: DESIGN_WIDTH - 40 - CHOOSER.width,
      y: DESIGN_HEIGHT - 30 - CHOOSER.height / 2,
      width: CHOOSER.width,
      height: CHOOSER.height,
      label: languageName(other),
      hotkey: 'G',
      kind: 'quiet',
      onPress: () => {
        if (!this.modal) void loadCatalogue(other).then(() => setLanguage(other));
      },
      focus: this.focus,
    });
    this.buttons.push(chooser);
  }

  /** Three lines on how a turn goes, for a class seeing the game for the first time. */
  private drawHowToPlay(y: number): void {
    if (y > DESIGN_HEIGHT - 200) return;
    const parts: Phaser.GameObjects.GameObject[] = [
      addKicker(this, RIGHT_COLUMN, y, t('title.howItPlays'), css.muted),
    ];
    const steps = [t('title.step.bargain'), t('title.step.watching'), t('title.step.finish')];
    let at = y + 30;
    steps.forEach((step, i) => {
      const n = addText(this, RIGHT_COLUMN, at, `${i + 1}`, 'body', {
        colour: css.accent,
        bold: true,
      });
      const text = addText(this, RIGHT_COLUMN + 26, at, step, 'small', {
        colour: css.muted,
        width: COLUMN_WIDTH - 26,
      });
      parts.push(n, text);
      at += text.height + 10;
    });
    // Left out whole rather than run into the key line (Continue and the loader take its room).
    if (at > DESIGN_HEIGHT - 50) for (const part of parts) part.destroy();
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
    const { catalogue, chosen } = store.getState();
    if (!catalogue.some((c) => c.key === chosen)) return;
    const saved = store.getState().savedGame();
    const start = () => {
      store.getState().newGame({ scenario: chosen });
      // The note about the loaded file has done its job; it is not shown again on the way back.
      store.getState().clearLoadAttempt();
    };
    if (!saved) return start();
    this.openModal(() =>
      confirmDialog(this, {
        title: t('title.newGame'),
        text: t('title.replaceSave', { turn: saved.turn, when: formatDateTime(saved.savedAt) }),
        yesLabel: t('title.yesNew'),
        noLabel: t('title.keepGame'),
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
    this.openLoadedModal(import('../ui/credits-panel'), ({ openCreditsPanel }) =>
      openCreditsPanel(this, scenario, this.focus, () => this.closeModal()),
    );
  }

  /** The browser's file picker; the file goes to the store, and the screen redraws with what it made of it. */
  private openPicker(): void {
    const store = storeOf(this);
    pickScenarioFile((file) => void loadScenarioFile(store, file));
  }

  /** A file dragged anywhere onto the page shows where to drop it, and loads like a picked one. */
  private acceptDroppedFiles(): void {
    const store = storeOf(this);
    // Built on the first drag over the page, not with the screen: most visits never drop a file.
    let overlay: DropOverlay | null = null;
    const remove = installDropZone({
      onDragging: (on) => {
        if (on || overlay) (overlay ??= addDropOverlay(this)).show(on);
      },
      onFile: (file) => void loadScenarioFile(store, file),
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, remove);
  }

  /** Every problem of the last file (or the warnings of one that loaded); closing a failed one forgets it. */
  private openProblems(): void {
    const store = storeOf(this);
    const attempt = store.getState().loadAttempt;
    if (!attempt || this.modal) return;
    this.openLoadedModal(import('../ui/load-problems-panel'), ({ openLoadProblemsPanel }) =>
      openLoadProblemsPanel(this, {
        attempt,
        focus: this.focus,
        onLoadAnother: () => this.openPicker(),
        onClose: () => {
          this.closeModal();
          if (!attempt.ok) store.getState().clearLoadAttempt();
        },
      }),
    );
  }

  /** While a dialog is open the screen beneath it neither takes keys nor the focus. */
  private openModal(open: () => DialogFrame): void {
    for (const b of this.buttons) b.setEnabled(false);
    this.modal = open();
  }

  /**
   * A dialog whose code loads when first opened: the screen beneath takes no keys from the moment it is
   * asked for. A screen redrawn (or left) meanwhile does not get the dialog it no longer shows.
   */
  private openLoadedModal<Code>(code: Promise<Code>, open: (code: Code) => DialogFrame): void {
    for (const b of this.buttons) b.setEnabled(false);
    this.modal = 'loading';
    const asked = ++this.modalsAsked;
    const stillWanted = () =>
      this.modal === 'loading' && asked === this.modalsAsked && this.sys.isActive();
    code.then(
      (loaded) => {
        if (stillWanted()) this.modal = open(loaded);
      },
      () => {
        if (stillWanted()) this.closeModal();
      },
    );
  }

  private closeModal(): void {
    this.modal = null;
    for (const b of this.buttons) if (b.active) b.setEnabled(true);
    if (this.playButton) this.focus.focus(this.playButton);
  }
}
