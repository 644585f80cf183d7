// Draws only what changed: a still screen costs the renderer nothing, a moving part only its own rectangle.
import Phaser from 'phaser';

/** A rectangle of the canvas, in device pixels. */
interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One game object as the last drawn frame showed it: what it looked like, and where on the canvas. */
interface Seen {
  object: Phaser.GameObjects.GameObject;
  look: unknown[];
  /** Null for an object that drew nothing; `unknown` when it drew somewhere this module cannot bound. */
  box: Box | null | 'unknown';
}

/** How many numbers follow each Graphics command in its buffer (Phaser's Graphics/Commands). */
const COMMAND_ARGS: Record<number, number> = {
  0: 7, // arc: x, y, radius, start, end, anticlockwise, overshoot
  1: 0,
  2: 0,
  3: 4, // fillRect: x, y, width, height
  4: 2, // lineTo
  5: 2, // moveTo
  6: 3, // lineStyle: width, colour, alpha
  7: 2, // fillStyle: colour, alpha
  8: 0,
  9: 0,
  10: 6, // fillTriangle
  11: 6, // strokeTriangle
  14: 0,
  15: 0,
  21: 8, // gradient fill: four alphas, four colours
  22: 6, // gradient line: width, alpha, four colours
};

/** Objects whose pixels changed while their look did not: a text drawn again in a font that arrived late. */
const repaints = new WeakMap<object, number>();

/** Has the next frame redraw `object`'s part of the canvas, though nothing this module compares has changed. */
export function markRepainted(object: Phaser.GameObjects.GameObject): void {
  repaints.set(object, (repaints.get(object) ?? 0) + 1);
}

/** A part of the screen smaller than this share of it is redrawn alone; a larger change redraws it all. */
const MOST_FOR_A_PART = 0.5;
/** Pixels added around a change: anti-aliased edges and rounding reach a little beyond an object's bounds. */
const MARGIN = 3;

/** The local rectangle a Graphics object's commands draw in, or null when they use transforms it cannot follow. */
function drawnArea(commands: readonly unknown[]): Box | null {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const add = (x: number, y: number) => {
    box.x0 = Math.min(box.x0, x);
    box.y0 = Math.min(box.y0, y);
    box.x1 = Math.max(box.x1, x);
    box.y1 = Math.max(box.y1, y);
  };
  let line = 0;
  for (let i = 0; i < commands.length;) {
    const command = commands[i++] as number;
    const count = COMMAND_ARGS[command];
    if (count === undefined) return null;
    const n = (k: number) => commands[i + k] as number;
    if (command === 0) {
      add(n(0) - n(2), n(1) - n(2));
      add(n(0) + n(2), n(1) + n(2));
    } else if (command === 3) {
      add(n(0), n(1));
      add(n(0) + n(2), n(1) + n(3));
    } else if (command === 4 || command === 5) add(n(0), n(1));
    else if (command === 6 || command === 22) line = Math.max(line, n(0));
    else if (command === 10 || command === 11) {
      add(n(0), n(1));
      add(n(2), n(3));
      add(n(4), n(5));
    }
    i += count;
  }
  const pad = line / 2 + 1;
  return { x0: box.x0 - pad, y0: box.y0 - pad, x1: box.x1 + pad, y1: box.y1 + pad };
}

/** A camera's rotation (set by setRotation; absent from the typings). */
function turnOf(cam: Phaser.Cameras.Scene2D.Camera): number {
  return (cam as unknown as { rotation?: number }).rotation ?? 0;
}

function union(a: Box | null, b: Box): Box {
  if (!a) return { ...b };
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}

function sameLook(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** A camera as drawn normally: its viewport on the canvas and the world point at the viewport's corner. */
interface View {
  camera: Phaser.Cameras.Scene2D.Camera;
  worldX: number;
  worldY: number;
  /** The bottom scene's first camera, which paints the background where a partial render clears. */
  ground: boolean;
}

function viewOf(cam: Phaser.Cameras.Scene2D.Camera, ground: boolean): View {
  // As Camera.preRender maps it: the world point at the viewport's corner depends on origin and zoom.
  return {
    camera: cam,
    worldX: cam.scrollX + cam.originX * cam.width * (1 - 1 / cam.zoomX),
    worldY: cam.scrollY + cam.originY * cam.height * (1 - 1 / cam.zoomY),
    ground,
  };
}

function viewport(cam: Phaser.Cameras.Scene2D.Camera): Box {
  return { x0: cam.x, y0: cam.y, x1: cam.x + cam.width, y1: cam.y + cam.height };
}

function overlap(a: Box, b: Box): Box | null {
  const box = {
    x0: Math.max(a.x0, b.x0),
    y0: Math.max(a.y0, b.y0),
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
  };
  return box.x1 > box.x0 && box.y1 > box.y0 ? box : null;
}

/**
 * Each scene, camera and game object's number, the same in every reading (not its place in the lists): an
 * object added or taken away changes only its own part of the screen, not that of every object after it.
 */
const ids = new WeakMap<object, number>();
let nextId = 1;

function idOf(thing: object): number {
  let id = ids.get(thing);
  if (id === undefined) {
    id = nextId++;
    ids.set(thing, id);
  }
  return id;
}

/**
 * Reads every running scene each frame: its cameras, and each game object's look (place, size, colours,
 * text, drawing commands) and where on the canvas it lands. Comparing two readings says what must be redrawn.
 */
class ScreenReading {
  private readonly matrices: Phaser.GameObjects.Components.TransformMatrix[] = [];
  private views: View[] = [];
  scene: unknown[] = [];
  objects = new Map<number, Seen>();
  /** True when something was found that partial redraws cannot handle (e.g. a rotated camera). */
  wholeOnly = false;

  read(game: Phaser.Game): void {
    this.scene = [game.scale.width, game.scale.height];
    this.objects = new Map();
    this.views = [];
    this.wholeOnly = false;
    for (const scene of game.scene.getScenes(true)) {
      this.scene.push(idOf(scene), scene.sys.settings.visible);
      if (!scene.sys.settings.visible) continue;
      const cameras = scene.cameras.cameras;
      for (const cam of cameras) {
        if (turnOf(cam) !== 0 || cam.forceComposite || cam.alpha < 1) this.wholeOnly = true;
        this.scene.push(idOf(cam), cam.visible, cam.alpha, cam.zoom, cam.scrollX, cam.scrollY);
        this.scene.push(cam.x, cam.y, cam.width, cam.height, turnOf(cam), cam.originX);
        this.scene.push(cam.backgroundColor.color32, cam.originY, cam.forceComposite);
        this.scene.push(cam.fadeEffect.isRunning, cam.flashEffect.isRunning);
        this.scene.push(cam.shakeEffect.isRunning, cam.filters.internal.getActive().length);
        this.scene.push(cam.filters.external.getActive().length);
      }
      const views = cameras
        .filter((cam) => cam.visible)
        .map((cam, i) => viewOf(cam, this.views.length === 0 && i === 0));
      this.views.push(...views);
      this.list(scene.children.list, this.matrix(0).loadIdentity(), 1, 1, views);
    }
  }

  /** Each visible scene's camera and the world point at its viewport's corner. */
  cameraViews(): View[] {
    return this.views;
  }

  private matrix(depth: number): Phaser.GameObjects.Components.TransformMatrix {
    while (this.matrices.length <= depth)
      this.matrices.push(new Phaser.GameObjects.Components.TransformMatrix());
    return this.matrices[depth]!;
  }

  private list(
    list: Phaser.GameObjects.GameObject[],
    parent: Phaser.GameObjects.Components.TransformMatrix,
    alpha: number,
    depth: number,
    views: View[],
  ): void {
    for (const o of list) this.object(o, parent, alpha, depth, views);
  }

  private object(
    o: Phaser.GameObjects.GameObject,
    parent: Phaser.GameObjects.Components.TransformMatrix,
    parentAlpha: number,
    depth: number,
    views: View[],
  ): void {
    const any = o as unknown as Record<string, number>;
    if (typeof (o as { renderWebGL?: unknown }).renderWebGL !== 'function') return;
    const world = this.matrix(depth);
    world.loadIdentity();
    world.applyITRS(any.x ?? 0, any.y ?? 0, any.rotation ?? 0, any.scaleX ?? 1, any.scaleY ?? 1);
    parent.multiply(world, world);
    const alpha = parentAlpha * (any.alpha ?? 1);
    const shown = (o as { visible?: boolean }).visible !== false && alpha > 0;
    const look: unknown[] = [shown];
    if (shown) {
      look.push(repaints.get(o) ?? 0);
      look.push(world.a, world.b, world.c, world.d, world.tx, world.ty, alpha, any.depth);
      look.push(any.width, any.height, any.displayOriginX, any.displayOriginY, any.blendMode);
      look.push(any.tintTopLeft, any.tintMode, any.scrollFactorX, any.scrollFactorY);
    }
    const id = idOf(o);
    if (o instanceof Phaser.GameObjects.Container) {
      if (any.scrollFactorX !== 1 || any.scrollFactorY !== 1) this.wholeOnly = true;
      this.objects.set(id, { object: o, look, box: null });
      if (shown) this.list(o.list, world, alpha, depth + 1, views);
      return;
    }
    let local: Box | null = null;
    let drawsNothing = false;
    if (shown && o instanceof Phaser.GameObjects.Graphics) {
      look.push(...(o.commandBuffer as unknown[]));
      local = drawnArea(o.commandBuffer as unknown[]);
      // A drawing with no shapes yet (a chart's span before its lines reach it) covers no pixel.
      drawsNothing = local !== null && local.x0 > local.x1;
    } else if (shown) {
      if (o instanceof Phaser.GameObjects.Text) {
        const s = o.style;
        look.push(o.text, s.color, s.backgroundColor, s.stroke, s.fontSize, s.fontStyle);
        look.push(o.letterSpacing, s.fontFamily);
      } else if (o instanceof Phaser.GameObjects.Shape) {
        look.push(o.fillColor, o.fillAlpha, o.strokeColor, o.strokeAlpha, o.lineWidth);
        look.push(o.isFilled, o.isStroked);
      }
      const frame = (o as Partial<Phaser.GameObjects.Image>).frame;
      if (frame) look.push(frame.texture.key, frame.name);
      const pad = o instanceof Phaser.GameObjects.Shape ? o.lineWidth : 0;
      local = {
        x0: -any.displayOriginX! - pad,
        y0: -any.displayOriginY! - pad,
        x1: any.width! - any.displayOriginX! + pad,
        y1: any.height! - any.displayOriginY! + pad,
      };
      if (![local.x0, local.y0, local.x1, local.y1].every(Number.isFinite)) local = null;
      if (any.scrollFactorX !== 1 || any.scrollFactorY !== 1) local = null;
    }
    const box =
      !shown || drawsNothing ? null : local ? this.onCanvas(local, world, views) : 'unknown';
    this.objects.set(id, { object: o, look, box });
  }

  /**
   * Where a local rectangle lands on the canvas, through the object's world matrix and each of its scene's
   * cameras, clipped to their viewports (null when no camera shows it).
   */
  private onCanvas(
    local: Box,
    m: Phaser.GameObjects.Components.TransformMatrix,
    views: View[],
  ): Box | null | 'unknown' {
    if (local.x0 > local.x1) return 'unknown';
    const corners = [
      [local.x0, local.y0],
      [local.x1, local.y0],
      [local.x0, local.y1],
      [local.x1, local.y1],
    ].map(([x, y]) => [m.a * x! + m.c * y! + m.tx, m.b * x! + m.d * y! + m.ty] as const);
    let all: Box | null = null;
    for (const view of views) {
      const cam = view.camera;
      let box: Box | null = null;
      for (const [wx, wy] of corners) {
        const px = (wx - view.worldX) * cam.zoomX + cam.x;
        const py = (wy - view.worldY) * cam.zoomY + cam.y;
        box = union(box, { x0: px, y0: py, x1: px, y1: py });
      }
      const seen = overlap(
        { x0: box!.x0 - MARGIN, y0: box!.y0 - MARGIN, x1: box!.x1 + MARGIN, y1: box!.y1 + MARGIN },
        viewport(cam),
      );
      if (seen) all = union(all, seen);
    }
    return all;
  }
}

/** The most rectangles one frame redraws separately; more changes are merged into these. */
const MOST_PARTS = 3;
/** More changed objects than this are redrawn as one rectangle, without looking for the best pairs. */
const MOST_BOXES_TO_PAIR = 24;

function area(b: Box): number {
  return Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);
}

/**
 * Merges `boxes` until at most MOST_PARTS remain and none overlap, always joining the pair whose union adds
 * the least area: a count-up in one corner and a chart drawing itself in another stay two small redraws.
 */
function mergedParts(boxes: Box[]): Box[] {
  // Pairing is quadratic in the boxes: a screen changing in many places at once is one rectangle.
  if (boxes.length > MOST_BOXES_TO_PAIR) return [boxes.reduce<Box | null>(union, null)!];
  const parts = boxes.map((b) => ({ ...b }));
  for (;;) {
    let best: [number, number] | null = null;
    let bestCost = Infinity;
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i]!;
        const b = parts[j]!;
        const joined = area(union(a, b)) - area(a) - area(b);
        const cost = overlap(a, b) ? -Infinity : joined;
        if (cost < bestCost) [best, bestCost] = [[i, j], cost];
      }
    if (!best || (parts.length <= MOST_PARTS && bestCost !== -Infinity)) return parts;
    const [i, j] = best;
    parts[i] = union(parts[i]!, parts[j]!);
    parts.splice(j, 1);
  }
}

/** What changed between two readings: nothing, a few rectangles of the canvas, or enough to redraw it all. */
function changedParts(
  before: ScreenReading | null,
  now: ScreenReading,
  width: number,
  height: number,
): Box[] | 'none' | 'all' {
  if (!before || !sameLook(before.scene, now.scene)) return 'all';
  const boxes: Box[] = [];
  const grow = (box: Seen['box']): boolean => {
    if (box === 'unknown') return false;
    if (box) boxes.push(box);
    return true;
  };
  for (const [id, seen] of now.objects) {
    const old = before.objects.get(id);
    if (old && sameLook(old.look, seen.look)) continue;
    if (!grow(seen.box) || (old && !grow(old.box))) return 'all';
  }
  for (const [id, old] of before.objects) if (!now.objects.has(id) && !grow(old.box)) return 'all';
  if (boxes.length === 0) return 'none';
  if (now.wholeOnly) return 'all';
  const onCanvas = boxes
    .map((p) => ({
      x0: Math.max(0, Math.floor(p.x0 - MARGIN)),
      y0: Math.max(0, Math.floor(p.y0 - MARGIN)),
      x1: Math.min(width, Math.ceil(p.x1 + MARGIN)),
      y1: Math.min(height, Math.ceil(p.y1 + MARGIN)),
    }))
    .filter((b) => b.x1 > b.x0 && b.y1 > b.y0);
  if (onCanvas.length === 0) return 'none';
  const parts = mergedParts(onCanvas);
  const share = parts.reduce((sum, b) => sum + area(b), 0) / (width * height);
  return share > MOST_FOR_A_PART ? 'all' : parts;
}

/**
 * Narrows every camera to its share of `part` for one render, keeping the world where it was on the canvas
 * (a camera outside `part` sits the render out); the bottom camera paints the game's background there first,
 * as the clear would. Returns the undo.
 */
function narrowCameras(
  game: Phaser.Game,
  renderer: Phaser.Renderer.WebGL.WebGLRenderer,
  views: View[],
  part: Box,
): () => void {
  const undo: (() => void)[] = [];
  const config = renderer.config as { clearBeforeRender: boolean };
  const clear = config.clearBeforeRender;
  config.clearBeforeRender = false;
  undo.push(() => (config.clearBeforeRender = clear));
  for (const { camera: cam, worldX, worldY, ground } of views) {
    const saved = {
      x: cam.x,
      y: cam.y,
      width: cam.width,
      height: cam.height,
      originX: cam.originX,
      originY: cam.originY,
      scrollX: cam.scrollX,
      scrollY: cam.scrollY,
      background: cam.backgroundColor.rgba,
    };
    const share = overlap(part, viewport(cam));
    if (!share) {
      cam.setVisible(false);
      undo.push(() => cam.setVisible(true));
      continue;
    }
    if (ground) cam.setBackgroundColor(game.config.backgroundColor.color);
    cam.setOrigin(0, 0);
    cam.setViewport(share.x0, share.y0, share.x1 - share.x0, share.y1 - share.y0);
    cam.setScroll(
      worldX + (share.x0 - saved.x) / cam.zoomX,
      worldY + (share.y0 - saved.y) / cam.zoomY,
    );
    undo.push(() => {
      cam.setViewport(saved.x, saved.y, saved.width, saved.height);
      cam.setOrigin(saved.originX, saved.originY);
      cam.setScroll(saved.scrollX, saved.scrollY);
      cam.setBackgroundColor(saved.background);
    });
  }
  return () => undo.reverse().forEach((u) => u());
}

/**
 * Sets aside for one render the objects that draw nothing inside `part`: the scissor would discard their
 * pixels anyway, and skipping them spares building their geometry (a coastline is thousands of points).
 */
function setAsideOutside(reading: ScreenReading, part: Box): () => void {
  const aside: Phaser.GameObjects.GameObject[] = [];
  for (const { object, box } of reading.objects.values()) {
    if (object instanceof Phaser.GameObjects.Container || typeof box !== 'object' || !box) continue;
    if (overlap(box, part)) continue;
    (object as unknown as Phaser.GameObjects.Components.Visible).setVisible(false);
    aside.push(object);
  }
  return () => {
    for (const object of aside)
      (object as unknown as Phaser.GameObjects.Components.Visible).setVisible(true);
  };
}

/**
 * Fills each camera's render list as a render of the whole screen would have, in its order. Phaser's input
 * gives a pointer to the topmost object under it by that list, and a render of one part lists only that part's
 * objects: a click on a lever's + after the info strip alone was redrawn went to the row beneath the button.
 */
function listAsDrawnWhole(game: Phaser.Game): void {
  for (const scene of game.scene.getScenes(true)) {
    if (!scene.sys.settings.visible) continue;
    for (const cam of scene.cameras.cameras) {
      cam.renderList.length = 0;
      const add = (list: Phaser.GameObjects.GameObject[]) => {
        for (const o of list) {
          if (!o.willRender(cam)) continue;
          cam.addToRenderList(o);
          if (o instanceof Phaser.GameObjects.Container) add(o.list);
        }
      };
      add(scene.children.list);
    }
  }
}

/**
 * Replaces the game's step with one that updates every frame, as Phaser's does, but renders only what changed
 * since the last frame drawn: nothing for a still screen, one rectangle for a small motion, else everything.
 * The canvas keeps its drawing between frames (preserveDrawingBuffer), so what is not redrawn stays as it was.
 * Call before the game boots: Phaser hands its step to the frame loop once the textures are ready.
 */
export function renderOnlyOnChange(game: Phaser.Game): void {
  let drawn: ScreenReading | null = null;
  const forget = () => (drawn = null);
  game.events.once(Phaser.Core.Events.READY, () => {
    game.renderer.on(Phaser.Renderer.Events.RESIZE, forget);
    game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, forget);
  });
  // Phaser's own step, less the render when nothing changed; its destroy hooks are not in the typings.
  const own = game as Phaser.Game & { pendingDestroy: boolean; runDestroy(): void };
  own.step = function step(this: typeof own, time: number, delta: number): void {
    if (this.pendingDestroy) return this.runDestroy();
    if (this.isPaused) return;
    const events = this.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    this.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    const now = new ScreenReading();
    now.read(this);
    // Until a scene shows something (the Preloader waiting for the data shows nothing), there is nothing to
    // draw: the canvas stays as the page left it, and no frame is drawn and copied to the page for nothing.
    const blank = drawn === null && now.objects.size === 0;
    const parts = blank ? 'none' : changedParts(drawn, now, this.scale.width, this.scale.height);
    if (parts === 'none') {
      // As the scene manager's render would: scene changes asked for from now on apply at once, not queued.
      (this.scene as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    const renderer = this.renderer;
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    if (parts === 'all' || !(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) {
      renderer.preRender();
      this.scene.render(renderer);
      renderer.postRender();
    } else {
      const views = now.cameraViews();
      for (const part of parts) {
        const restore = narrowCameras(this, renderer, views, part);
        const bringBack = setAsideOutside(now, part);
        renderer.preRender();
        this.scene.render(renderer);
        renderer.postRender();
        bringBack();
        restore();
      }
      listAsDrawnWhole(this);
    }
    drawn = now;
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  };
}
