// The situation-room look: a dark map table, a colour-blind-safe palette (Okabe–Ito), one type scale.

/** Every scene lays out in these design units; the camera scales them to the window. */
export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

export const FONT_FAMILY = '"Noto Sans KR", "Noto Sans CJK KR", sans-serif';

export const colour = {
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
} as const;

export const css = {
  text: '#e8eef5',
  muted: '#a9bccf',
  faint: '#7f95ab',
  accent: '#e69f00',
  up: '#56b4e9',
  down: '#f07b3f',
  warn: '#f0e442',
  good: '#3fc8a0',
  dark: '#0a1320',
} as const;

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
