// One news item as a dossier card: headline, story, source, and the numbers it moved this turn.
import Phaser from 'phaser';
import type { Change, CompiledRules, NewsItem } from '../../engine';
import type { Scenario } from '../../scenario';
import { colour, css, edges } from '../theme';
import { t } from '../i18n';
import { changeTarget, deltaColour, formatDelta, formatWithUnit } from './change-list';
import { addKicker } from './room-backdrop';
import { addText, clampLines } from './text';

export interface NewsCardOptions {
  news: NewsItem;
  index: number;
  count: number;
  /** The changes this event caused this turn (reason.event === news.event). */
  changes: readonly Change[];
  rules: CompiledRules;
  scenario: Scenario;
}

/** "Source: <briefing title> (seeds/003_….txt)" when the briefing lists it, else the file name alone. */
export function sourceLine(scenario: Scenario, source: string): string {
  const listed = scenario.briefing.sources.find((s) => s.id === source);
  return listed
    ? t('news.source', { title: listed.title, file: source })
    : t('news.sourceFile', { file: source });
}

export function addNewsCard(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
  o: NewsCardOptions,
): Phaser.GameObjects.Container {
  const c = scene.add.container(x, y);
  const pad = 36;
  const inner = width - 2 * pad;
  const g = scene.add.graphics();
  g.fillStyle(colour.panel, 0.98).fillRoundedRect(0, 0, width, height, 10);
  g.lineStyle(edges.panel, colour.panelEdge, 1).strokeRoundedRect(0, 0, width, height, 10);
  g.fillStyle(colour.orange, 1).fillRect(pad, 0, 140, 5);
  c.add(g);
  const kicker =
    o.count > 1 ? t('news.of', { index: o.index + 1, count: o.count }) : t('events.title');
  c.add(addKicker(scene, pad, 28, kicker));
  const title = addText(scene, pad, 56, o.news.title, 'display', { width: inner, fontSize: 36 });
  const story = addText(scene, pad, title.y + title.height + 16, o.news.text, 'heading', {
    width: inner,
    bold: false,
    lineSpacing: 8,
  });
  const tiles = tileRows(o.changes.length, inner);
  const tilesHeight = 64 + tiles * (TILE_HEIGHT + 12);
  clampLines(story, Math.max(2, Math.floor((height - tilesHeight - 70 - story.y) / 34)));
  const source = addText(
    scene,
    pad,
    story.y + story.height + 16,
    sourceLine(o.scenario, o.news.source),
    'small',
    { colour: css.faint, width: inner },
  );
  clampLines(source, 2);
  c.add([title, story, source]);
  const top = Math.min(source.y + source.height + 32, height - tilesHeight);
  g.lineStyle(edges.rule, colour.panelEdge, 1).lineBetween(pad, top, width - pad, top);
  c.add(addKicker(scene, pad, top + 20, t('news.changed'), css.muted));
  c.add(changeTiles(scene, pad, top + 52, inner, o.rules, o.changes));
  return c;
}

const TILE_WIDTH = 228;
const TILE_HEIGHT = 80;

function tilesPerRow(width: number): number {
  return Math.max(1, Math.floor((width + 12) / (TILE_WIDTH + 12)));
}

function tileRows(count: number, width: number): number {
  return Math.max(1, Math.ceil(count / tilesPerRow(width)));
}

/** The moved numbers as tiles, row by row; a line saying so when the news moved nothing. */
function changeTiles(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  rules: CompiledRules,
  changes: readonly Change[],
): Phaser.GameObjects.GameObject[] {
  if (changes.length === 0) {
    const none = t('news.nothingMoved');
    return [addText(scene, x, y, none, 'body', { colour: css.muted })];
  }
  const perRow = tilesPerRow(width);
  return changes.flatMap((change, i) => {
    const tx = x + (i % perRow) * (TILE_WIDTH + 12);
    const ty = y + Math.floor(i / perRow) * (TILE_HEIGHT + 12);
    return changeTile(scene, tx, ty, rules, change);
  });
}

/** One moved number: what moved, by how much (arrow and unit), and where it stands now. */
function changeTile(
  scene: Phaser.Scene,
  x: number,
  y: number,
  rules: CompiledRules,
  change: Change,
): Phaser.GameObjects.GameObject[] {
  const { label, unit } = changeTarget(rules, change);
  const g = scene.add.graphics();
  g.fillStyle(colour.panelRaised, 1).fillRoundedRect(x, y, TILE_WIDTH, TILE_HEIGHT, 8);
  g.fillStyle(change.delta > 0 ? colour.blue : colour.vermillion, 1);
  g.fillRect(x, y + 10, 4, TILE_HEIGHT - 20);
  const name = addText(scene, x + 16, y + 12, label, 'small', {
    colour: css.muted,
    width: TILE_WIDTH - 24,
  });
  const shown = formatDelta(change.delta, unit);
  const delta = addText(scene, x + 16, y + 40, shown, 'heading', {
    colour: deltaColour(change.delta),
  });
  const nowText = t('news.now', { value: formatWithUnit(change.after, unit) });
  const now = addText(scene, x + TILE_WIDTH - 12, y + 45, nowText, 'small', { colour: css.muted });
  return [g, clampLines(name, 1), delta, now.setOrigin(1, 0)];
}
