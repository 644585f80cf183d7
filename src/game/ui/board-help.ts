// The board's help card: what each track means, how to read the index and the lines, and every key.
import type Phaser from 'phaser';
import type { CompiledRules } from '../../engine';
import { css } from '../theme';
import { t, type MessageKey } from '../i18n';
import { addText, clampLines } from './text';

/** Each key (as printed on the keyboard) and what it does; the words come from the catalogue. */
const KEYS = [
  ['1 – 4', 'help.keys.negotiate'],
  ['E', 'help.keys.endTurn'],
  ['L', 'help.keys.deals'],
  ['I', 'help.keys.index'],
  [null, 'help.keys.help'],
  ['Tab', 'help.keys.focus'],
] as const satisfies readonly (readonly [string | null, MessageKey])[];

export function addBoardHelp(
  scene: Phaser.Scene,
  body: Phaser.GameObjects.Container,
  rules: CompiledRules,
  width: number,
  height: number,
): void {
  const column = (width - 72) / 2;
  const tracks = rules.tracks.slice(0, 8);
  const rowHeight = Math.min(96, (height - 288) / Math.ceil(tracks.length / 2));
  tracks.forEach((t, i) => {
    const x = 24 + (i % 2) * (column + 24);
    const y = 54 + Math.floor(i / 2) * rowHeight;
    body.add(addText(scene, x, y, t.label, 'small', { colour: css.accent, bold: true }));
    const lines = Math.max(1, Math.floor((rowHeight - 28) / 22));
    body.add(
      clampLines(
        addText(scene, x, y + 22, t.meaning, 'small', {
          colour: css.text,
          width: column,
          lineSpacing: 2,
        }),
        lines,
      ),
    );
  });
  const y = 54 + Math.ceil(tracks.length / 2) * rowHeight + 10;
  body.add(
    addText(scene, 24, y, t('help.readingTitle'), 'small', { colour: css.accent, bold: true }),
  );
  body.add(
    clampLines(
      addText(scene, 24, y + 24, t('help.reading'), 'small', {
        colour: css.muted,
        width: column,
        lineSpacing: 2,
      }),
      8,
    ),
  );
  body.add(
    addText(scene, 48 + column, y, t('help.keysTitle'), 'small', {
      colour: css.accent,
      bold: true,
    }),
  );
  KEYS.forEach(([key, what], i) => {
    const shown = key ?? t('help.key.helpKeys');
    body.add(
      addText(scene, 48 + column, y + 24 + i * 22, shown, 'small', {
        colour: css.warn,
        bold: true,
      }),
    );
    body.add(
      addText(scene, 48 + column + 76, y + 24 + i * 22, t(what), 'small', {
        colour: css.text,
        width: column - 76,
      }),
    );
  });
}
