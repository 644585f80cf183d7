// The display settings: a small "Aa" button in a corner of the page opening a popover (text size, contrast, motion).
import {
  comfort,
  onComfortChange,
  reducedMotion,
  TEXT_SIZES,
  updateComfort,
  type ComfortSettings,
} from './comfort';
import { formatNumber, language, onLanguageChange, t } from '../i18n';
import { button, h, heading, keepFocus } from './dom';
import { shieldKeys } from './keys';

export interface SettingsPanel {
  element: HTMLElement;
  /** Opens the popover with the focus on its first control; closing returns the focus to `returnTo`. */
  open(returnTo: HTMLElement): void;
}

const MOTION_CHOICES: { value: string; label: () => string }[] = [
  {
    value: 'system',
    label: () =>
      t(
        systemReducesMotion()
          ? 'a11y.settings.motionSystemReduced'
          : 'a11y.settings.motionSystemFull',
      ),
  },
  { value: 'reduce', label: () => t('a11y.settings.motionReduce') },
  { value: 'full', label: () => t('a11y.settings.motionFull') },
];

function systemReducesMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function motionLine(): string {
  return t(reducedMotion() ? 'a11y.settings.nowReduced' : 'a11y.settings.nowFull');
}

/** 1.3 → "130%", in the interface's language. */
function percent(scale: number): string {
  return formatNumber(scale, { style: 'percent', maximumFractionDigits: 0 });
}

function motionValue(c: ComfortSettings): string {
  return c.reduceMotion === null ? 'system' : c.reduceMotion ? 'reduce' : 'full';
}

export function createSettingsPanel(storage: Storage | null): SettingsPanel {
  const toggle = h('button', {
    type: 'button',
    class: 'tightrope-settings-toggle',
    id: 'tightrope-settings-toggle',
    'aria-expanded': 'false',
    'aria-controls': 'tightrope-settings',
  });
  const close = button('', () => hide(true), { id: 'tightrope-settings-close' });
  const title = heading(2, '', { id: 'tightrope-settings-title' });
  const panel = h('div', {
    id: 'tightrope-settings',
    class: 'tightrope-settings',
    role: 'dialog',
    'aria-labelledby': 'tightrope-settings-title',
    hidden: true,
  });
  let form: ReturnType<typeof settingsForm> | null = null;
  /** Every word of the popover in the interface's language; the form is built again, the focus kept. */
  const label = () => {
    element.lang = language();
    element.setAttribute('aria-label', t('a11y.settings.title'));
    toggle.title = t('a11y.settings.hint');
    toggle.replaceChildren(
      t('a11y.settings.glyph'),
      h('span', { class: 'tightrope-visually-hidden' }, t('a11y.settings.title')),
    );
    title.textContent = t('a11y.settings.title');
    close.textContent = t('common.close');
    keepFocus(() => {
      form?.stop();
      form = settingsForm(storage);
      panel.replaceChildren(title, form.element, close);
    });
  };
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
  const element = h('aside', {}, toggle, panel);
  label();
  onLanguageChange(label);
  shieldKeys(element);
  return { element, open: show };
}

/** Text size, high contrast and motion; each change applies at once and is remembered. `stop` lets it go. */
function settingsForm(storage: Storage | null): { element: HTMLElement; stop: () => void } {
  const c = comfort();
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
    const shown = percent(Number(size.value) / 100);
    size.setAttribute('aria-valuetext', shown);
    sizeShown.textContent = shown;
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
  const stop = onComfortChange((now) => {
    motionNow.textContent = motionLine();
    size.value = String(Math.round(now.textScale * 100));
    size.setAttribute('aria-valuetext', percent(now.textScale));
    sizeShown.textContent = percent(now.textScale);
    contrast.checked = now.highContrast;
    if (document.activeElement !== motion) fillMotion(now);
  });
  const sizes = {
    min: percent(TEXT_SIZES[0] / 100),
    max: percent(TEXT_SIZES[TEXT_SIZES.length - 1]! / 100),
  };
  const element = h(
    'div',
    {},
    h(
      'div',
      { class: 'tightrope-field' },
      h('label', { for: 'tightrope-text-size' }, `${t('a11y.settings.textSize')} `, sizeShown),
      size,
      h(
        'p',
        { id: 'tightrope-text-size-note', class: 'tightrope-hint' },
        t('a11y.settings.textSizeNote', sizes),
      ),
    ),
    h(
      'div',
      { class: 'tightrope-field tightrope-check' },
      contrast,
      h('label', { for: 'tightrope-contrast' }, t('a11y.settings.contrast')),
    ),
    h(
      'div',
      { class: 'tightrope-field' },
      h('label', { for: 'tightrope-motion' }, t('a11y.settings.motion')),
      motion,
      motionNow,
    ),
  );
  return { element, stop };
}
