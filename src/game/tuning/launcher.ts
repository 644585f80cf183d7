// Opens the designers' tuning panel on `?tune` or the backquote key (`), loading the panel's code only then.
import type { GameStore } from '../../store';
import { rememberedOpen } from './panel-memory';

/** A field where ` is a character someone is typing, not a shortcut. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function startTuningLauncher(
  store: GameStore,
  storage: Storage = window.localStorage,
): void {
  let panel: { close(): void } | null = null;
  let loading = false;

  const open = async (focus: boolean) => {
    if (panel || loading) return;
    loading = true;
    try {
      const { openTuningPanel } = await import('./panel');
      panel = openTuningPanel(store, { storage, focus, onClose: () => (panel = null) });
    } finally {
      loading = false;
    }
  };

  window.addEventListener('keydown', (e) => {
    if ((e.code !== 'Backquote' && e.key !== '`') || e.repeat || typingIn(e.target)) return;
    e.preventDefault();
    if (panel) panel.close();
    else void open(true);
  });
  const asked = new URLSearchParams(window.location.search).has('tune');
  if (asked || rememberedOpen(storage)) void open(false);
}
