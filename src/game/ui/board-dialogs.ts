// The board's dialogs: help, the menu, the deals in force, and the confirmation before reneging.
import type Phaser from 'phaser';
import type { CompiledRules, Deal } from '../../engine';
import { views } from '../../store';
import { colour, css } from '../theme';
import { addBoardHelp } from './board-help';
import type { DialogHost } from './dialog-host';
import { addText, clampLines } from './text';

export function openHelp(scene: Phaser.Scene, host: DialogHost, rules: CompiledRules): void {
  const modal = host.open('help', { width: 1200, height: 672, title: 'How to read the board' });
  addBoardHelp(scene, modal.body, rules, modal.width, modal.height);
  host.button(modal, {
    x: modal.width - 200,
    y: modal.height - 60,
    width: 180,
    label: 'Close',
    hotkey: 'ESC',
    onPress: () => modal.close(),
  });
}

export function openMenu(scene: Phaser.Scene, host: DialogHost, toTitle: () => void): void {
  const modal = host.open('menu', { width: 420, height: 250, title: 'Menu' });
  modal.body.add(
    addText(scene, 24, 56, 'Your game is saved after every move.', 'small', { colour: css.muted }),
  );
  host.button(modal, {
    x: 24,
    y: 96,
    width: 372,
    label: 'Resume',
    hotkey: 'ESC',
    kind: 'primary',
    onPress: () => modal.close(),
  });
  host.button(modal, {
    x: 24,
    y: 160,
    width: 372,
    label: 'Back to the title screen',
    hotkey: 'T',
    onPress: toTitle,
  });
}

export function confirmRenege(
  scene: Phaser.Scene,
  host: DialogHost,
  rules: CompiledRules,
  deal: Deal,
  renege: () => void,
): void {
  const name = rules.actorById[deal.with]?.name ?? deal.with;
  const modal = host.open('renege', {
    width: 640,
    height: 330,
    title: `Renege on a deal with ${name}?`,
    edge: colour.vermillion,
  });
  const what = clampLines(
    addText(scene, 24, 56, `Turn ${deal.turn}: ${views.describeDeal(rules, deal)}.`, 'body', {
      width: 592,
    }),
    3,
  );
  const warn = `Seoul's side of the deal is undone, and ${name} will remember the broken promise. See the turn summary for every change.`;
  modal.body.add([
    what,
    clampLines(addText(scene, 24, 150, warn, 'small', { colour: css.muted, width: 592 }), 3),
  ]);
  const onPress = () => {
    modal.close();
    renege();
  };
  host.button(modal, {
    x: 24,
    y: 250,
    width: 280,
    label: 'Renege',
    hotkey: 'Y',
    kind: 'danger',
    onPress,
  });
  host.button(modal, {
    x: 336,
    y: 250,
    width: 280,
    label: 'Keep the deal',
    hotkey: 'ESC',
    kind: 'primary',
    onPress: () => modal.close(),
  });
}

/** Every deal in force with its full terms (the newest eight), each with a way to renege. */
export function openDeals(
  scene: Phaser.Scene,
  host: DialogHost,
  rules: CompiledRules,
  deals: Deal[],
  pick: (deal: Deal) => void,
): void {
  const shown = deals.slice(-8);
  const modal = host.open('deals', {
    width: 980,
    height: 180 + Math.max(1, shown.length) * 64,
    title: 'Deals in force',
  });
  shown.forEach((deal, i) => {
    const y = 56 + i * 64;
    const name = rules.actorById[deal.with]?.name ?? deal.with;
    const t = addText(
      scene,
      24,
      y,
      `Turn ${deal.turn} · ${name}: ${views.describeDeal(rules, deal)}`,
      'small',
      { width: 780 },
    );
    modal.body.add(clampLines(t, 2));
    host.button(modal, {
      x: 828,
      y: y + 2,
      width: 128,
      height: 36,
      label: 'Renege…',
      onPress: () => pick(deal),
    });
  });
  if (shown.length === 0)
    modal.body.add(addText(scene, 24, 56, 'No deal is in force.', 'body', { colour: css.muted }));
  if (deals.length > shown.length) {
    modal.body.add(
      addText(
        scene,
        24,
        modal.height - 52,
        `${deals.length - shown.length} older deals are not shown.`,
        'small',
        { colour: css.faint },
      ),
    );
  }
  host.button(modal, {
    x: modal.width - 204,
    y: modal.height - 60,
    width: 180,
    label: 'Close',
    hotkey: 'ESC',
    onPress: () => modal.close(),
  });
}
