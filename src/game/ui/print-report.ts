// Prints a report page through a hidden, sandboxed frame, so the game keeps running beside the print dialog.
import { t } from '../i18n';

const FRAME_ID = 'tightrope-print-report';

/**
 * Loads `html` into a frame that may not run scripts and asks the browser to print it.
 * Returns false when the browser refuses (the caller says so to the player).
 */
export function printReport(html: string): boolean {
  document.getElementById(FRAME_ID)?.remove();
  const frame = document.createElement('iframe');
  frame.id = FRAME_ID;
  frame.title = t('report.frame');
  // Same origin so this page may call print() on it; no allow-scripts, so nothing in it can run.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  Object.assign(frame.style, {
    position: 'fixed',
    right: '0',
    bottom: '0',
    width: '0',
    height: '0',
    border: '0',
  });
  frame.addEventListener(
    'load',
    () => {
      try {
        frame.contentWindow?.print();
      } catch {
        // Printing was blocked; the player was told to use the browser's own Print command.
      }
      // The keys belong to the game again once the dialog closes, not to the hidden frame.
      window.focus();
    },
    { once: true },
  );
  frame.srcdoc = html;
  try {
    document.body.appendChild(frame);
    return true;
  } catch {
    return false;
  }
}

/** Removes the report frame when the debrief closes. */
export function removePrintReport(): void {
  document.getElementById(FRAME_ID)?.remove();
}
