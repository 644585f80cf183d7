// The situation-room look: a dark map table, a colour-blind-safe palette (Okabe–Ito), one type scale, and its
// high-contrast variant.

/** Every scene lays out in these design units; the camera scales them to the window. */
export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

/** The game's typeface, then its own symbol font for the marks the typeface lacks (✓ ✗ ⚠, see assets/fonts). */
export const FONT_FAMILY = '"Noto Sans KR", "Tightrope Symbols", "Noto Sans CJK KR", sans-serif';

type ColourName =
  | 'background'
  | 'sea'
  | 'land'
  | 'landEdge'
  | 'landSeoul'
  | 'panel'
  | 'panelRaised'
  | 'panelEdge'
  | 'focus'
  | 'blue'
  | 'orange'
  | 'vermillion'
  | 'green'
  | 'yellow'
  | 'purple'
  | 'white';
type TextColourName =
  'text' | 'muted' | 'faint' | 'accent' | 'up' | 'down' | 'warn' | 'good' | 'dark';

export interface Palette {
  /** Fills and lines, as Phaser takes them. */
  colour: Record<ColourName, number>;
  /** Text colours, as CSS strings. */
  css: Record<TextColourName, string>;
  /**
   * How panels are outlined: `panel` frames panels and cards and `rule` separates within them (widths in design
   * pixels); `titleTint` is how strongly a panel's edge colour tints the strip under its title.
   */
  edges: { panel: number; rule: number; titleTint: number };
}

export type PaletteName = 'situationRoom' | 'highContrast';

export const PALETTES: Readonly<Record<PaletteName, Readonly<Palette>>> = {
  situationRoom: {
    colour: {
      background: 0x0a1320,
      sea: 0x0e1b2b,
      land: 0x1d2c3d,
      landEdge: 0x3a5068,
      landSeoul: 0x27405a,
      panel: 0x122033,
      panelRaised: 0x1a2d45,
      panelEdge: 0x2f4a66,
      focus: 0xf0e442,
      // Okabe–Ito: distinguishable with the common forms of colour blindness.
      blue: 0x56b4e9,
      orange: 0xe69f00,
      vermillion: 0xd55e00,
      green: 0x009e73,
      yellow: 0xf0e442,
      purple: 0xcc79a7,
      white: 0xffffff,
    },
    css: {
      text: '#e8eef5',
      muted: '#a9bccf',
      faint: '#7f95ab',
      accent: '#e69f00',
      up: '#56b4e9',
      down: '#f07b3f',
      warn: '#f0e442',
      good: '#3fc8a0',
      dark: '#0a1320',
    },
    edges: { panel: 2, rule: 1, titleTint: 0.35 },
  },
  // Black grounds, white text and the same hues lifted until every text colour reaches 7:1 (WCAG AAA) on every
  // ground; light edges so no panel depends on a faint change of shade to be seen.
  highContrast: {
    colour: {
      background: 0x000000,
      sea: 0x000000,
      land: 0x262626,
      landEdge: 0xe6e6e6,
      landSeoul: 0x06284a,
      panel: 0x000000,
      panelRaised: 0x141414,
      panelEdge: 0xd9d9d9,
      focus: 0xffff00,
      blue: 0x6cc7ff,
      orange: 0xffb000,
      vermillion: 0xff7a3d,
      green: 0x2ee6b0,
      yellow: 0xffe94d,
      purple: 0xf29cd0,
      white: 0xffffff,
    },
    css: {
      text: '#ffffff',
      muted: '#e6e6e6',
      faint: '#cccccc',
      accent: '#ffb000',
      up: '#6cc7ff',
      down: '#ffa07a',
      warn: '#ffe94d',
      good: '#2ee6b0',
      dark: '#000000',
    },
    edges: { panel: 3, rule: 2, titleTint: 0.1 },
  },
};

// The palette in use lives in these three objects, swapped in place by usePalette: every widget reads
// `colour.panel` as it draws, so a scene drawn after the swap is in the new palette with no import changed.
const live: Palette = {
  colour: { ...PALETTES.situationRoom.colour },
  css: { ...PALETTES.situationRoom.css },
  edges: { ...PALETTES.situationRoom.edges },
};
let current: PaletteName = 'situationRoom';

export const colour: Readonly<Palette['colour']> = live.colour;
export const css: Readonly<Palette['css']> = live.css;
export const edges: Readonly<Palette['edges']> = live.edges;

/** Which palette the canvas draws in. */
export function paletteName(): PaletteName {
  return current;
}

/** Switches the palette; what is already drawn keeps its colours until its scene draws again. */
export function usePalette(name: PaletteName): void {
  current = name;
  Object.assign(live.colour, PALETTES[name].colour);
  Object.assign(live.css, PALETTES[name].css);
  Object.assign(live.edges, PALETTES[name].edges);
}

/** Type sizes in design pixels; body text never below 16 px at 1280×720. */
export const size = {
  display: 44,
  title: 28,
  heading: 21,
  body: 18,
  small: 16,
} as const;

export function hex(c: number): string {
  return `#${c.toString(16).padStart(6, '0')}`;
}
