// Credits & sources: where the scenario's facts come from, the map and font credits, and the no-likeness pledge.
import Phaser from 'phaser';
import type { Scenario } from '../../scenario';
import { formatList, t } from '../i18n';
import { colour, css, edges, DESIGN_HEIGHT, DESIGN_WIDTH } from '../theme';
import { Button } from './button';
import type { FocusRing } from './focus';
import { openDialogFrame, type DialogFrame } from './dialog-frame';
import { ScrollView } from './scroll-view';
import { addText } from './text';

const WIDTH = 940;
const HEIGHT = 600;
const PAD = 28;

/** The rows of the panel, top to bottom; returns the height they take. */
function fillCredits(
  scene: Phaser.Scene,
  list: Phaser.GameObjects.Container,
  scenario: Scenario,
  width: number,
): number {
  let y = 4;
  const add = (
    text: string,
    role: 'body' | 'small',
    tint: string = css.text,
    indent = 0,
    gap = 6,
  ) => {
    const t = addText(scene, indent, y, text, role, { colour: tint, width: width - indent - 20 });
    list.add(t);
    y += t.height + gap;
  };
  const kicker = (text: string) => {
    y += 10;
    add(text.toUpperCase(), 'small', css.accent, 0, 8);
  };
  kicker(t('credits.sourcesFor', { title: scenario.title }));
  for (const source of scenario.briefing.sources) {
    add(`• ${source.title}`, 'body', css.text, 0, 2);
    add(source.id, 'small', css.faint, 18, source.note ? 2 : 12);
    if (source.note) add(source.note, 'small', css.muted, 18, 12);
  }
  kicker(t('credits.map'));
  add(t('credits.mapText'), 'body');
  kicker(t('credits.typeface'));
  add(t('credits.typefaceText'), 'body');
  kicker(t('credits.people'));
  add(t('credits.peopleText'), 'body');
  kicker(t('credits.scenario'));
  const authors = formatList(scenario.authors);
  add(t('credits.written', { authors, version: scenario.version }), 'body');
  return y + 8;
}

export function openCreditsPanel(
  scene: Phaser.Scene,
  scenario: Scenario,
  focus: FocusRing,
  onClose: () => void,
): DialogFrame {
  const x = Math.round((DESIGN_WIDTH - WIDTH) / 2);
  const y = Math.round((DESIGN_HEIGHT - HEIGHT) / 2);
  const area = {
    x: x + PAD,
    y: y + 52,
    width: WIDTH - PAD * 2,
    height: HEIGHT - 52 - 84,
    fadeTo: colour.panelRaised,
  };
  const view = new ScrollView(scene, area).setDepth(950).bindKeys();
  view.setContentHeight(fillCredits(scene, view.content, scenario, area.width));
  const modal = openDialogFrame(scene, {
    width: WIDTH,
    height: HEIGHT,
    title: t('credits.title'),
    onClose: () => {
      view.destroy();
      onClose();
    },
  });
  const rule = scene.add.graphics();
  rule
    .lineStyle(edges.rule, colour.panelEdge, 1)
    .lineBetween(PAD, HEIGHT - 84, WIDTH - PAD, HEIGHT - 84);
  const hint = addText(scene, PAD, HEIGHT - 52, t('credits.scroll'), 'small', {
    colour: css.faint,
  });
  const close = new Button(scene, {
    x: WIDTH - PAD - 220,
    y: HEIGHT - 76,
    width: 220,
    label: t('common.close'),
    hotkey: 'ESC',
    onPress: () => modal.close(),
    focus,
  });
  modal.panel.add([rule, hint.setOrigin(0, 0.5), close]);
  focus.focus(close);
  return modal;
}
