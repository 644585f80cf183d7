// The accessible layer: the current screen as real HTML controls beside the canvas, redrawn from the store.
import type { GameStore, Screen } from '../../store';
import { confirmDialog, type ConfirmOptions } from './confirm';
import { button, h } from './dom';
import { shieldKeys } from './keys';
import { SCREEN_HEADING_ID, type ScreenView, type StoreState, type ViewContext } from './view';
import { boardView } from './views/board';
import { briefingView } from './views/briefing';
import { debriefView } from './views/debrief';
import { eventsView } from './views/events';
import { negotiationView } from './views/negotiation';
import { summaryView } from './views/summary';
import { titleView } from './views/title';

const VIEWS: Record<Screen, ScreenView> = {
  title: titleView,
  briefing: briefingView,
  board: boardView,
  negotiation: negotiationView,
  events: eventsView,
  summary: summaryView,
  debrief: debriefView,
};

/** The store changes a screen's HTML depends on (a lever moved on the form redraws only the form's panel). */
function redrawNeeded(s: StoreState, before: StoreState): boolean {
  return (
    s.screen !== before.screen ||
    s.counterpart !== before.counterpart ||
    s.game !== before.game ||
    s.lastOutcome !== before.lastOutcome ||
    s.loadAttempt !== before.loadAttempt ||
    s.catalogue !== before.catalogue ||
    s.chosen !== before.chosen ||
    s.notice !== before.notice
  );
}

export interface LayerOptions {
  announce(text: string): void;
  openSettings(returnTo: HTMLElement): void;
}

export function createLayer(store: GameStore, options: LayerOptions): HTMLElement {
  const main = h('main', { id: 'tightrope-a11y-main', 'aria-labelledby': SCREEN_HEADING_ID });
  const settings = button('Display settings', () => options.openSettings(settings), {
    id: 'a11y-display-settings',
  });
  const dialogs = h('div');
  const root = h(
    'div',
    { id: 'tightrope-a11y', class: 'tightrope-layer', lang: 'en' },
    main,
    h('nav', { 'aria-label': 'Display' }, settings),
    dialogs,
  );
  shieldKeys(root);
  // The layer takes the focus at screen changes only for a player who is using it (not after a click on the canvas).
  let engaged = false;
  root.addEventListener('focusin', () => (engaged = true));
  document.addEventListener('pointerdown', (e) => {
    if (!root.contains(e.target as Node) && !(e.target as Element).closest?.('.tightrope-settings, .tightrope-settings-toggle'))
      engaged = false;
  }, true);

  let shown: string | null = null;
  let held = false;
  let missed = false;
  const render = () => {
    if (held) {
      missed = true;
      return;
    }
    const s = store.getState();
    const tag = `${s.screen}:${s.counterpart ?? ''}`;
    const entered = tag !== shown;
    shown = tag;
    const active = document.activeElement;
    const wasHere = active instanceof HTMLElement && root.contains(active) ? active.id : null;
    const open = [...main.querySelectorAll('details[open]')].map((d) => d.id).filter(Boolean);
    const ctx: ViewContext = {
      store,
      s,
      entered,
      announce: options.announce,
      confirm: (o: ConfirmOptions) => {
        const opener = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
        confirmDialog(dialogs, o, () => settle(opener || null));
      },
      batch,
    };
    main.replaceChildren(...VIEWS[s.screen](ctx));
    for (const id of open) document.getElementById(id)?.setAttribute('open', '');
    if (engaged) settle(entered ? null : wasHere);
  };
  /** Puts the focus back where it was, or on what the screen asks for, or on the screen's heading. */
  const settle = (id: string | null) => {
    if (dialogs.querySelector('dialog[open]')) return;
    const active = document.activeElement;
    if (active && active !== document.body && !root.contains(active)) return;
    const again = id ? document.getElementById(id) : null;
    const target =
      (again && main.contains(again) ? again : null) ??
      (id !== null ? main.querySelector<HTMLElement>('[data-autofocus]') : null) ??
      document.getElementById(SCREEN_HEADING_ID);
    target?.focus();
  };
  const batch = (run: () => void) => {
    held = true;
    try {
      run();
    } finally {
      held = false;
    }
    if (missed) {
      missed = false;
      render();
    }
  };
  store.subscribe((s, before) => {
    if (redrawNeeded(s, before)) render();
  });
  render();
  return root;
}
