// The polite status region screen readers read out: turn results, answers, refusals and the news.
import { h } from './dom';

export interface LiveRegion {
  element: HTMLElement;
  announce(text: string): void;
}

/** Emptied first, then filled a moment later, so the same words said twice are read twice. */
export function createLiveRegion(): LiveRegion {
  const element = h('div', {
    id: 'tightrope-status',
    role: 'status',
    'aria-live': 'polite',
    'aria-atomic': 'true',
    class: 'tightrope-visually-hidden',
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    announce(text: string) {
      clearTimeout(timer);
      element.textContent = '';
      timer = setTimeout(() => {
        element.textContent = text;
      }, 60);
    },
  };
}
