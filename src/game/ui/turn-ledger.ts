// The turn's ledger for the summary's scroll list: the decisions taken, then every change grouped by its cause.
import Phaser from 'phaser';
import type { Action, Change, CompiledRules, TurnRecord } from '../../engine';
import { t } from '../i18n';
import { css } from '../theme';
import { changeTarget, deltaColour, formatDelta, groupChanges } from './change-list';
import { addKicker } from './room-backdrop';
import { addText } from './text';
import { dealTerms } from './wording';

const LABEL_WIDTH = 230;
const DELTA_WIDTH = 112;

/** A decision in the player's words: "Offer to Washington: gives …; asks …". */
export function describeAction(rules: CompiledRules, action: Action): string {
  switch (action.type) {
    case 'offer':
      return t('action.offer', {
        name: rules.actorById[action.to]?.name ?? action.to,
        terms: dealTerms(rules, action),
      });
    case 'acceptCounter':
      return t('action.acceptCounter');
    case 'walkAway':
      return t('action.walkAway');
    case 'renege':
      return t('action.renege', { id: action.dealId });
    case 'endTurn':
      return t('action.endTurn');
  }
}

/** Fills `list` with the ledger, `width` wide from y = 0; returns the height it takes. */
export function fillTurnLedger(
  scene: Phaser.Scene,
  list: Phaser.GameObjects.Container,
  rules: CompiledRules,
  record: TurnRecord,
  width: number,
): number {
  let y = 4;
  const put = (o: Phaser.GameObjects.Text) => (list.add(o), o);
  put(addKicker(scene, 0, y, t('ledger.decisions')));
  y += 30;
  if (record.actions.length === 0) {
    y += put(addText(scene, 0, y, t('ledger.noOffers'), 'body', { colour: css.muted })).height + 10;
  }
  record.actions.forEach((entry, i) => {
    const what = put(
      addText(scene, 28, y, describeAction(rules, entry.action), 'body', { width: width - 28 }),
    );
    put(addText(scene, 0, y, `${i + 1}.`, 'body', { colour: css.accent, bold: true }));
    const outcome = put(
      addText(scene, 28, y + what.height + 2, entry.outcome, 'small', {
        width: width - 28,
        colour: css.muted,
      }),
    );
    y = outcome.y + outcome.height + 12;
  });
  const groups = groupChanges(record.changes);
  if (groups.length === 0) {
    y += 16;
    y += put(addText(scene, 0, y, t('ledger.noMoves'), 'body', { colour: css.muted })).height;
  }
  for (const group of groups) {
    y += 18;
    put(addKicker(scene, 0, y, `${group.heading} (${group.changes.length})`));
    y += 30;
    for (const change of group.changes) y = changeRow(scene, list, rules, change, y, width) + 8;
  }
  return y + 12;
}

/** "<track label>  +3 pts ▲  — <reason>" laid out as a table row; returns where the row ends. */
function changeRow(
  scene: Phaser.Scene,
  list: Phaser.GameObjects.Container,
  rules: CompiledRules,
  change: Change,
  y: number,
  width: number,
): number {
  const { label, unit } = changeTarget(rules, change);
  const name = addText(scene, 0, y, label, 'small', { width: LABEL_WIDTH - 12 });
  const delta = addText(scene, LABEL_WIDTH, y, formatDelta(change.delta, unit), 'small', {
    colour: deltaColour(change.delta),
    bold: true,
  });
  const reason = addText(scene, LABEL_WIDTH + DELTA_WIDTH, y, `— ${change.reason.text}`, 'small', {
    colour: css.muted,
    width: width - LABEL_WIDTH - DELTA_WIDTH,
  });
  list.add([name, delta, reason]);
  return y + Math.max(name.height, reason.height);
}
