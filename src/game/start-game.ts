// Builds the Phaser game: canvas sized to the window at device pixels, every scene registered, the director on.
// It starts before the store exists: Phaser's own start-up runs while the scenarios and fonts download.
import Phaser from 'phaser';
import type { GameStore } from '../store';
import { provideStore } from './context';
import { firstScreenDrawn } from './director';
import { CONTEXT_ATTRIBUTES, takeEarlyContext } from './early-context';
import { language, onLanguageChange, wordCharacters } from './i18n';
import { FIRST_SCENES } from './scenes';
import { FONT_FETCH_MARK } from './marks';
import { renderOnlyOnChange } from './render-on-change';
import { compileShadersAhead } from './shaders-ahead';
import { colour, hex } from './theme';
import { canvasSizeFor } from './ui/layout';

export function startGame(parent: HTMLElement, store: Promise<GameStore>): Phaser.Game {
  const fit = () =>
    canvasSizeFor(
      parent.clientWidth || window.innerWidth,
      parent.clientHeight || window.innerHeight,
      window.devicePixelRatio || 1,
    );
  const first = fit();
  // Phaser takes a canvas and context only with the renderer named: without them it chooses for itself.
  const early = takeEarlyContext(parent);
  const game = new Phaser.Game({
    ...(early
      ? {
          type: Phaser.WEBGL,
          canvas: early.canvas,
          // Phaser's typings name only the 2D context; it takes a WebGL one for its WebGL renderer.
          context: early.context as unknown as CanvasRenderingContext2D,
        }
      : { type: Phaser.AUTO }),
    parent,
    backgroundColor: hex(colour.background),
    scale: { mode: Phaser.Scale.NONE, width: first.width, height: first.height },
    scene: FIRST_SCENES,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: true, mouse: true, touch: true },
    render: {
      // Frames redraw only what changed (render-on-change), so the canvas must keep the rest between frames.
      preserveDrawingBuffer: CONTEXT_ATTRIBUTES.preserveDrawingBuffer,
      // No multisampling: resolving it cost every drawn frame, in software rendering, 10-25% of the frame
      // rate on the board and the debrief. The map, the finest drawing, is drawn into a texture at twice the
      // canvas's density and keeps smooth edges; texts are unaffected.
      antialiasGL: CONTEXT_ATTRIBUTES.antialias,
      // The rest as the early context has them, for the context Phaser makes where there was none early.
      transparent: CONTEXT_ATTRIBUTES.alpha,
      premultipliedAlpha: CONTEXT_ATTRIBUTES.premultipliedAlpha,
      stencil: CONTEXT_ATTRIBUTES.stencil,
      failIfMajorPerformanceCaveat: CONTEXT_ATTRIBUTES.failIfMajorPerformanceCaveat,
      powerPreference: CONTEXT_ATTRIBUTES.powerPreference,
      desynchronized: CONTEXT_ATTRIBUTES.desynchronized,
      // One texture per draw: Phaser builds a shader program for each number of textures a batch holds, and
      // the GPU compiles each at its first draw. The Title's texts and pictures made four (one to four
      // textures), and its first frame waited on each; one program draws every screen as fast here.
      maxTextures: 1,
    },
  });
  renderOnlyOnChange(game);
  compileShadersAhead(game);
  provideStore(game, store);
  store.then(
    (ready) => redrawTextsAsFontsArrive(game, ready),
    () => undefined,
  );
  const styleCanvas = () => {
    const { width, height } = fit();
    const ratio = window.devicePixelRatio || 1;
    game.scale.resize(width, height);
    game.canvas.style.width = `${Math.round(width / Math.min(ratio, 2))}px`;
    game.canvas.style.height = `${Math.round(height / Math.min(ratio, 2))}px`;
  };
  game.events.once(Phaser.Core.Events.READY, styleCanvas);
  window.addEventListener('resize', styleCanvas);
  return game;
}

/** How long after the first screen is drawn the font files for the rest of the game are fetched. */
const FONT_FETCH_DELAY_MS = 2000;

/**
 * Texts drawn before a font file they need has arrived are drawn again once it does (see ui/late-fonts). That
 * code loads once the first screen is drawn, not before it; the files that arrive meanwhile are kept for it.
 */
function redrawTextsAsFontsArrive(game: Phaser.Game, store: GameStore): void {
  const early: FontFace[] = [];
  // The files loaded by now (those the page waited for before building the store) were there when the first
  // screen drew its texts: their news, which may come after, asks for no redraw.
  const there = new Set<FontFace>();
  document.fonts.forEach((face) => {
    if (face.status === 'loaded') there.add(face);
  });
  const keep = (event: Event) =>
    early.push(...(event as FontFaceSetLoadEvent).fontfaces.filter((face) => !there.has(face)));
  document.fonts.addEventListener('loadingdone', keep);
  void firstScreenDrawn()
    .then(() => import('./ui/late-fonts'))
    .then((lateFonts) => {
      document.fonts.removeEventListener('loadingdone', keep);
      lateFonts.redrawTextsAsFontsArrive(game, early);
      // The files for the interface's words and the scenarios' texts come now, while the player reads.
      const fetchAll = () =>
        lateFonts.fetchFontFilesFor(
          wordCharacters(language()) +
            JSON.stringify(store.getState().catalogue.map((entry) => entry.scenario)),
        );
      // Not during the Title's opening motion: decoding a few dozen font files would cost it frames.
      window.setTimeout(() => {
        fetchAll();
        performance.mark(FONT_FETCH_MARK);
      }, FONT_FETCH_DELAY_MS);
      onLanguageChange(fetchAll);
    });
}

/** Clears the canvas to the palette's background, behind every scene; the renderer reads it each frame. */
export function paintGameBackground(game: Phaser.Game): void {
  const ground = Phaser.Display.Color.IntegerToColor(colour.background);
  game.config.backgroundColor.setTo(ground.red, ground.green, ground.blue, 255);
}
