// The designers' tuning panel: a drawer beside the game with every weight, its effect on this game, and simulations.
import './panel.css';
import type { GameStore, Overlay, StoreData } from '../../store';
import { button, el } from './dom';
import { fileActions } from './file-actions';
import { writePanelMemory } from './panel-memory';
import { previewView, type PreviewView } from './preview-view';
import { SimulateView } from './simulate-view';
import { changedWeights, type TunedScenario } from './weight-model';
import { WeightsView } from './weights-view';

export interface PanelOptions {
  storage: Storage;
  /** Move the keyboard focus into the panel (when a key opened it, not when the page did). */
  focus: boolean;
  onClose(): void;
}

/** The scenario the panel tunes: the running game's, else the one the title screen has chosen. */
export function tunedScenario(s: StoreData): TunedScenario {
  return (
    s.scenario ?? s.catalogue.find((c) => c.key === s.chosen)?.scenario ?? s.catalogue[0]!.scenario
  );
}

export function openTuningPanel(store: GameStore, options: PanelOptions): { close(): void } {
  return new TuningDrawer(store, options);
}

class TuningDrawer {
  private readonly root: HTMLElement;
  private readonly heading = el('p', {
    className: 'tuning-scenario',
    attrs: { id: 'tuning-scenario' },
  });
  private readonly weightsHost = el('div');
  private readonly preview: PreviewView;
  private readonly simulate: SimulateView;
  private weights: WeightsView;
  private readonly unsubscribe: () => void;
  private frame = 0;
  private closed = false;

  constructor(
    private readonly store: GameStore,
    private readonly options: PanelOptions,
  ) {
    this.preview = previewView(store);
    this.simulate = new SimulateView(this.scenario, this.overlay, options.storage);
    this.weights = new WeightsView(store, this.scenario(), this.overlay);
    this.weightsHost.append(this.weights.element);
    this.root = this.build();
    this.trapKeys();
    this.describe();
    this.unsubscribe = store.subscribe((s, prev) => this.follow(s, prev));
    document.body.append(this.root);
    // The game's canvas fits itself to #game on resize; the drawer's CSS narrows #game beside it.
    document.body.classList.add('tuning-open');
    window.dispatchEvent(new Event('resize'));
    writePanelMemory(options.storage, { open: true });
    if (options.focus) this.root.focus();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const hadFocus = this.root.contains(document.activeElement);
    this.unsubscribe();
    cancelAnimationFrame(this.frame);
    this.simulate.dispose();
    this.weights.dispose();
    this.root.remove();
    document.body.classList.remove('tuning-open');
    window.dispatchEvent(new Event('resize'));
    writePanelMemory(this.options.storage, { open: false });
    if (hadFocus) (document.activeElement as HTMLElement | null)?.blur();
    this.options.onClose();
  }

  private readonly scenario = (): TunedScenario => tunedScenario(this.store.getState());

  private readonly overlay = (): Overlay => {
    const { tuning } = this.store.getState();
    return tuning && tuning.scenarioId === this.scenario().id ? tuning.weights : {};
  };

  private build(): HTMLElement {
    const closeButton = button('Close ✕', () => this.close(), 'tuning-button tuning-close');
    closeButton.title = 'Close the tuning panel (` or Esc)';
    return el(
      'aside',
      {
        className: 'tuning-panel',
        attrs: { id: 'tuning-panel', 'aria-label': 'Tuning panel', tabindex: '-1' },
      },
      el(
        'header',
        { className: 'tuning-head' },
        el('div', { className: 'tuning-title-row' }, el('h1', { text: 'Tuning' }), closeButton),
        this.heading,
        this.preview.summary,
      ),
      el(
        'div',
        { className: 'tuning-body' },
        this.preview.details,
        el(
          'section',
          { className: 'tuning-section', attrs: { 'aria-label': 'Weights' } },
          el('h2', { text: 'Weights' }),
          fileActions(this.store, this.scenario, this.overlay),
          this.weightsHost,
        ),
        this.simulate.element,
        el('p', {
          className: 'tuning-note tuning-keys',
          text: 'Keys: ` opens and closes this panel on any screen, Esc closes it; Tab moves between its controls.',
        }),
      ),
    );
  }

  /** A new scenario rebuilds the sliders; a new tuning or game moves the marks, the preview and the notes. */
  private follow(s: StoreData, prev: StoreData): void {
    if (tunedScenario(s) !== tunedScenario(prev)) {
      this.weights.dispose();
      this.weights = new WeightsView(this.store, this.scenario(), this.overlay);
      this.weightsHost.replaceChildren(this.weights.element);
    } else if (s.tuning !== prev.tuning) this.weights.sync();
    const moved =
      s.tuning !== prev.tuning ||
      s.game !== prev.game ||
      s.weights !== prev.weights ||
      s.scenario !== prev.scenario;
    if (!moved) return;
    this.describe();
    this.simulate.update();
    // A slider drag changes the tuning many times a frame; one replay per frame is enough.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.preview.update());
  }

  private describe(): void {
    const s = this.scenario();
    const n = Object.keys(changedWeights(s.weights, this.overlay())).length;
    const changes =
      n === 0 ? 'all weights at their defaults' : `${n} ${n === 1 ? 'weight' : 'weights'} changed`;
    this.heading.textContent = `${s.title} · ${changes}`;
  }

  /** Keys typed here belong to the panel: the game's own shortcuts (E ends the turn…) must not see them. */
  private trapKeys(): void {
    const keep = (e: KeyboardEvent) => e.stopPropagation();
    this.root.addEventListener('keydown', (e) => {
      keep(e);
      if ((e.key === 'Escape' || e.code === 'Backquote') && !e.repeat) {
        e.preventDefault();
        this.close();
      }
    });
    this.root.addEventListener('keyup', keep);
    this.root.addEventListener('keypress', keep);
  }
}
