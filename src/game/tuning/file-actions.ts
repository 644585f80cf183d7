// Reset to defaults, Export weights (a *.weights.json of the changed ones), Load weights file (with its problems).
import { formatProblem } from '../../scenario';
import type { GameStore, Overlay } from '../../store';
import { downloadText } from '../ui/download';
import { button, el, replaceChildren } from './dom';
import {
  changedWeights,
  weightsFileName,
  weightsFileText,
  type TunedScenario,
} from './weight-model';

/** A weights file is a few kilobytes; anything this large is the wrong file. */
const LARGEST_FILE = 1_000_000;

type Say = (text: string, problems?: string[]) => void;

export function fileActions(
  store: GameStore,
  scenario: () => TunedScenario,
  overlay: () => Overlay,
): HTMLElement {
  const { message, say } = statusLine();
  const changedCount = () => Object.keys(changedWeights(scenario().weights, overlay())).length;

  const reset = button('Reset to defaults', () => {
    store.getState().setTuning({});
    say("Every weight is back to the scenario's default.");
  });
  reset.id = 'tuning-reset';

  const exportButton = button('Export weights', () => {
    const s = scenario();
    const name = weightsFileName(s.id);
    downloadText(name, weightsFileText(s.id, s.weights, overlay()));
    const n = changedCount();
    say(`Exported ${n} changed ${n === 1 ? 'weight' : 'weights'} as ${name}.`);
  });
  exportButton.id = 'tuning-export';

  const load = async (file: File) => {
    if (file.size > LARGEST_FILE) return say(`${file.name} is too large to be a weights file.`, []);
    const attempt = store.getState().loadWeightsText(await file.text(), file.name);
    // The store shares this slot with scenario files; the title screen would call these a scenario's problems.
    if (store.getState().loadAttempt === attempt) store.getState().clearLoadAttempt();
    if (!attempt.ok)
      return say(
        `${file.name} was not loaded; the weights are unchanged. Fix these and load it again:`,
        attempt.errors.map((p) => formatProblem(file.name, p)),
      );
    const n = changedCount();
    say(
      `Loaded ${file.name}: ${n} ${n === 1 ? 'weight differs' : 'weights differ'} from the defaults.`,
    );
  };

  return el(
    'div',
    { className: 'tuning-files' },
    el('div', { className: 'tuning-row' }, reset, exportButton, ...filePicker(load)),
    message,
  );
}

/** The status under the buttons: a sentence, and the located problems when a file was refused. */
function statusLine(): { message: HTMLElement; say: Say } {
  const message = el('div', {
    className: 'tuning-message',
    attrs: { role: 'status', id: 'tuning-file-status' },
  });
  const say: Say = (text, problems) => {
    message.classList.toggle('is-error', problems !== undefined);
    replaceChildren(
      message,
      el('p', { text }),
      problems !== undefined &&
        problems.length > 0 &&
        el('ul', { className: 'tuning-problems' }, ...problems.map((p) => el('li', { text: p }))),
    );
  };
  return { message, say };
}

/** "Load weights file…" and the hidden file input it opens. */
function filePicker(onFile: (file: File) => Promise<void>): HTMLElement[] {
  const picker = el('input', {
    className: 'tuning-file-input',
    attrs: {
      type: 'file',
      accept: '.json,application/json',
      id: 'tuning-load-input',
      'aria-label': 'Weights file',
    },
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = ''; // so choosing the same file again, after fixing it, loads it again
    if (file) void onFile(file);
  });
  const open = button('Load weights file…', () => picker.click());
  open.id = 'tuning-load';
  return [open, picker];
}
