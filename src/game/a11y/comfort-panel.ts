// The display settings: a small "Aa" button in a corner of the page opening a popover (text size, contrast, motion).
import {
  comfort,
  onComfortChange,
  reducedMotion,
  TEXT_SIZES,
  updateComfort,
  type ComfortSettings,
} from './comfort';
import { button, h, heading } from './dom';
import { shieldKeys } from './keys';

export interface SettingsPanel {
  element: HTMLElement;
  /** Opens the popover with the focus on its first control; closing returns the focus to `returnTo`. */
  open(returnTo: HTMLElement): void;
}

const MOTION_CHOICES: { value: string; label: () => string }[] = [
  {
    value: 'system',
    label: () => `As my system says (now: ${systemMotionWord()})`,
  },
  { value: 'reduce', label: () => 'Reduce motion' },
  { value: 'full', label: () => 'Full motion' },
];

function systemMotionWord(): string {
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return reduce ? 'reduced' : 'full';
}

function motionLine(): string {
  return `Now: ${reducedMotion() ? 'reduced' : 'full'} motion. Nothing in the game flashes.`;
}

function motionValue(c: ComfortSettings): string {
  return c.reduceMotion === null ? 'system' : c.reduceMotion ? 'reduce' : 'full';
}

export function createSettingsPanel(storage: Storage | null): SettingsPanel {
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'tightrope-settings-toggle',
      id: 'tightrope-settings-toggle',
      'aria-expanded': 'false',
      'aria-controls': 'tightrope-settings',
      title: 'Display settings: text size, contrast, motion',
    },
    'Aa',
    h('span', { class: 'tightrope-visually-hidden' }, 'Display settings'),
  );
  const form = settingsForm(storage);
  const close = button('Close', () => hide(true), { id: 'tightrope-settings-close' });
  const panel = h(
    'div',
    {
      id: 'tightrope-settings',
      class: 'tightrope-settings',
      role: 'dialog',
      'aria-labelledby': 'tightrope-settings-title',
      hidden: true,
    },
    heading(2, 'Display settings', { id: 'tightrope-settings-title' }),
    form,
    close,
  );
  let returnTo: HTMLElement = toggle;
  const show = (from: HTMLElement) => {
    returnTo = from;
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    panel.querySelector<HTMLElement>('input, select')?.focus();
  };
  const hide = (refocus: boolean) => {
    if (panel.hidden) return;
    panel.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    if (refocus) (returnTo.isConnected ? returnTo : toggle).focus();
  };
  toggle.addEventListener('click', () => (panel.hidden ? show(toggle) : hide(true)));
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide(true);
  });
  document.addEventListener('pointerdown', (e) => {
    if (!element.contains(e.target as Node)) hide(false);
  });
  const element = h('aside', { 'aria-label': 'Display settings', lang: 'en' }, toggle, panel);
  shieldKeys(element);
  return { element, open: show };
}

/** Text size, high contrast and motion; each change applies at once and is remembered. */
function settingsForm(storage: Storage | null): HTMLElement {
  const c = comfort();
  const percent = (scale: number) => `${Math.round(scale * 100)}%`;
  const size = h('input', {
    type: 'range',
    id: 'tightrope-text-size',
    min: TEXT_SIZES[0],
    max: TEXT_SIZES[TEXT_SIZES.length - 1],
    step: 10,
    value: Math.round(c.textScale * 100),
    'aria-valuetext': percent(c.textScale),
    'aria-describedby': 'tightrope-text-size-note',
  });
  const sizeShown = h('span', { 'aria-hidden': 'true' }, percent(c.textScale));
  size.addEventListener('change', () =>
    updateComfort({ textScale: Number(size.value) / 100 }, storage),
  );
  size.addEventListener('input', () => {
    size.setAttribute('aria-valuetext', `${size.value}%`);
    sizeShown.textContent = `${size.value}%`;
  });
  const contrast = h('input', {
    type: 'checkbox',
    id: 'tightrope-contrast',
    checked: c.highContrast,
  });
  contrast.addEventListener('change', () =>
    updateComfort({ highContrast: contrast.checked }, storage),
  );
  const motion = h('select', { id: 'tightrope-motion' });
  const fillMotion = (now: ComfortSettings) => {
    motion.replaceChildren(
      ...MOTION_CHOICES.map((m) =>
        h('option', { value: m.value, selected: m.value === motionValue(now) }, m.label()),
      ),
    );
  };
  fillMotion(c);
  motion.addEventListener('change', () => {
    const reduceMotion = motion.value === 'system' ? null : motion.value === 'reduce';
    updateComfort({ reduceMotion }, storage);
  });
  const motionNow = h('p', { class: 'tightrope-hint' }, motionLine());
  onComfortChange((now) => {
    motionNow.textContent = motionLine();
    size.value = String(Math.round(now.textScale * 100));
    size.setAttribute('aria-valuetext', percent(now.textScale));
    sizeShown.textContent = percent(now.textScale);
    contrast.checked = now.highContrast;
    if (document.activeElement !== motion) fillMotion(now);
  });
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'tightrope-field' },
      h('label', { for: 'tightrope-text-size' }, 'Text size ', sizeShown),
      size,
      h(
        'p',
        { id: 'tightrope-text-size-note', class: 'tightrope-hint' },
        'From 100% to 150%; the screen redraws with the new size.',
      ),
    ),
    h(
      'div',
      { class: 'tightrope-field tightrope-check' },
      contrast,
      h('label', { for: 'tightrope-contrast' }, 'High contrast'),
    ),
    h(
      'div',
      { class: 'tightrope-field' },
      h('label', { for: 'tightrope-motion' }, 'Motion'),
      motion,
      motionNow,
    ),
  );
}
