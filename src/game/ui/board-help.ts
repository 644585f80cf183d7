// The board's help card: what each track means, how to read the index and the lines, and every key.
import type Phaser from 'phaser';
import type { CompiledRules } from '../../engine';
import { css } from '../theme';
import { addText, clampLines } from './text';

const KEYS: [string, string][] = [
  ['1 – 4', 'negotiate with a counterpart at the table (or click its capital)'],
  ['E', 'end the turn'],
  ['L', 'the deals in force (renege from there)'],
  ['I', 'the parts of the stability index'],
  ['H or ?', 'this help · Esc the menu'],
  ['Tab', 'move the yellow focus ring; Enter presses'],
];

const READING =
  'The Alliance Stability Index weighs every track together and subtracts penalties when one collapses or Seoul leans too far to one side; hover it or press I to see its parts. ' +
  'Each line from Seoul shows one relationship: thick solid blue is strong, solid green steady, dashed orange strained, dotted red broken. ▲ and ▼ give the change since the last turn; the small charts show each track turn by turn.';

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
  body.add(addText(scene, 24, y, 'READING THE BOARD', 'small', { colour: css.accent, bold: true }));
  body.add(
    clampLines(
      addText(scene, 24, y + 24, READING, 'small', {
        colour: css.muted,
        width: column,
        lineSpacing: 2,
      }),
      8,
    ),
  );
  body.add(addText(scene, 48 + column, y, 'KEYS', 'small', { colour: css.accent, bold: true }));
  KEYS.forEach(([key, what], i) => {
    body.add(
      addText(scene, 48 + column, y + 24 + i * 22, key, 'small', { colour: css.warn, bold: true }),
    );
    body.add(
      addText(scene, 48 + column + 76, y + 24 + i * 22, what, 'small', {
        colour: css.text,
        width: column - 76,
      }),
    );
  });
}
