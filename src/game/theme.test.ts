import { afterEach, describe, expect, it } from 'vitest';
import { colour, css, edges, PALETTES, paletteName, usePalette, type Palette } from './theme';

/** WCAG 2 relative luminance of a 0xRRGGBB colour. */
function luminance(rgb: number): number {
  const channel = (shift: number) => {
    const c = ((rgb >> shift) & 0xff) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

function contrast(a: number, b: number): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` laid over `under` at `alpha`, as the canvas blends a translucent fill. */
function over(top: number, alpha: number, under: number): number {
  const mix = (shift: number) =>
    Math.round(((top >> shift) & 0xff) * alpha + ((under >> shift) & 0xff) * (1 - alpha));
  return (mix(16) << 16) | (mix(8) << 8) | mix(0);
}

const num = (cssColour: string) => parseInt(cssColour.slice(1), 16);

/** Every ground text is drawn on: plain grounds, map labels, title strips tinted by each edge colour in use. */
function grounds(p: Palette): [string, number][] {
  const c = p.colour;
  const found: [string, number][] = [
    ['background', c.background],
    ['sea', c.sea],
    ['panel', c.panel],
    ['panelRaised', c.panelRaised],
    ['Seoul on the map', c.landSeoul],
    ['a map label over land', over(c.background, 0.72, c.land)],
  ];
  for (const edge of ['panelEdge', 'orange', 'yellow', 'vermillion'] as const)
    for (const fill of ['panel', 'panelRaised'] as const)
      found.push([`a ${edge} title strip on ${fill}`, over(c[edge], p.edges.titleTint, c[fill])]);
  return found;
}

describe('palettes', () => {
  afterEach(() => usePalette('situationRoom'));

  const high = PALETTES.highContrast;
  const { dark, ...onDark } = high.css;
  it.each(
    Object.entries(onDark).flatMap(([name, text]) =>
      grounds(high).map(([ground, rgb]) => [name, ground, num(text), rgb] as const),
    ),
  )('high contrast: %s text on %s reaches 7:1', (_name, _ground, text, ground) => {
    expect(contrast(text, ground)).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ['the primary button', high.colour.orange],
    ["today's date in the calendar", high.colour.orange],
  ])('high contrast: dark text on %s reaches 7:1', (_where, ground) => {
    expect(contrast(num(dark), ground)).toBeGreaterThanOrEqual(7);
  });

  it('high contrast: panel edges stand out from every ground (at least 3:1) and are drawn thicker', () => {
    const c = high.colour;
    for (const ground of [c.background, c.panel, c.panelRaised, c.sea])
      expect(contrast(c.panelEdge, ground)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.landEdge, c.land)).toBeGreaterThanOrEqual(3);
    expect(high.edges.panel).toBeGreaterThan(PALETTES.situationRoom.edges.panel);
  });

  const room = PALETTES.situationRoom;
  it.each(
    (['text', 'muted'] as const).flatMap((name) =>
      (['background', 'sea', 'panel', 'panelRaised'] as const).map(
        (ground) => [name, ground, num(room.css[name]), room.colour[ground]] as const,
      ),
    ),
  )('situation room: %s text on %s reaches 4.5:1', (_name, _ground, text, ground) => {
    expect(contrast(text, ground)).toBeGreaterThanOrEqual(4.5);
  });

  it('situation room: dark text on the primary button reaches 4.5:1', () => {
    expect(contrast(num(room.css.dark), room.colour.orange)).toBeGreaterThanOrEqual(4.5);
  });

  it('swaps every colour, text colour and edge in place, and back', () => {
    const before = colour;
    usePalette('highContrast');
    expect(paletteName()).toBe('highContrast');
    expect(colour).toBe(before);
    expect({ ...colour }).toEqual(high.colour);
    expect({ ...css }).toEqual(high.css);
    expect({ ...edges }).toEqual(high.edges);
    usePalette('situationRoom');
    expect({ ...colour }).toEqual(room.colour);
    expect({ ...css }).toEqual(room.css);
  });

  it('has the same names in both palettes', () => {
    expect(Object.keys(high.colour).sort()).toEqual(Object.keys(room.colour).sort());
    expect(Object.keys(high.css).sort()).toEqual(Object.keys(room.css).sort());
  });
});
