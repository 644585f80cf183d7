// What a screen of the accessible layer is handed, and what it gives back.
import type { GameStore } from '../../store';
import type { ConfirmOptions } from './confirm';

export type StoreState = ReturnType<GameStore['getState']>;

/** The id of every screen's h1: the layer moves the focus there when the screen changes. */
export const SCREEN_HEADING_ID = 'tightrope-a11y-screen';

export interface ViewContext {
  store: GameStore;
  s: StoreState;
  /** True when this render shows a screen (or a counterpart) that was not showing before. */
  entered: boolean;
  announce(text: string): void;
  confirm(options: ConfirmOptions): void;
  /** Runs store actions with the layer's redraw held back, then redraws once. */
  batch(run: () => void): void;
}

/** A screen: the nodes of <main>, its h1 first. */
export type ScreenView = (ctx: ViewContext) => Node[];
