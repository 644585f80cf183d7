// Installs the accessibility layer beside the canvas: the HTML screens, the live region and the display settings.
import type { GameStore } from '../../store';
import { announcementFor } from './announce';
import { createSettingsPanel } from './comfort-panel';
import { createLayer } from './layer';
import { createLiveRegion } from './live-region';
import { A11Y_CSS } from './styles';

export { highContrast, reducedMotion } from './comfort';

/**
 * Call once, after the game has started and `startComfort` has applied the display settings: adds the HTML layer (first in the page, so Tab from the browser's
 * address bar lands in it), the "Aa" display settings and the polite status region, all driven by `store`.
 */
export function installAccessibleLayer(store: GameStore, storage: Storage | null): void {
  document.head.append(Object.assign(document.createElement('style'), { textContent: A11Y_CSS }));
  const live = createLiveRegion();
  const settings = createSettingsPanel(storage);
  const layer = createLayer(store, { announce: live.announce, openSettings: settings.open });
  document.body.prepend(layer);
  document.body.append(settings.element, live.element);
  store.subscribe((now, before) => {
    const said = announcementFor(before, now);
    if (said) live.announce(said);
  });
}
