// Every problem found in a teacher's scenario file, in the checker's words and the teacher's language: errors
// first, warnings apart.
import Phaser from 'phaser';
import { formatProblem, type Problem } from '../../scenario';
import type { LoadAttempt } from '../../store';
import { problemText, t } from '../i18n';
import { colour, css, edges, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { Button } from './button';
import { openDialogFrame, type DialogFrame } from './dialog-frame';
import { downloadText } from './download';
import type { FocusRing } from './focus';
import { addKicker } from './room-backdrop';
import { shortSource } from './wording';
import { ScrollView } from './scroll-view';
import { addText } from './text';

const WIDTH = 1040;
/** The tallest the panel grows; a short list gets a shorter panel. */
const MOST_HEIGHT = 640;
const LEAST_HEIGHT = 360;
const PAD = 28;
const FOOTER = 84;
/** Enough to see what is wrong; the downloaded list has them all. */
const MOST_ROWS = 150;

export interface LoadProblemsOptions {
  attempt: LoadAttempt;
  focus: FocusRing;
  onLoadAnother: () => void;
  onClose: () => void;
}

function headingFor(a: LoadAttempt): string {
  if (!a.ok) return t('problems.failed', { count: a.errors.length });
  const title = a.title ?? shortSource(a.source);
  return t('problems.loaded', { title, count: a.warnings.length });
}

function explanationFor(a: LoadAttempt): string {
  const file = shortSource(a.source);
  return a.ok ? t('problems.loadedExplain', { file }) : t('problems.failedExplain', { file });
}

/** One problem: where it is (JSON pointer, line and column) above what is wrong, in plain words. */
function addProblemRow(
  scene: Phaser.Scene,
  list: Phaser.GameObjects.Container,
  p: Problem,
  y: number,
  width: number,
): number {
  const error = p.severity === 'error';
  const mark = addText(scene, 0, y, error ? '✕' : '⚠', 'body', {
    colour: error ? css.down : css.warn,
    bold: true,
  });
  const where = addText(scene, 30, y, p.pointer || '/', 'body', {
    colour: css.accent,
    bold: true,
    width: width - 200,
  });
  const parts: Phaser.GameObjects.GameObject[] = [mark, where];
  if (p.line !== undefined) {
    const at = t('problems.at', { line: p.line, column: p.column ?? '' });
    parts.push(
      addText(scene, width - 16, y + 2, at, 'small', { colour: css.faint }).setOrigin(1, 0),
    );
  }
  const message = addText(scene, 30, where.y + where.height + 4, problemText(p), 'body', {
    width: width - 50,
  });
  const end = message.y + message.height + 14;
  const rule = scene.add.graphics();
  rule.lineStyle(1, colour.panelEdge, 0.7).lineBetween(30, end - 7, width - 16, end - 7);
  list.add([...parts, message, rule]);
  return end;
}

/** Errors, then the warnings under their own heading; returns the height the rows take. */
function fillProblems(
  scene: Phaser.Scene,
  list: Phaser.GameObjects.Container,
  a: LoadAttempt,
  width: number,
): number {
  let y = 4;
  let rows = 0;
  const section = (title: string, problems: Problem[]) => {
    if (problems.length === 0) return;
    list.add(addKicker(scene, 0, y, title, problems === a.errors ? css.down : css.warn));
    y += 30;
    for (const p of problems) {
      if (rows++ >= MOST_ROWS) break;
      y = addProblemRow(scene, list, p, y, width);
    }
    y += 12;
  };
  section(t('problems.errors', { count: a.errors.length }), a.errors);
  section(t('problems.warnings', { count: a.warnings.length }), a.warnings);
  const left = a.errors.length + a.warnings.length - MOST_ROWS;
  if (left > 0) {
    const more = addText(scene, 0, y, t('problems.more', { count: left }), 'body', {
      colour: css.muted,
      width,
    });
    list.add(more);
    y += more.height + 8;
  }
  return y;
}

/** The list as `npm run check-scenario` prints it, one problem a line (in English, so it matches the tool's). */
export function problemsText(a: LoadAttempt): string {
  return [...a.errors, ...a.warnings].map((p) => `${formatProblem(a.source, p)}\n`).join('');
}

function listFileName(source: string): string {
  const base = shortSource(source, 80)
    .replace(/\.json$/i, '')
    .replace(/[^\w.-]+/g, '-');
  return `${base || 'scenario'}-problems.txt`;
}

export function openLoadProblemsPanel(scene: Phaser.Scene, o: LoadProblemsOptions): DialogFrame {
  const a = o.attempt;
  const heading = addText(scene, PAD, 54, headingFor(a), 'title', { width: WIDTH - 2 * PAD });
  const explain = addText(scene, PAD, heading.y + heading.height + 6, explanationFor(a), 'body', {
    colour: css.muted,
    width: WIDTH - 2 * PAD,
  });
  const listTop = explain.y + explain.height + 18;
  // The rows are laid out first, so the panel can be as tall as they need and no taller.
  const rows = scene.add.container(0, 0);
  const rowsHeight = fillProblems(scene, rows, a, WIDTH - PAD * 2);
  const height = Phaser.Math.Clamp(listTop + rowsHeight + 8 + FOOTER, LEAST_HEIGHT, MOST_HEIGHT);
  const area = {
    x: Math.round((DESIGN_WIDTH - WIDTH) / 2) + PAD,
    y: Math.round((DESIGN_HEIGHT - height) / 2) + listTop,
    width: WIDTH - PAD * 2,
    height: height - FOOTER - listTop - 8,
    fadeTo: colour.panelRaised,
  };
  const view = new ScrollView(scene, area).setDepth(950).bindKeys();
  view.content.add(rows);
  view.setContentHeight(rowsHeight);
  const frame = openDialogFrame(scene, {
    width: WIDTH,
    height,
    title: a.ok ? t('problems.titleLoaded') : t('problems.titleFailed'),
    edge: a.ok ? colour.yellow : colour.vermillion,
    onClose: () => {
      view.destroy();
      o.focus.draw();
      o.onClose();
    },
  });
  const { parts, first } = footer(scene, o, frame, rowsHeight > area.height);
  frame.panel.add([heading, explain, ...parts]);
  // Focused once inside the panel, so the ring is drawn around the button where it now is.
  o.focus.focus(first);
  return frame;
}

/** The scroll hint (when the list is longer than the panel), then Save the list (D), Load another file (L) and Close (Esc). */
function footer(
  scene: Phaser.Scene,
  o: LoadProblemsOptions,
  frame: DialogFrame,
  scrolls: boolean,
): { parts: Phaser.GameObjects.GameObject[]; first: Button } {
  const y = frame.height - FOOTER;
  const rule = scene.add.graphics();
  rule.lineStyle(edges.rule, colour.panelEdge, 1).lineBetween(PAD, y, WIDTH - PAD, y);
  const hint = addText(scene, PAD, y + 42, scrolls ? t('credits.scroll') : '', 'small', {
    colour: css.faint,
  }).setOrigin(0, 0.5);
  const base = { y: y + 18, focus: o.focus };
  const close = new Button(scene, {
    ...base,
    x: WIDTH - PAD - 150,
    width: 150,
    label: t('common.close'),
    hotkey: 'ESC',
    onPress: () => frame.close(),
  });
  const another = new Button(scene, {
    ...base,
    x: close.x - 12 - 260,
    width: 260,
    label: t('problems.another'),
    hotkey: 'L',
    kind: o.attempt.ok ? 'normal' : 'primary',
    onPress: o.onLoadAnother,
  });
  const save = new Button(scene, {
    ...base,
    x: another.x - 12 - 220,
    width: 220,
    label: t('problems.save'),
    hotkey: 'D',
    onPress: () =>
      downloadText(listFileName(o.attempt.source), problemsText(o.attempt), 'text/plain'),
  });
  return { parts: [rule, hint, save, another, close], first: o.attempt.ok ? close : another };
}
