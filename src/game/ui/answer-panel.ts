// The counterpart's answer, in the forecast's place: a deal and what it changed, a counter-offer, or a refusal.
import type Phaser from 'phaser';
import type { Change, CompiledRules, Forecast, Outcome } from '../../engine';
import { colour, css } from '../theme';
import { t } from '../i18n';
import { Button } from './button';
import { fitOneLine } from './fit-text';
import type { FocusRing } from './focus';
import { netChanges, netText } from './net-changes';
import { addText, clampLines } from './text';
import { deltaColour, deltaText, patienceDots, shortNumber, signed } from './wording';

export interface AnswerView {
  outcome: Outcome | { kind: 'closed'; text: string };
  actorName: string;
  /** The changes the answering action made (accepted deals). */
  changes: Change[];
  stabilityBefore: number;
  stabilityAfter: number;
  /** What taking the counter-offer would do. */
  counterForecast: Forecast | null;
  patience: number;
  patienceFull: number;
  /** The counterpart will still hear a new offer this turn. */
  canRetry: boolean;
  /** How the counterpart valued the refused package, part by part. */
  why: Forecast['parts'];
}

export interface AnswerActions {
  takeCounter(): void;
  adjust(): void;
  walkAway(): void;
  retry(): void;
  back(): void;
}

interface Area {
  width: number;
  height: number;
}

type Add = <T extends Phaser.GameObjects.GameObject>(o: T) => T;

/** Draws the answer into `into`; its buttons join the focus ring, and the first one is focused. */
export function drawAnswer(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  area: Area,
  view: AnswerView,
  rules: CompiledRules,
  actions: AnswerActions,
  focus: FocusRing,
): void {
  const add: Add = (o) => {
    into.add(o);
    return o;
  };
  const o = view.outcome;
  const width = area.width;
  add(
    addText(scene, 0, 0, t('answer.title'), 'small', {
      colour: css.accent,
      bold: true,
      letterSpacing: 1,
    }),
  );
  const count =
    o.kind === 'countered'
      ? 3
      : view.canRetry && o.kind !== 'accepted' && o.kind !== 'closed'
        ? 2
        : 1;
  const button = (
    i: number,
    label: string,
    hotkey: string | undefined,
    kind: 'primary' | 'normal' | 'quiet' | 'danger',
    onPress: () => void,
    hint?: string,
  ) => {
    const bw = count === 1 ? Math.min(width, 300) : (width - (count - 1) * 10) / count;
    const b = new Button(scene, {
      x: i * (bw + 10),
      y: area.height - 48,
      width: bw,
      height: 48,
      label,
      hotkey,
      hint,
      kind,
      onPress,
      focus,
    });
    add(b);
    if (i === 0) focus.focus(b);
  };
  if (o.kind === 'accepted') {
    const title = t('answer.accepted', { name: view.actorName });
    const y = headline(scene, add, width, title, css.good, o.text, 3);
    drawMoved(scene, add, width, y, view, rules, area.height - 70);
    button(0, t('answer.backToBoard'), undefined, 'primary', actions.back, '[Enter]');
  } else if (o.kind === 'countered') {
    headline(
      scene,
      add,
      width,
      t('answer.countered', { name: view.actorName }),
      css.warn,
      t('answer.counterIntro'),
      1,
    );
    drawCounter(scene, add, width, o.differences, view.counterForecast, rules, area.height - 60);
    button(0, t('answer.take'), 'T', 'primary', actions.takeCounter);
    button(1, t('answer.adjust'), 'A', 'normal', actions.adjust);
    button(2, t('answer.walkAway'), 'W', 'danger', actions.walkAway);
  } else {
    const title =
      o.kind === 'refused'
        ? t('answer.refused', { name: view.actorName })
        : o.kind === 'walked-away'
          ? t('answer.walkedAway')
          : view.actorName;
    const y = headline(
      scene,
      add,
      width,
      title,
      o.kind === 'closed' ? css.muted : css.down,
      o.text,
      8,
    );
    const left = t('answer.patienceLeft', { dots: patienceDots(view.patience, view.patienceFull) });
    add(
      addText(
        scene,
        0,
        y,
        view.canRetry ? left : t('answer.noMore', { name: view.actorName }),
        'body',
        { colour: css.muted, width },
      ),
    );
    if (o.kind === 'refused' && view.why.length > 0)
      drawWhy(scene, add, width, y + 40, view.why, area.height - 70);
    if (view.canRetry && o.kind !== 'closed') {
      button(0, t('answer.tryAgain'), 'R', 'primary', actions.retry, '[R / Enter]');
      button(1, t('answer.backToBoard'), undefined, 'normal', actions.back, '[Esc]');
    } else button(0, t('answer.backToBoard'), undefined, 'primary', actions.back, '[Enter]');
  }
}

/** The answer's title and its words; returns where the next block may start. */
function headline(
  scene: Phaser.Scene,
  add: Add,
  width: number,
  title: string,
  tone: string,
  text: string,
  lines = 4,
): number {
  const head = add(addText(scene, 0, 24, title, 'title', { colour: tone }));
  head.setScale(Math.min(1, width / Math.max(1, head.width)));
  const body = add(
    clampLines(addText(scene, 0, 66, text, 'small', { colour: css.text, width }), lines),
  );
  return 66 + body.height + 14;
}

function drawMoved(
  scene: Phaser.Scene,
  add: Add,
  width: number,
  y: number,
  view: AnswerView,
  rules: CompiledRules,
  bottom: number,
): void {
  add(
    addText(scene, 0, y, t('answer.changed'), 'small', {
      colour: css.accent,
      bold: true,
      letterSpacing: 1,
    }),
  );
  y += 24;
  const rows = netChanges(rules, view.changes);
  const limit = bottom - 64;
  let shown = 0;
  for (const r of rows) {
    if (y + 20 > limit) break;
    add(clampLines(addText(scene, 0, y, r.label, 'small', { width: width - 110, bold: true }), 1));
    add(
      addText(scene, width, y, netText(r), 'small', {
        colour: deltaColour(r.delta),
        bold: true,
      }).setOrigin(1, 0),
    );
    y += 21;
    for (const reason of r.reasons.slice(0, 2)) {
      if (y + 20 > limit) break;
      add(
        fitOneLine(
          addText(scene, 12, y, `· ${reason}`, 'small', { colour: css.faint }),
          width - 12,
        ),
      );
      y += 20;
    }
    y += 4;
    shown++;
  }
  if (rows.length > shown)
    add(
      addText(scene, 0, y, t('answer.more', { count: rows.length - shown }), 'small', {
        colour: css.faint,
      }),
    );
  const d = view.stabilityAfter - view.stabilityBefore;
  const line = t('common.stabilityMove', {
    before: shortNumber(view.stabilityBefore),
    after: shortNumber(view.stabilityAfter),
  });
  const s = add(addText(scene, 0, bottom - 40, line, 'heading'));
  add(
    addText(scene, s.width + 12, bottom - 37, deltaText(d), 'body', {
      colour: deltaColour(d),
      bold: true,
    }),
  );
}

function drawCounter(
  scene: Phaser.Scene,
  add: Add,
  width: number,
  differences: string[],
  f: Forecast | null,
  rules: CompiledRules,
  bottom: number,
): void {
  const g = add(scene.add.graphics());
  let y = 96;
  for (const line of differences.slice(0, 7)) {
    const t = add(clampLines(addText(scene, 16, y, line, 'small', { width: width - 16 }), 2));
    g.fillStyle(colour.yellow, 1).fillRect(0, y + 4, 4, t.height - 6);
    y += t.height + 6;
  }
  if (!f) return;
  y += 8;
  add(
    addText(scene, 0, y, t('answer.ifTaken'), 'small', {
      colour: css.accent,
      bold: true,
      letterSpacing: 1,
    }),
  );
  const d = f.stabilityAfter - f.stabilityBefore;
  const stab = add(
    addText(
      scene,
      0,
      y + 24,
      t('common.stabilityMove', {
        before: shortNumber(f.stabilityBefore),
        after: shortNumber(f.stabilityAfter),
      }),
      'body',
      { bold: true },
    ),
  );
  add(
    addText(scene, stab.width + 10, y + 24, deltaText(d), 'body', {
      colour: deltaColour(d),
      bold: true,
    }),
  );
  const w = f.winSet;
  const text = t('answer.approvalAfter', {
    after: shortNumber(w.approvalAfter),
    floor: shortNumber(w.floor),
    mark: w.ok ? '✓' : '✗',
  });
  add(addText(scene, 0, y + 52, text, 'small', { colour: w.ok ? css.good : css.down, width }));
  y += 78;
  for (const r of netChanges(rules, f.changes).slice(
    0,
    Math.max(0, Math.floor((bottom - y) / 20)),
  )) {
    add(clampLines(addText(scene, 0, y, r.label, 'small', { width: width - 110 }), 1));
    add(
      addText(scene, width, y, netText(r), 'small', {
        colour: deltaColour(r.delta),
        bold: true,
      }).setOrigin(1, 0),
    );
    y += 20;
  }
}

/** Why a refused package fell short: the counterpart's biggest reasons against it, then for it. */
function drawWhy(
  scene: Phaser.Scene,
  add: Add,
  width: number,
  y: number,
  parts: Forecast['parts'],
  bottom: number,
): void {
  add(
    addText(scene, 0, y, t('answer.weighed'), 'small', {
      colour: css.accent,
      bold: true,
      letterSpacing: 1,
    }),
  );
  y += 24;
  const sorted = [...parts].sort((a, b) => a.amount - b.amount);
  for (const p of sorted) {
    if (y + 20 > bottom) break;
    add(fitOneLine(addText(scene, 0, y, p.label, 'small'), width - 70));
    add(
      addText(scene, width, y, signed(p.amount), 'small', {
        colour: p.amount < 0 ? css.down : css.up,
        bold: true,
      }).setOrigin(1, 0),
    );
    y += 20;
  }
}
