// The page's early script makes the game's canvas at the size the game gives it, before it asks for the context:
// a canvas resized once its context exists reallocates the drawing buffer.
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_ATTRIBUTES,
  EARLY_CANVAS_ATTRIBUTE,
  earlyContextScript,
  fitDesign,
} from './early-context';
import { DESIGN_HEIGHT, DESIGN_WIDTH } from './theme';

/** Runs the script in a window of the given size; says what it did to its canvas, in order. */
function runScript(width: number, height: number, pixelRatio: number) {
  const steps: string[] = [];
  const canvas = {
    hidden: false,
    set width(value: number) {
      steps.push(`width ${value}`);
    },
    set height(value: number) {
      steps.push(`height ${value}`);
    },
    setAttribute: (name: string) => steps.push(`mark ${name}`),
    getContext: (kind: string, attributes: unknown) => {
      steps.push(`context ${kind} ${JSON.stringify(attributes)}`);
      return {};
    },
  };
  const parent = { append: () => steps.push('placed') };
  const document = {
    createElement: () => canvas,
    getElementById: (id: string) => (id === 'game' ? parent : null),
  };
  const script = earlyContextScript('game', { width: DESIGN_WIDTH, height: DESIGN_HEIGHT });
  new Function('document', 'innerWidth', 'innerHeight', 'devicePixelRatio', script)(
    document,
    width,
    height,
    pixelRatio,
  );
  return { steps, hidden: canvas.hidden };
}

describe("the page's early context", () => {
  it.each([
    [1280, 720, 1],
    [1024, 600, 1],
    [1366, 768, 2],
    [3840, 2160, 1],
    [800, 1200, 3],
  ])('in a %i × %i window at %i× is made at the game’s canvas size, then asked for', (w, h, r) => {
    const size = fitDesign(w, h, r, DESIGN_WIDTH, DESIGN_HEIGHT);
    const { steps, hidden } = runScript(w, h, r);
    expect(steps).toEqual([
      `mark ${EARLY_CANVAS_ATTRIBUTE}`,
      `width ${size.width}`,
      `height ${size.height}`,
      `context webgl ${JSON.stringify(CONTEXT_ATTRIBUTES)}`,
      'placed',
    ]);
    expect(hidden).toBe(true);
  });

  it('fits the design box inside the window, sharp up to two device pixels per CSS pixel', () => {
    expect(fitDesign(1280, 720, 1, 1280, 720)).toEqual({ width: 1280, height: 720, zoom: 1 });
    expect(fitDesign(1024, 768, 1, 1280, 720)).toEqual({ width: 1024, height: 576, zoom: 0.8 });
    expect(fitDesign(1280, 720, 3, 1280, 720)).toEqual({ width: 2560, height: 1440, zoom: 2 });
    expect(fitDesign(320, 200, 1, 1280, 720).zoom).toBe(0.5);
  });
});
