// The board's dialogs: help, the menu, the deals in force, and the confirmation before reneging.
import type Phaser from 'phaser';
import type { CompiledRules, Deal } from '../../engine';
import { colour, css } from '../theme';
import { t } from '../i18n';
import { addBoardHelp } from './board-help';
import type { DialogHost } from './dialog-host';
import { addText, clampLines } from './text';
import { dealTerms } from './wording';

export function openHelp(scene: Phaser.Scene, host: DialogHost, rules: CompiledRules): void {
  const modal = host.open('help', { width: 1200, height: 672, title: t('help.title') });
  addBoardHelp(scene, modal.body, rules, modal.width, modal.height);
  host.button(modal, {
    x: modal.width - 200,
    y: modal.height - 60,
    width: 180,
    label: t('common.close'),
    hotkey: 'ESC',
    onPress: () => modal.close(),
  });
}

export function openMenu(scene: Phaser.Scene, host: DialogHost, toTitle: () => void): void {
  const modal = host.open('menu', { width: 420, height: 250, title: t('board.menu') });
  modal.body.add(addText(scene, 24, 56, t('menu.saved'), 'small', { colour: css.muted }));
  host.button(modal, {
    x: 24,
    y: 96,
    width: 372,
    label: t('menu.resume'),
    hotkey: 'ESC',
    kind: 'primary',
    onPress: () => modal.close(),
  });
  host.button(modal, {
    x: 24,
    y: 160,
    width: 372,
    label: t('menu.toTitle'),
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
    title: t('renege.title', { name }),
    edge: colour.vermillion,
  });
  const what = clampLines(
    addText(
      scene,
      24,
      56,
      t('renege.what', { turn: deal.turn, terms: dealTerms(rules, deal) }),
      'body',
      {
        width: 592,
      },
    ),
    3,
  );
  const warn = t('renege.warn', { name });
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
    label: t('table.renege'),
    hotkey: 'Y',
    kind: 'danger',
    onPress,
  });
  host.button(modal, {
    x: 336,
    y: 250,
    width: 280,
    label: t('renege.keep'),
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
    title: t('deals.title'),
  });
  shown.forEach((deal, i) => {
    const y = 56 + i * 64;
    const name = rules.actorById[deal.with]?.name ?? deal.with;
    const line = t('common.deal', { turn: deal.turn, name, terms: dealTerms(rules, deal) });
    modal.body.add(clampLines(addText(scene, 24, y, line, 'small', { width: 780 }), 2));
    host.button(modal, {
      x: 828,
      y: y + 2,
      width: 128,
      height: 36,
      label: t('deals.renege'),
      onPress: () => pick(deal),
    });
  });
  if (shown.length === 0)
    modal.body.add(addText(scene, 24, 56, t('deals.none'), 'body', { colour: css.muted }));
  if (deals.length > shown.length) {
    modal.body.add(
      addText(
        scene,
        24,
        modal.height - 52,
        t('deals.older', { count: deals.length - shown.length }),
        'small',
        { colour: css.faint },
      ),
    );
  }
  host.button(modal, {
    x: modal.width - 204,
    y: modal.height - 60,
    width: 180,
    label: t('common.close'),
    hotkey: 'ESC',
    onPress: () => modal.close(),
  });
}
