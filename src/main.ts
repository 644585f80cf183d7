// Browser entry: load the fonts, build the store, expose window.tightrope, start the game.
// Only the font faces the Title needs: the rest come with the code for the late fonts (ui/late-fonts).
import '@fontsource/noto-sans-kr/400.css?faces=first';
import '@fontsource/noto-sans-kr/700.css?faces=first';
// The marks Noto Sans KR lacks (✓ ✗ ⚠…): a few kilobytes, fetched only when a text first needs one.
import '../assets/fonts/symbols.css';
import { startComfort } from './game/a11y/comfort-start';
import { language, loadCatalogue, onLanguageChange, speak } from './game/i18n';
import { loadScenarioAddress, scenarioAddressIn } from './game/scenario-files';
import { firstScreenDrawn } from './game/director';
import { takeEarlyData } from './game/early-data';
import { CODE_READY_MARK } from './game/marks';
import { startGame } from './game/start-game';
import { startTuningLauncher } from './game/tuning/launcher';
import { refuseStrayDrops } from './game/ui/drop-zone';
import { createGameStore, loadBundledScenarios, tightropeApi, type TightropeApi } from './store';

declare global {
  interface Window {
    tightrope: TightropeApi;
  }
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** A data file read as JSON: by the page's own script already (see early-data), or fetched now. */
async function fetchJson(url: string): Promise<unknown> {
  const early = takeEarlyData(url);
  if (early) return early;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

async function main(): Promise<void> {
  performance.mark(CODE_READY_MARK);
  const message = document.getElementById('boot-message');
  // Phaser starts now, and its start-up (the renderer, its shaders) runs while the data download: fonts,
  // scenarios and the map all at once, so the title waits for the slowest of them, not the sum.
  const ready = Promise.all([
    loadBundledScenarios(fetchJson, language()),
    loadCatalogue(language()),
    document.fonts.load('400 18px "Noto Sans KR"', 'Seoul 서울'),
    document.fonts.load('700 18px "Noto Sans KR"', 'Seoul 서울'),
  ]).then(([catalogue]) => {
    const store = createGameStore({
      catalogue,
      storage: window.localStorage,
      randomSeed,
      textLanguage: language(),
      speak,
    });
    // Registered before the first scene can draw, so the scenario's texts have changed language by the time
    // a scene redraws for a new one.
    onLanguageChange((next) => store.getState().setTextLanguage(next));
    return store;
  });
  const game = startGame(document.getElementById('game')!, ready);
  const storage = startComfort(game);
  try {
    const store = await ready;
    window.tightrope = tightropeApi(store);
    refuseStrayDrops();
    // The HTML layer for keyboard and screen-reader play loads once the first screen is drawn, not before it.
    void firstScreenDrawn()
      .then(() => import('./game/a11y'))
      .then(({ installAccessibleLayer }) => installAccessibleLayer(store, storage));
    message?.remove();
    // Designers open the tuning panel with ?tune or the ` key; its code loads only then.
    startTuningLauncher(store);
    // A teacher's link (…/?scenario=my-class.json) loads their scenario; the title shows what became of it.
    const address = scenarioAddressIn(window.location.search);
    if (address) void loadScenarioAddress(store, address);
  } catch (e) {
    game.destroy(true);
    if (message) {
      message.textContent = `Tightrope could not start: ${e instanceof Error ? e.message : String(e)}. Try reloading the page.`;
      message.classList.add('shown');
    }
    throw e;
  }
}

void main();
