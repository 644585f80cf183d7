// Visual comfort: text size, high contrast and reduced motion, remembered in this browser and readable by any scene.
import { usePalette } from '../theme';
import { setTextScale, TEXT_SCALE_MAX, TEXT_SCALE_MIN } from '../ui/text-scale';

export interface ComfortSettings {
  /** How much larger text is drawn: 1 (the design's sizes) to 1.5. */
  textScale: number;
  highContrast: boolean;
  /** true or false once the player has chosen; null follows the system's "reduce motion" setting. */
  reduceMotion: boolean | null;
}

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem'>;

export const COMFORT_KEY = 'tightrope.comfort';
export const DEFAULT_COMFORT: Readonly<ComfortSettings> = {
  textScale: 1,
  highContrast: false,
  reduceMotion: null,
};
/** The text sizes offered, in percent. */
export const TEXT_SIZES = [100, 110, 120, 130, 140, 150] as const;

/** Snaps a factor to the offered sizes (10% steps within 100–150%). */
export function snapTextScale(value: number): number {
  if (!Number.isFinite(value)) return 1;
  const clamped = Math.min(TEXT_SCALE_MAX, Math.max(TEXT_SCALE_MIN, value));
  return Math.round(clamped * 10) / 10;
}

/** Settings from what was stored; anything missing or unreadable falls back to the defaults. */
export function parseComfort(raw: string | null): ComfortSettings {
  if (!raw) return { ...DEFAULT_COMFORT };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_COMFORT };
  }
  const o = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    textScale: typeof o.textScale === 'number' ? snapTextScale(o.textScale) : 1,
    highContrast: o.highContrast === true,
    reduceMotion: typeof o.reduceMotion === 'boolean' ? o.reduceMotion : null,
  };
}

/** Whether motion is reduced: the player's own choice, else the system's. */
export function motionReduced(settings: ComfortSettings, systemPrefersReduced: boolean): boolean {
  return settings.reduceMotion ?? systemPrefersReduced;
}

let current: ComfortSettings = { ...DEFAULT_COMFORT };
let systemReduced = false;
const listeners = new Set<(settings: ComfortSettings) => void>();

export function comfort(): ComfortSettings {
  return { ...current };
}

/** Scenes and tweens ask this before moving anything that does not explain a change. */
export function reducedMotion(): boolean {
  return motionReduced(current, systemReduced);
}

/** A flag other code can read (the DOM carries it too, as <html data-contrast="high">). */
export function highContrast(): boolean {
  return current.highContrast;
}

/** Called when any setting changes (or the system's motion preference does); returns the unsubscribe. */
export function onComfortChange(listener: (settings: ComfortSettings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the remembered settings (a blocked storage counts as none) and applies them. */
export function loadComfort(
  storage: Reader | null,
  systemPrefersReduced: boolean,
): ComfortSettings {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(COMFORT_KEY) ?? null;
  } catch {
    // Storage blocked: the defaults hold for this visit.
  }
  systemReduced = systemPrefersReduced;
  current = parseComfort(raw);
  applyToCanvas();
  return comfort();
}

/** What the canvas draws with: the text size and the palette, ready before any scene draws again. */
function applyToCanvas(): void {
  setTextScale(current.textScale);
  usePalette(current.highContrast ? 'highContrast' : 'situationRoom');
}

/** Changes some settings, remembers them, and tells the listeners. */
export function updateComfort(
  patch: Partial<ComfortSettings>,
  storage: Writer | null,
): ComfortSettings {
  current = {
    ...current,
    ...patch,
    textScale: snapTextScale(patch.textScale ?? current.textScale),
  };
  applyToCanvas();
  try {
    storage?.setItem(COMFORT_KEY, JSON.stringify(current));
  } catch {
    // Not remembered if storage is blocked; the settings still hold for this visit.
  }
  for (const listener of listeners) listener(comfort());
  return comfort();
}

/** The system's "reduce motion" setting changed: players who never chose follow it. */
export function setSystemReducedMotion(on: boolean): void {
  systemReduced = on;
  for (const listener of listeners) listener(comfort());
}

/** The flags on <html> that CSS (and any code) reads: data-contrast, data-motion and --tightrope-text-scale. */
export function markDocument(root: HTMLElement): void {
  if (current.highContrast) root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
  root.dataset.motion = reducedMotion() ? 'reduced' : 'full';
  root.style.setProperty('--tightrope-text-scale', String(current.textScale));
}
