// The accessible layer: the current screen as real HTML controls beside the canvas, redrawn from the store.
import type { GameStore, Screen } from '../../store';
import { language, onLanguageChange, t } from '../i18n';
import { confirmDialog, type ConfirmOptions } from './confirm';
import { button, h } from './dom';
import { shieldKeys } from './keys';
import { SCREEN_HEADING_ID, type ScreenView, type StoreState } from './view';
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
  const settings = button('', () => options.openSettings(settings), {
    id: 'a11y-display-settings',
  });
  const nav = h('nav', {}, settings);
  const dialogs = h('div');
  const root = h('div', { id: 'tightrope-a11y', class: 'tightrope-layer' }, main, nav, dialogs);
  /** The words the layer keeps between screens, in the interface's language. */
  const label = (): void => {
    root.lang = language();
    settings.textContent = t('a11y.settings.title');
    nav.setAttribute('aria-label', t('a11y.settings.nav'));
  };
  shieldKeys(root);
  const using = watchUse(root);
  const { render } = renderer(store, { main, dialogs, root, using, announce: options.announce });
  store.subscribe((s, before) => {
    if (redrawNeeded(s, before)) render();
  });
  // Every word comes from the catalogue as a view draws: a new language draws the screen again, focus kept.
  onLanguageChange(() => {
    label();
    render();
  });
  label();
  render();
  return root;
}

/**
 * Whether the player is using the layer: from a focus inside it until a click elsewhere. Only then does the
 * layer move the focus when the screen changes (never under a player who plays on the canvas).
 */
function watchUse(root: HTMLElement): () => boolean {
  let using = false;
  root.addEventListener('focusin', () => (using = true));
  const elsewhere = (e: PointerEvent) => {
    const target = e.target as Element;
    if (
      root.contains(target) ||
      target.closest?.('.tightrope-settings, .tightrope-settings-toggle')
    )
      return;
    using = false;
    // Phaser keeps a click on the canvas from moving the focus, so the layer lets go of it here (and hides).
    const active = document.activeElement;
    if (active instanceof HTMLElement && root.contains(active)) active.blur();
  };
  document.addEventListener('pointerdown', elsewhere, true);
  return () => using;
}

interface Parts {
  main: HTMLElement;
  dialogs: HTMLElement;
  root: HTMLElement;
  using: () => boolean;
  announce(text: string): void;
}

/** Draws the store's screen into <main>; `batch` holds redraws back while a view sends several intents. */
function renderer(store: GameStore, parts: Parts): { render(): void } {
  const { main, dialogs, root } = parts;
  let shown: string | null = null;
  let held = false;
  let missed = false;
  const render = (): void => {
    if (held) {
      missed = true;
      return;
    }
    const s = store.getState();
    const tag = `${s.screen}:${s.counterpart ?? ''}`;
    const entered = tag !== shown;
    shown = tag;
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && root.contains(active) ? active.id : null;
    const open = [...main.querySelectorAll('details[open]')].map((d) => d.id).filter(Boolean);
    main.replaceChildren(
      ...VIEWS[s.screen]({ store, s, entered, announce: parts.announce, confirm, batch }),
    );
    for (const id of open) document.getElementById(id)?.setAttribute('open', '');
    if (parts.using()) settle(entered ? null : focused);
  };
  /** Puts the focus back where it was, or on what the screen asks for, or on the screen's heading. */
  const settle = (id: string | null): void => {
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
  const confirm = (o: ConfirmOptions): void => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
    confirmDialog(dialogs, o, () => settle(opener || null));
  };
  const batch = (run: () => void): void => {
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
  return { render };
}
