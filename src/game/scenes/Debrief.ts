// The end of the game: the ending and grade, the index over time, what moved it, the ideas shown, the timeline.
import Phaser from 'phaser';
import { reducedMotion } from '../a11y/comfort';
import { storeOf } from '../context';
import { t } from '../i18n';
import { colour, css, edges, DESIGN_WIDTH } from '../theme';
import type { GameStore } from '../../store';
import { Button, type ButtonOptions } from '../ui/button';
import { buildDebrief, oneDecimal, signed, type DebriefModel } from '../ui/debrief-model';
import { downloadText } from '../ui/download';
import { FocusRing } from '../ui/focus';
import { ignoreStaleKeys } from '../ui/fresh-keys';
import { bindKeys } from '../ui/key-bindings';
import { fitCamera } from '../ui/layout';
import { addLineChart } from '../ui/line-chart';
import { addPanel } from '../ui/panel';
import { printReport, removePrintReport } from '../ui/print-report';
import { reportHtml } from '../ui/report-html';
import { addBackdrop, addKicker } from '../ui/room-backdrop';
import { ScrollView } from '../ui/scroll-view';
import { addText, clampLines } from '../ui/text';
import { fillIdeas, fillTimeline } from '../ui/debrief-lists';
import { calendarDate, scenarioName } from '../ui/wording';

type Tab = 'ideas' | 'timeline';

const SIDE = { x: 824, y: 144, width: 432, height: 508 };
const BAR_Y = 664;

export class Debrief extends Phaser.Scene {
  private store!: GameStore;
  private model!: DebriefModel;
  private focus!: FocusRing;
  private list!: ScrollView;
  private tabMarks: Partial<Record<Tab, Phaser.GameObjects.Graphics>> = {};
  private replayTurn = 1;
  /** Whether the player has chosen a turn to replay from (← / →), which arms Enter. */
  private picked = false;
  private lastTurn = 1;
  private replayLabel!: Phaser.GameObjects.Text;
  private toast?: Phaser.GameObjects.Container;

  constructor() {
    super('Debrief');
  }

  create(): void {
    fitCamera(this);
    this.store = storeOf(this);
    const { rules, game } = this.store.getState();
    const model = rules && game ? buildDebrief(rules, game) : null;
    if (!model || !game) {
      // Nothing finished to look back on (e.g. a reload mid-game): go where the player can act.
      this.store.getState().goTo(game ? 'board' : 'title');
      return;
    }
    this.model = model;
    this.lastTurn = Math.max(1, game.turn);
    this.replayTurn = Math.min(this.lastTurn, model.keyDecisions[0]?.turn ?? 1);
    this.picked = false;
    ignoreStaleKeys(this);
    this.focus = new FocusRing(this);
    const animate = !reducedMotion();
    addBackdrop(this);
    this.drawEnding(animate);
    this.drawChart(animate);
    this.drawKeyDecisions();
    this.drawSide();
    this.drawActions();
    this.listen();
  }

  private listen(): void {
    const unsub = this.store.subscribe((s, before) => {
      if (s.notice && s.notice !== before.notice) this.say(s.notice.text);
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsub();
      removePrintReport();
      this.toast = undefined;
      this.tabMarks = {};
    });
    bindKeys(this, {
      I: () => this.showTab('ideas'),
      T: () => this.showTab('timeline'),
      UP: () => this.list.scrollBy(-60),
      DOWN: () => this.list.scrollBy(60),
      PAGE_UP: () => this.list.scrollBy(-this.list.pageSize()),
      PAGE_DOWN: () => this.list.scrollBy(this.list.pageSize()),
      HOME: () => this.list.scrollTo(0),
      END: () => this.list.scrollTo(Number.MAX_SAFE_INTEGER),
      // Enter replays unless the focus ring has a button in hand (then Enter presses that button),
      // and only once a turn was picked: a second Enter from the summary must not throw the debrief away.
      ENTER: () => {
        if (this.focus.focused()) return;
        if (this.picked) this.replay();
        else this.say(t('debrief.pickTurn'));
      },
    });
  }

  private drawEnding(animate: boolean): void {
    const m = this.model;
    const e = m.ending;
    const when = e.early
      ? t('debrief.endedEarly', { turn: e.turn, count: m.turns })
      : t('debrief.allPlayed', { count: m.turns });
    const scenario = scenarioName(m.scenarioTitle);
    addKicker(this, 32, 16, t('debrief.kicker', { scenario, when }));
    clampLines(addText(this, 32, 38, e.title, 'title', { width: 870 }), 1);
    const text = addText(this, 32, 78, e.text, 'small', { width: 870, lineSpacing: 3 });
    clampLines(text, 3);
    this.drawScoreCard(animate);
  }

  /** The grade and the final index side by side; the index counts up from where the game began. */
  private drawScoreCard(animate: boolean): void {
    const m = this.model;
    const x = 924;
    addPanel(this, x, 12, 332, 124, { edge: colour.orange, fill: colour.panelRaised });
    addKicker(this, x + 20, 24, t('debrief.grade'));
    addText(this, x + 20, 44, m.ending.grade, 'display', { colour: css.accent, fontSize: 56 });
    addText(this, x + 20, 114, t('debrief.score', { score: oneDecimal(m.ending.score) }), 'small', {
      colour: css.muted,
    }).setOrigin(0, 0.5);
    addKicker(this, x + 124, 24, t('debrief.index'));
    const value = addText(this, x + 124, 44, oneDecimal(m.finalIndex), 'display');
    addText(this, x + 316, 92, '/ 100', 'small', { colour: css.muted }).setOrigin(1, 1);
    const change = m.finalIndex - m.startIndex;
    const arrow = change > 0.05 ? '▲' : change < -0.05 ? '▼' : '·';
    addText(
      this,
      x + 124,
      114,
      t('debrief.sinceStart', { arrow, change: signed(change) }),
      'small',
      {
        colour: change >= 0 ? css.up : css.down,
      },
    ).setOrigin(0, 0.5);
    if (!animate) return;
    this.tweens.addCounter({
      from: m.startIndex,
      to: m.finalIndex,
      duration: 900,
      ease: 'Sine.easeOut',
      onUpdate: (tween) => value.setText(oneDecimal(tween.getValue() ?? m.finalIndex)),
    });
  }

  private drawChart(animate: boolean): void {
    addPanel(this, 24, 146, 780, 326, { title: t('debrief.chart') });
    addLineChart(this, { x: 44, y: 192, width: 752, height: 276 }, this.model.chart, animate);
  }

  private drawKeyDecisions(): void {
    addPanel(this, 24, 480, 780, 172, { title: t('debrief.moved') });
    const decisions = this.model.keyDecisions;
    if (decisions.length === 0) {
      addText(this, 44, 532, t('debrief.noDecision'), 'body', { colour: css.muted, width: 740 });
      return;
    }
    decisions.forEach((d, i) => {
      const y = 522 + i * 43;
      const up = d.effect >= 0;
      addText(this, 44, y, `${up ? '▲' : '▼'} ${d.effectText}`, 'small', {
        colour: up ? css.up : css.down,
        bold: true,
      });
      addText(this, 44, y + 20, t('debrief.turn', { turn: d.turn }), 'small', {
        colour: css.faint,
      });
      clampLines(addText(this, 196, y, d.text, 'small', { width: 592, lineSpacing: 2 }), 2);
    });
  }

  /** The right-hand column: the ideas the game showed, or the timeline, in one scrolling list. */
  private drawSide(): void {
    addPanel(this, SIDE.x, SIDE.y, SIDE.width, SIDE.height);
    this.drawTabs();
    const hint = addText(
      this,
      SIDE.x + SIDE.width - 16,
      SIDE.y + SIDE.height - 8,
      t('debrief.scrollHint'),
      'small',
      { colour: css.faint },
    );
    hint.setOrigin(1, 1);
    const area = {
      x: SIDE.x + 14,
      y: SIDE.y + 64,
      width: SIDE.width - 20,
      height: SIDE.height - 98,
    };
    this.list = new ScrollView(this, area);
    this.showTab('ideas');
  }

  private drawTabs(): void {
    const tabs: { tab: Tab; label: string; hotkey: string; width: number }[] = [
      { tab: 'ideas', label: t('debrief.ideas'), hotkey: 'I', width: 266 },
      { tab: 'timeline', label: t('debrief.timeline'), hotkey: 'T', width: 136 },
    ];
    let x = SIDE.x + 12;
    for (const { tab, label, hotkey, width } of tabs) {
      const onPress = () => this.showTab(tab);
      new Button(this, {
        x,
        y: SIDE.y + 10,
        width,
        height: 40,
        label,
        hotkey,
        kind: 'quiet',
        focus: this.focus,
        onPress,
      });
      const mark = this.add.graphics().fillStyle(colour.orange, 1);
      this.tabMarks[tab] = mark.fillRect(x, SIDE.y + 52, width, 3);
      x += width + 6;
    }
  }

  private showTab(tab: Tab): void {
    for (const [t, mark] of Object.entries(this.tabMarks)) mark.setVisible(t === tab);
    this.list.content.removeAll(true);
    const width = SIDE.width - 44;
    const height =
      tab === 'ideas'
        ? fillIdeas(this, this.list.content, this.model, width)
        : fillTimeline(this, this.list.content, this.model, width);
    this.list.setContentHeight(height);
    this.list.scrollTo(0);
  }

  /** The bottom bar: Print, Export log, the replay turn picker, New game. */
  private drawActions(): void {
    const buttons: Omit<ButtonOptions, 'y' | 'height' | 'focus'>[] = [
      { x: 24, width: 136, label: t('debrief.print'), hotkey: 'P', onPress: () => this.print() },
      {
        x: 170,
        width: 172,
        label: t('debrief.export'),
        hotkey: 'X',
        onPress: () => this.exportLog(),
      },
      { x: 372, width: 48, label: '◀', hotkey: 'LEFT', hint: '', onPress: () => this.pickTurn(-1) },
      { x: 612, width: 48, label: '▶', hotkey: 'RIGHT', hint: '', onPress: () => this.pickTurn(1) },
      {
        x: 670,
        width: 204,
        label: t('debrief.replay'),
        hint: '[Enter]',
        kind: 'primary',
        onPress: () => this.replay(),
      },
      {
        x: DESIGN_WIDTH - 204,
        width: 180,
        label: t('debrief.newGame'),
        hotkey: 'N',
        onPress: () => this.store.getState().goTo('title'),
      },
    ];
    for (const b of buttons) new Button(this, { ...b, y: BAR_Y, height: 44, focus: this.focus });
    this.replayLabel = addText(this, 516, BAR_Y + 22, '', 'small', { align: 'center' });
    this.replayLabel.setOrigin(0.5);
    this.pickTurn(0);
  }

  private pickTurn(step: number): void {
    if (step !== 0) this.picked = true;
    this.replayTurn = Phaser.Math.Clamp(this.replayTurn + step, 1, this.lastTurn);
    const date = this.store.getState().rules?.calendar[this.replayTurn - 1]?.date;
    const turn = this.replayTurn;
    this.replayLabel.setText(
      date
        ? t('debrief.replayFromDate', { turn, date: calendarDate(date, true) })
        : t('debrief.replayFrom', { turn }),
    );
  }

  private replay(): void {
    if (!this.store.getState().replayFromTurn(this.replayTurn)) {
      this.say(t('debrief.cannotReplay', { turn: this.replayTurn }));
    }
  }

  private print(): void {
    const ok = printReport(reportHtml(this.model));
    this.say(ok ? t('debrief.printing') : t('debrief.printBlocked'));
  }

  private exportLog(): void {
    const log = this.store.getState().exportLog();
    if (!log) return;
    const name = `tightrope-${log.scenario}-${log.seed}.json`;
    try {
      downloadText(name, `${JSON.stringify(log, null, 2)}\n`);
      this.say(t('debrief.saved', { file: name }));
    } catch {
      this.say(t('debrief.downloadBlocked'));
    }
  }

  /** A short message over the bottom bar that fades by itself. */
  private say(message: string): void {
    this.toast?.destroy();
    const c = this.add.container(0, 0).setDepth(800);
    const text = addText(this, DESIGN_WIDTH / 2, BAR_Y - 34, message, 'small', {
      width: 720,
      align: 'center',
    });
    text.setOrigin(0.5);
    const box = {
      x: text.x - text.width / 2 - 16,
      y: text.y - text.height / 2 - 8,
      w: text.width + 32,
      h: text.height + 16,
    };
    const g = this.add.graphics();
    g.fillStyle(colour.panelRaised, 0.97).fillRoundedRect(box.x, box.y, box.w, box.h, 8);
    g.lineStyle(edges.panel, colour.orange, 1).strokeRoundedRect(box.x, box.y, box.w, box.h, 8);
    c.add([g, text]);
    this.toast = c;
    this.tweens.add({
      targets: c,
      alpha: 0,
      delay: 4000,
      duration: 400,
      onComplete: () => c.destroy(),
    });
  }
}
