// A real modal <dialog> asking before a move that cannot be undone (a new game over a save, reneging on a deal).
import { button, h, heading } from './dom';
import { shieldKeys } from './keys';

export interface ConfirmOptions {
  id: string;
  title: string;
  text: string;
  /** Said below the text, smaller: what the move will cost. */
  note?: string;
  yes: string;
  no: string;
  onYes: () => void;
}

/** Opens the dialog over everything; "no" has the focus, Esc means no; `after` runs when it closes either way. */
export function confirmDialog(host: HTMLElement, o: ConfirmOptions, after: () => void): void {
  host.querySelector('dialog[open]')?.remove();
  let confirmed = false;
  const dialog = h('dialog', {
    id: o.id,
    class: 'tightrope-confirm',
    'aria-labelledby': `${o.id}-title`,
    'aria-describedby': `${o.id}-text`,
  });
  const no = button(o.no, () => dialog.close(), { id: `${o.id}-no` });
  const yes = button(
    o.yes,
    () => {
      confirmed = true;
      dialog.close();
    },
    { id: `${o.id}-yes` },
  );
  dialog.append(
    heading(2, o.title, { id: `${o.id}-title` }),
    h('p', { id: `${o.id}-text` }, o.text),
    o.note ? h('p', { class: 'tightrope-hint' }, o.note) : '',
    h('div', {}, yes, no),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    // The move runs after the dialog is gone, so the screen it leads to takes the focus cleanly.
    if (confirmed) o.onYes();
    after();
  });
  shieldKeys(dialog);
  host.append(dialog);
  dialog.showModal();
  no.focus();
}
