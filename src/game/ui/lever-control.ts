// One lever in a package: a slider (amounts) or a segmented choice (options), with − / + and keyboard steps.
import Phaser from 'phaser';
import type { CompiledLever } from '../../engine';
import { views } from '../../store';
import { colour, css, edges } from '../theme';
import { t } from '../i18n';
import type { FocusRing, Focusable } from './focus';
import { addText } from './text';

export type LeverValue = number | string;

export interface LeverControlOptions {
  x: number;
  y: number;
  width: number;
  lever: CompiledLever;
  value: LeverValue;
  demanded: boolean;
  onChange: (lever: CompiledLever, value: LeverValue) => void;
  onHover: (lever: CompiledLever) => void;
  focus: FocusRing;
}

export const LEVER_ROW_HEIGHT = 54;
const BOX_Y = 22;
const BOX_H = 30;
const KNOB = 9;

export class LeverControl extends Phaser.GameObjects.Container implements Focusable {
  readonly lever: CompiledLever;
  private current: LeverValue;
  private locked = false;
  /** A counter-offer's setting for this lever, drawn as a yellow ghost beside the player's own. */
  private proposal: LeverValue | null = null;
  private readonly proposalText: Phaser.GameObjects.Text;
  private readonly label: Phaser.GameObjects.Text;
  private readonly valueText: Phaser.GameObjects.Text;
  private readonly face: Phaser.GameObjects.Graphics;
  private readonly rowWidth: number;

  constructor(
    scene: Phaser.Scene,
    private readonly options: LeverControlOptions,
  ) {
    super(scene, options.x, options.y);
    this.lever = options.lever;
    this.current = options.value;
    this.rowWidth = options.width;
    this.face = scene.add.graphics();
    this.label = addText(scene, 0, 0, '', 'small', { bold: true });
    this.valueText = addText(scene, 0, BOX_Y + BOX_H / 2, '', 'small', { bold: true }).setOrigin(
      0,
      0.5,
    );
    this.proposalText = addText(scene, this.rowWidth, 0, '', 'small', {
      colour: css.warn,
      bold: true,
    }).setOrigin(1, 0);
    this.add([this.face, this.label, this.valueText, this.proposalText]);
    // The whole row tells the info strip what this lever means; the parts drawn above it take the clicks.
    const row = scene.add
      .zone(0, 0, this.rowWidth, LEVER_ROW_HEIGHT)
      .setOrigin(0, 0)
      .setInteractive();
    row.on('pointerover', () => options.onHover(this.lever));
    this.add(row);
    this.addStepper(-1, 0);
    this.addStepper(1, this.rowWidth - BOX_H);
    this.addTrackInput();
    options.focus.add(this);
    this.once(Phaser.GameObjects.Events.DESTROY, () => options.focus.remove(this));
    this.redraw();
    scene.add.existing(this);
  }

  value(): LeverValue {
    return this.current;
  }

  /** 0 = not in the package; above 0 = how far toward the full concession (or the full ask). */
  degree(): number {
    return views.degreeOf(this.lever, this.current) ?? 0;
  }

  setValue(value: LeverValue): void {
    if (views.degreeOf(this.lever, value) === undefined) return;
    this.current = value;
    this.redraw();
  }

  setProposal(value: LeverValue | null): void {
    this.proposal = value !== null && value !== this.current ? value : null;
    this.redraw();
  }

  setLocked(on: boolean): void {
    this.locked = on;
    this.setAlpha(on ? 0.55 : 1);
  }

  /** One notch more (+1) or less (−1) of this lever; tells the scene when it moved. */
  step(direction: 1 | -1): void {
    if (this.locked) return;
    const next = stepValue(this.lever, this.current, direction);
    if (next === undefined || next === this.current) return;
    this.change(next);
  }

  bounds(): Phaser.Geom.Rectangle {
    const m = this.getWorldTransformMatrix();
    return new Phaser.Geom.Rectangle(m.tx - 4, m.ty - 2, this.rowWidth + 8, LEVER_ROW_HEIGHT - 2);
  }

  activate(): void {
    this.step(1);
  }

  enabled(): boolean {
    return !this.locked;
  }

  isShown(): boolean {
    return this.visible && this.active;
  }

  private change(value: LeverValue): void {
    this.current = value;
    this.redraw();
    this.options.onChange(this.lever, value);
  }

  private addStepper(direction: 1 | -1, x: number): void {
    const s = this.scene;
    const g = s.add.graphics();
    g.fillStyle(colour.panelRaised, 1).fillRoundedRect(x, BOX_Y, BOX_H, BOX_H, 6);
    g.lineStyle(edges.rule, colour.panelEdge, 1).strokeRoundedRect(x, BOX_Y, BOX_H, BOX_H, 6);
    const sign = addText(s, x + BOX_H / 2, BOX_Y + BOX_H / 2, direction > 0 ? '+' : '−', 'body', {
      bold: true,
    }).setOrigin(0.5);
    const zone = s.add
      .zone(x, BOX_Y, BOX_H, BOX_H)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    zone.on('pointerup', () => this.step(direction));
    zone.on('pointerover', () => this.options.onHover(this.lever));
    this.add([g, sign, zone]);
  }

  /** The middle of the control: drag or click the slider, or click an option's segment. */
  private addTrackInput(): void {
    const s = this.scene;
    const { x, width } = this.trackSpan();
    const zone = s.add
      .zone(x - KNOB, BOX_Y, width + KNOB * 2, BOX_H)
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    const pick = (pointer: Phaser.Input.Pointer) => {
      if (this.locked || !pointer.isDown) return;
      const local = pointer.worldX - this.getWorldTransformMatrix().tx;
      const degree = Math.max(0, Math.min(1, (local - x) / width));
      const value =
        this.lever.kind === 'choice'
          ? optionAt(this.lever, degree)
          : views.valueAtDegree(this.lever, degree);
      if (value !== this.current) this.change(value);
    };
    zone.on('pointerdown', pick);
    zone.on('pointermove', pick);
    zone.on('pointerover', () => this.options.onHover(this.lever));
    this.add(zone);
  }

  /** Where the slider or the segments sit inside the control box. */
  private trackSpan(): { x: number; width: number } {
    const inner = this.rowWidth - BOX_H * 2 - 16;
    // A choice spans the whole box: its segments are a strip along the bottom, its option's name above.
    if (this.lever.kind === 'choice') return { x: BOX_H + 10, width: inner - 4 };
    return { x: BOX_H + 14, width: inner * 0.44 };
  }

  private redraw(): void {
    const on = this.degree() > 0;
    const mark = on ? '●' : '○';
    const star = this.options.demanded ? `  ${t('lever.asked')}` : '';
    this.label.setText(`${mark} ${this.lever.label}${star}`).setColor(on ? css.text : css.muted);
    this.proposalText
      .setText(this.proposal === null ? '' : `⇄ ${this.describe(this.proposal)}`)
      .setScale(1);
    const room =
      this.rowWidth -
      (this.proposal === null ? 0 : Math.min(this.proposalText.width, this.rowWidth * 0.45) + 10);
    this.proposalText.setScale(
      Math.min(1, (this.rowWidth * 0.45) / Math.max(1, this.proposalText.width)),
    );
    this.label.setScale(Math.min(1, room / Math.max(1, this.label.width)));
    const g = this.face.clear();
    g.fillStyle(colour.background, 1).fillRoundedRect(
      BOX_H + 4,
      BOX_Y,
      this.rowWidth - BOX_H * 2 - 8,
      BOX_H,
      6,
    );
    g.lineStyle(edges.rule, on ? colour.orange : colour.panelEdge, 1).strokeRoundedRect(
      BOX_H + 4,
      BOX_Y,
      this.rowWidth - BOX_H * 2 - 8,
      BOX_H,
      6,
    );
    if (this.lever.kind === 'choice') this.drawSegments(g, on);
    else this.drawSlider(g, on);
  }

  private drawSlider(g: Phaser.GameObjects.Graphics, on: boolean): void {
    const { x, width } = this.trackSpan();
    const cy = BOX_Y + BOX_H / 2;
    const d = this.degree();
    g.lineStyle(4, colour.panelEdge, 1).lineBetween(x, cy, x + width, cy);
    if (on) g.lineStyle(4, colour.orange, 1).lineBetween(x, cy, x + width * d, cy);
    if (this.proposal !== null) {
      const pd = views.degreeOf(this.lever, this.proposal) ?? 0;
      g.lineStyle(3, colour.yellow, 1).strokeCircle(x + width * pd, cy, KNOB + 2);
    }
    g.fillStyle(on ? colour.orange : colour.landEdge, 1).fillCircle(x + width * d, cy, KNOB);
    g.lineStyle(2, colour.white, 0.9).strokeCircle(x + width * d, cy, KNOB);
    const amount = this.describe(this.current);
    this.setValueText(x + width + KNOB + 10, amount, on);
  }

  private drawSegments(g: Phaser.GameObjects.Graphics, on: boolean): void {
    const { x, width } = this.trackSpan();
    const options = sortedOptions(this.lever);
    const cell = width / options.length;
    options.forEach((o, i) => {
      const chosen = o.id === this.current;
      const cx = x + i * cell;
      const fill = chosen ? (on ? colour.orange : colour.landEdge) : colour.panelEdge;
      const strip = BOX_Y + BOX_H - 5;
      g.fillStyle(fill, chosen ? 1 : 0.6).fillRoundedRect(cx + 2, strip, cell - 4, 3, 1.5);
      if (o.id === this.proposal) {
        g.lineStyle(2, colour.yellow, 1).strokeRoundedRect(cx + 1, strip - 2, cell - 2, 7, 3);
      }
    });
    this.setValueText(x + width / 2, this.describe(this.current), on, width);
  }

  private describe(value: LeverValue): string {
    if (this.lever.kind === 'choice')
      return this.lever.options.find((o) => o.id === value)?.label ?? String(value);
    return views.formatAmount(Number(value), this.lever.unit);
  }

  /** Left-aligned at x after a slider; centred on x (within `centred` width) for a choice. */
  private setValueText(x: number, text: string, on: boolean, centred?: number): void {
    const room = centred ?? this.rowWidth - BOX_H - 12 - x;
    this.valueText
      .setText(text)
      .setColor(on ? css.accent : css.faint)
      .setOrigin(centred ? 0.5 : 0, 0.5)
      .setPosition(x, BOX_Y + (centred ? BOX_H / 2 - 4 : BOX_H / 2));
    this.valueText.setScale(Math.min(1, room / Math.max(1, this.valueText.width)));
  }
}

function sortedOptions(lever: CompiledLever) {
  return [...lever.options].sort((a, b) => a.degree - b.degree);
}

function optionAt(lever: CompiledLever, position: number): LeverValue {
  const options = sortedOptions(lever);
  const i = Math.min(options.length - 1, Math.floor(position * options.length));
  return options[Math.max(0, i)]!.id;
}

/** The next setting one step toward (+1) or away from (−1) the full concession. */
export function stepValue(
  lever: CompiledLever,
  value: LeverValue,
  direction: 1 | -1,
): LeverValue | undefined {
  if (lever.kind === 'choice') {
    const options = sortedOptions(lever);
    const at = options.findIndex((o) => o.id === value);
    return options[Math.max(0, Math.min(options.length - 1, at + direction))]?.id;
  }
  const span = Math.abs(lever.full - lever.none);
  const notches = Math.max(1, Math.round(span / lever.step));
  const sign = lever.full >= lever.none ? 1 : -1;
  const at = Math.round(Math.abs(Number(value) - lever.none) / lever.step);
  const next = Math.max(0, Math.min(notches, at + direction));
  const raw = lever.none + sign * Math.min(span, next * lever.step);
  return Math.round(raw * 1e6) / 1e6;
}

/** The lever's "not in the package" setting: its none value, or its lowest-degree option. */
export function noneValue(lever: CompiledLever): LeverValue {
  return lever.kind === 'choice' ? sortedOptions(lever)[0]!.id : lever.none;
}
