// The game's WebGL context, asked for by the page itself as soon as it is parsed (vite.config.ts writes the
// script into the page): the browser sets the context up while the game's code is still downloading and
// compiling, time the page would otherwise spend waiting. Phaser then draws with it rather than making its own.
// This module imports nothing: the build reads it too.

/**
 * The canvas size for a window: a design box of `designWidth` × `designHeight` fitted inside it, at device
 * pixels (at most two per CSS pixel). Written into the page's script as it stands, so it uses nothing but its
 * arguments and Math.
 */
export function fitDesign(
  width: number,
  height: number,
  pixelRatio: number,
  designWidth: number,
  designHeight: number,
): { width: number; height: number; zoom: number } {
  const zoom = Math.max(
    0.5,
    Math.min(width / designWidth, height / designHeight) * Math.min(pixelRatio, 2),
  );
  return { width: Math.round(designWidth * zoom), height: Math.round(designHeight * zoom), zoom };
}

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

/**
 * The page's script: a hidden canvas in `parentId`'s element, its context asked for now. The canvas is made at
 * the size the game will give it (the window fitted to `design`): a canvas resized after its context is made
 * reallocates its drawing buffer, about 10 ms before the first frame here.
 */
export function earlyContextScript(
  parentId: string,
  design: { width: number; height: number },
): string {
  return `(() => {
  const canvas = document.createElement('canvas');
  canvas.hidden = true;
  canvas.setAttribute(${JSON.stringify(EARLY_CANVAS_ATTRIBUTE)}, '');
  const size = (${fitDesign.toString()})(innerWidth, innerHeight, devicePixelRatio || 1, ${design.width}, ${design.height});
  canvas.width = size.width;
  canvas.height = size.height;
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
