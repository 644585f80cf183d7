// One dialog at a time over a scene: opening one silences the screen's own buttons until it closes.
import type Phaser from 'phaser';
import { Button, type ButtonOptions } from './button';
import type { FocusRing } from './focus';
import { openModal, type Modal } from './modal';

export type DialogOptions = Parameters<typeof openModal>[1];

export class DialogHost {
  private current: { kind: string; modal: Modal } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly focus: FocusRing,
    /** Called when a dialog opens; returns what to call when it closes. */
    private readonly silence: () => () => void,
  ) {}

  kind(): string | null {
    return this.current?.kind ?? null;
  }

  open(kind: string, options: DialogOptions): Modal {
    this.close();
    const restore = this.silence();
    const modal = openModal(this.scene, {
      ...options,
      onClose: () => {
        restore();
        this.current = null;
        this.focus.draw();
      },
    });
    this.current = { kind, modal };
    return modal;
  }

  close(): void {
    this.current?.modal.close();
  }

  /** A button inside the dialog; the primary one (or the one Esc presses) takes the focus. */
  button(
    modal: Modal,
    options: Omit<ButtonOptions, 'focus' | 'height'> & { height?: number },
  ): Button {
    const b = new Button(this.scene, {
      ...options,
      height: options.height ?? 44,
      focus: this.focus,
    });
    modal.body.add(b);
    if (options.kind === 'primary' || options.hotkey === 'ESC') this.focus.focus(b);
    return b;
  }
}
