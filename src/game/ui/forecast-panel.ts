// The forecast, live on every change: the counterpart's likely answer and why, what the package would move.
import type Phaser from 'phaser';
import type { CompiledRules, Forecast } from '../../engine';
import { colour, css } from '../theme';
import { formatNumber, t, type MessageKey } from '../i18n';
import { netChanges, netText } from './net-changes';
import { addText, clampLines } from './text';
import { deltaColour, deltaText, shortNumber, signed } from './wording';

type Parts = Forecast['parts'];

const VERDICT = {
  accept: { line: 'forecast.accept', mark: '✓', tone: css.good },
  counter: { line: 'forecast.counter', mark: '⇄', tone: css.warn },
  refuse: { line: 'forecast.refuse', mark: '✗', tone: css.down },
} as const satisfies Record<string, { line: MessageKey; mark: string; tone: string }>;

export function drawForecast(
  scene: Phaser.Scene,
  into: Phaser.GameObjects.Container,
  width: number,
  f: Forecast,
  rules: CompiledRules,
  actorName: string,
  empty: boolean,
): void {
  const add = <T extends Phaser.GameObjects.GameObject>(o: T): T => {
    into.add(o);
    return o;
  };
  add(
    addText(scene, 0, 0, t('forecast.title'), 'small', {
      colour: css.accent,
      bold: true,
      letterSpacing: 1,
    }),
  );
  if (empty) return drawEmpty(scene, add, width, f, actorName);
  const v = VERDICT[f.verdict];
  const chance = formatNumber(f.acceptChance, { style: 'percent', maximumFractionDigits: 0 });
  const verdict = t(v.line, { mark: v.mark, name: actorName, chance });
  const head = add(addText(scene, 0, 24, verdict, 'heading', { colour: v.tone }));
  head.setScale(Math.min(1, width / Math.max(1, head.width)));
  const bar = add(scene.add.graphics());
  bar.fillStyle(colour.sea, 1).fillRoundedRect(0, 58, width, 8, 4);
  bar.fillStyle(
    f.verdict === 'accept'
      ? colour.green
      : f.verdict === 'counter'
        ? colour.yellow
        : colour.vermillion,
    1,
  );
  bar.fillRoundedRect(0, 58, Math.max(4, width * f.acceptChance), 8, 4);
  let y = 78;
  y = drawParts(
    scene,
    add,
    width,
    y,
    t('forecast.for'),
    f.parts.filter((p) => p.amount > 0),
    css.up,
  );
  y = drawParts(
    scene,
    add,
    width,
    y + 4,
    t('forecast.against'),
    f.parts.filter((p) => p.amount < 0),
    css.down,
  );
  y = drawChanges(scene, add, width, y + 8, f, rules);
  drawStability(scene, add, width, y + 6, f);
}

type Add = <T extends Phaser.GameObjects.GameObject>(o: T) => T;

function drawParts(
  scene: Phaser.Scene,
  add: Add,
  width: number,
  y: number,
  title: string,
  parts: Parts,
  tone: string,
): number {
  const top = [...parts].sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount)).slice(0, 3);
  add(addText(scene, 0, y, title, 'small', { colour: css.faint, bold: true }));
  if (top.length === 0)
    add(addText(scene, 90, y, t('forecast.nothing'), 'small', { colour: css.faint }));
  top.forEach((p, i) => {
    const row = y + (i === 0 ? 0 : i * 20);
    add(clampLines(addText(scene, 90, row, p.label, 'small', { width: width - 150 }), 1));
    add(
      addText(scene, width, row, signed(p.amount), 'small', { colour: tone, bold: true }).setOrigin(
        1,
        0,
      ),
    );
  });
  return y + Math.max(1, top.length) * 20 + 2;
}

function drawChanges(
  scene: Phaser.Scene,
  add: Add,
  width: number,
  y: number,
  f: Forecast,
  rules: CompiledRules,
): number {
  add(
    addText(scene, 0, y, t('forecast.ifAccepted'), 'small', {
      colour: css.accent,
      bold: true,
      letterSpacing: 1,
    }),
  );
  y += 22;
  const rows = netChanges(rules, f.changes);
  if (rows.length === 0) {
    add(addText(scene, 0, y, t('forecast.noMove'), 'small', { colour: css.faint }));
    return y + 22;
  }
  const shown = rows.slice(0, 7);
  shown.forEach((r, i) => {
    add(clampLines(addText(scene, 0, y + i * 20, r.label, 'small', { width: width - 110 }), 1));
    add(
      addText(scene, width, y + i * 20, netText(r), 'small', {
        colour: deltaColour(r.delta),
        bold: true,
      }).setOrigin(1, 0),
    );
  });
  y += shown.length * 20;
  if (rows.length > shown.length) {
    add(
      addText(scene, 0, y, t('common.andMore', { count: rows.length - shown.length }), 'small', {
        colour: css.faint,
      }),
    );
    y += 20;
  }
  return y;
}

function drawStability(scene: Phaser.Scene, add: Add, width: number, y: number, f: Forecast): void {
  const d = f.stabilityAfter - f.stabilityBefore;
  const line = t('common.stabilityMove', {
    before: shortNumber(f.stabilityBefore),
    after: shortNumber(f.stabilityAfter),
  });
  const s = add(addText(scene, 0, y, line, 'heading', { bold: true }));
  add(
    addText(scene, s.width + 12, y + 3, deltaText(d), 'body', {
      colour: deltaColour(d),
      bold: true,
    }),
  );
  const w = f.winSet;
  const mark = w.ok ? '✓' : '✗';
  const text = t('forecast.winSet', {
    floor: shortNumber(w.floor),
    after: shortNumber(w.approvalAfter),
    mark,
  });
  add(
    clampLines(
      addText(scene, 0, y + 34, text, 'small', { colour: w.ok ? css.good : css.down, width }),
      2,
    ),
  );
  if (!f.legal && f.problem) {
    add(
      clampLines(
        addText(scene, 0, y + 78, t('forecast.cannotSend', { problem: f.problem }), 'small', {
          colour: css.warn,
          width,
          bold: true,
        }),
        3,
      ),
    );
  }
}

/** Nothing is in the package yet: say how to build one instead of forecasting an empty offer. */
function drawEmpty(
  scene: Phaser.Scene,
  add: Add,
  width: number,
  f: Forecast,
  actorName: string,
): void {
  add(addText(scene, 0, 24, t('forecast.empty'), 'heading', { colour: css.muted }));
  const how = t('forecast.how', { name: actorName });
  add(addText(scene, 0, 62, how, 'small', { colour: css.text, width }));
  const now = t('forecast.stabilityNow', { value: shortNumber(f.stabilityBefore) });
  add(addText(scene, 0, 200, now, 'heading'));
  const w = f.winSet;
  const room = t('forecast.winSetNow', {
    floor: shortNumber(w.floor),
    now: shortNumber(w.approvalAfter),
  });
  add(addText(scene, 0, 236, room, 'small', { colour: css.muted, width }));
}
