// The browser's own file picker for scenario files: one hidden <input type="file">, reused, never shown.

const INPUT_ID = 'tightrope-scenario-picker';

/** The picker's input, made on first use; its value is cleared after each pick so the same file can be picked again. */
function pickerInput(): HTMLInputElement {
  const existing = document.getElementById(INPUT_ID);
  if (existing instanceof HTMLInputElement) return existing;
  const input = document.createElement('input');
  input.id = INPUT_ID;
  input.type = 'file';
  input.accept = '.json,application/json';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  input.style.display = 'none';
  document.body.appendChild(input);
  return input;
}

/**
 * Opens the picker; `onPicked` gets the chosen file, or nothing when the teacher cancels.
 * Must run soon after a key press or click: browsers open pickers only for a person's own gesture.
 */
export function pickScenarioFile(onPicked: (file: File) => void): void {
  const input = pickerInput();
  input.onchange = () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) onPicked(file);
  };
  input.click();
}
