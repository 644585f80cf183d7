// The inputs of "Simulate N games": games per policy, seed and policies, remembered across reloads.
import { views } from '../../store';
import { el } from './dom';
import { gamesFrom, readPanelMemory, seedFrom, writePanelMemory, MAX_GAMES } from './panel-memory';

export const POLICY_NAMES = views.POLICIES.map((p) => p.name);

export type SimulationChoice =
  { ok: true; games: number; seed: number; policies: string[] } | { ok: false; problem: string };

export interface SimulationInputs {
  element: HTMLElement;
  read(): SimulationChoice;
  /** Called with the games count whenever it is edited (the Simulate button names it). */
  onGames(listener: (games: number | null) => void): void;
}

export function simulationInputs(storage: Storage): SimulationInputs {
  const memory = readPanelMemory(storage, POLICY_NAMES);
  const games = numberInput('tuning-games', memory.games, 1, MAX_GAMES);
  const seed = numberInput('tuning-seed', memory.seed, 0, 4294967295);
  const boxes = views.POLICIES.map((p) => policyBox(p.name, p.explain, memory.policies));
  const chosen = () => boxes.filter((b) => b.checked).map((b) => b.value);
  const remember = () => {
    const n = gamesFrom(games.value);
    const s = seedFrom(seed.value);
    writePanelMemory(storage, {
      ...(n === null ? {} : { games: n }),
      ...(s === null ? {} : { seed: s }),
      policies: chosen(),
    });
  };
  for (const input of [games, seed, ...boxes]) input.addEventListener('change', remember);

  const element = el(
    'div',
    {},
    el(
      'div',
      { className: 'tuning-row' },
      el('label', { className: 'tuning-field' }, 'Games per policy', games),
      el('label', { className: 'tuning-field' }, 'Seed', seed),
    ),
    el(
      'fieldset',
      { className: 'tuning-policies' },
      el('legend', { text: 'Policies' }),
      ...views.POLICIES.map((p, i) => policyRow(boxes[i]!, p.name, p.explain)),
    ),
  );

  return {
    element,
    read() {
      const n = gamesFrom(games.value);
      const s = seedFrom(seed.value);
      const policies = chosen();
      if (n === null)
        return { ok: false, problem: `Games must be a whole number from 1 to ${MAX_GAMES}.` };
      if (s === null)
        return { ok: false, problem: 'The seed must be a whole number from 0 to 4294967295.' };
      if (policies.length === 0) return { ok: false, problem: 'Choose at least one policy.' };
      remember();
      return { ok: true, games: n, seed: s, policies };
    },
    onGames(listener) {
      const tell = () => listener(gamesFrom(games.value));
      games.addEventListener('input', tell);
      tell();
    },
  };
}

function numberInput(id: string, value: number, min: number, max: number): HTMLInputElement {
  return el('input', {
    attrs: {
      id,
      type: 'number',
      min: String(min),
      max: String(max),
      step: '1',
      value: String(value),
      inputmode: 'numeric',
    },
  });
}

function policyBox(name: string, explain: string, chosen: readonly string[]): HTMLInputElement {
  const input = el('input', {
    attrs: { type: 'checkbox', value: name, name: 'tuning-policy', title: explain },
  });
  input.checked = chosen.includes(name);
  return input;
}

function policyRow(input: HTMLInputElement, name: string, explain: string): HTMLElement {
  return el(
    'label',
    { className: 'tuning-policy' },
    input,
    el(
      'span',
      {},
      el('strong', { text: name }),
      el('span', { className: 'tuning-hint', text: ` ${explain}` }),
    ),
  );
}
