// What the tuned weights would do to the game in progress: the index and every track, and "Apply to this game".
import type { GameStore } from '../../store';
import { button, el, replaceChildren } from './dom';
import { divergenceLine, stabilityLine, trackChanges, type TrackChange } from './preview-text';

export interface PreviewView {
  /** The one-line verdict, kept in sight at the top of the panel. */
  summary: HTMLElement;
  /** Each track's change and the Apply button. */
  details: HTMLElement;
  update(): void;
}

export function previewView(store: GameStore): PreviewView {
  const stability = el('p', {
    className: 'tuning-stability',
    attrs: { id: 'tuning-preview', 'aria-live': 'polite' },
  });
  const divergence = el('p', { className: 'tuning-warning', attrs: { role: 'alert' } });
  const tracks = el('ul', { className: 'tuning-tracks', attrs: { 'aria-label': 'Tracks' } });
  const { apply, applied } = applyButton(store);
  const details = el(
    'section',
    { className: 'tuning-section', attrs: { 'aria-label': 'This game under these weights' } },
    el('h2', { text: 'This game under these weights' }),
    tracks,
    el('div', { className: 'tuning-row' }, apply),
    applied,
    el('p', {
      className: 'tuning-note',
      text: 'New games use these weights automatically; Apply replays the game in progress under them.',
    }),
  );

  const update = () => {
    const s = store.getState();
    const preview = s.previewTuning();
    apply.disabled = preview === null;
    const refusal =
      preview && s.game && s.rules
        ? divergenceLine(preview.divergedAt, s.game.log, capitalIn(s.rules))
        : null;
    stability.textContent = preview
      ? stabilityLine(preview)
      : 'No game in progress: start one to see what these weights change in it.';
    divergence.textContent = refusal ? `⚠ ${refusal}` : '';
    divergence.hidden = refusal === null;
    const changes = preview && s.scenario ? trackChanges(preview, s.scenario.tracks) : [];
    replaceChildren(tracks, ...changes.map(trackRow));
  };

  update();
  return {
    summary: el('div', { className: 'tuning-summary' }, stability, divergence),
    details,
    update,
  };
}

function capitalIn(rules: { actorById: Record<string, { capital: string }> }) {
  return (id: string) => rules.actorById[id]?.capital ?? id;
}

function trackRow(change: TrackChange): HTMLElement {
  const direction = change.delta > 0.05 ? 'is-up' : change.delta < -0.05 ? 'is-down' : '';
  return el(
    'li',
    { className: direction },
    el('span', { className: 'tuning-track-label', text: change.label }),
    el('span', { className: 'tuning-track-value', text: change.text }),
  );
}

/** "Apply to this game": replays the game under the tuning, or says which action the tuned rules refuse. */
function applyButton(store: GameStore): { apply: HTMLButtonElement; applied: HTMLElement } {
  const applied = el('p', { className: 'tuning-message', attrs: { role: 'status' } });
  const apply = button('Apply to this game', () => {
    const result = store.getState().applyTuning();
    applied.textContent = result.ok
      ? 'Applied: this game now runs on these weights, replayed from its first action.'
      : `Not applied. ${result.reason}`;
    applied.classList.toggle('is-error', !result.ok);
  });
  apply.id = 'tuning-apply';
  return { apply, applied };
}
