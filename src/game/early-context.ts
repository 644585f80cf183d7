// The game's WebGL context, asked for by the page itself as soon as it is parsed (vite.config.ts writes the
// script into the page): the browser sets the context up while the game's code is still downloading and
// compiling, time the page would otherwise spend waiting. Phaser then draws with it rather than making its own.
// This module imports nothing: the build reads it too.

/**
 * What the game asks of its context; start-game gives Phaser the same settings. The drawing buffer is kept
 * between frames (frames redraw only what changed), with no multisampling (see start-game) and no alpha: the
 * canvas is opaque.
 */
export const CONTEXT_ATTRIBUTES: Required<Omit<WebGLContextAttributes, 'xrCompatible'>> = {
  alpha: false,
  antialias: false,
  depth: true,
  desynchronized: false,
  failIfMajorPerformanceCaveat: false,
  powerPreference: 'default',
  premultipliedAlpha: true,
  preserveDrawingBuffer: true,
  stencil: true,
};

/** The attribute that marks the page's early canvas, hidden in the game's element until the game takes it. */
export const EARLY_CANVAS_ATTRIBUTE = 'data-early-context';

/** The page's script: a hidden canvas in `parentId`'s element, its context asked for now. */
export function earlyContextScript(parentId: string): string {
  return `(() => {
  const canvas = document.createElement('canvas');
  canvas.hidden = true;
  canvas.setAttribute(${JSON.stringify(EARLY_CANVAS_ATTRIBUTE)}, '');
  try {
    canvas.getContext('webgl', ${JSON.stringify(CONTEXT_ATTRIBUTES)});
  } catch {}
  document.getElementById(${JSON.stringify(parentId)})?.append(canvas);
})();`;
}

export interface EarlyContext {
  canvas: HTMLCanvasElement;
  context: WebGLRenderingContext;
}

/**
 * The canvas the page made in `parent`, with its context (a canvas hands back the context it already has);
 * null where there is none, or the browser gave it none: Phaser then tries for itself, and falls back to
 * drawing on a 2D canvas.
 */
export function takeEarlyContext(parent: HTMLElement): EarlyContext | null {
  const canvas = parent.querySelector<HTMLCanvasElement>(`canvas[${EARLY_CANVAS_ATTRIBUTE}]`);
  if (!canvas) return null;
  // Phaser puts the game's canvas in the page itself.
  canvas.remove();
  // A copy: TypeScript matches the WebGL overload of getContext only for an object written in place.
  const context = canvas.getContext('webgl', { ...CONTEXT_ATTRIBUTES });
  if (!context || context.isContextLost()) return null;
  canvas.removeAttribute(EARLY_CANVAS_ATTRIBUTE);
  canvas.hidden = false;
  return { canvas, context };
}
