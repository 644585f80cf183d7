// The weight controls: every weight of the scenario as a tweakpane slider, grouped in folders, changes marked.
import type { BindingApi } from '@tweakpane/core';
import { Pane, type FolderApi } from 'tweakpane';
import type { GameStore, Overlay } from '../../store';
import { el } from './dom';
import {
  changedWeights,
  formatWeight,
  sliderStep,
  snapToStep,
  weightGroups,
  type TunedScenario,
  type WeightGroup,
  type WeightSpec,
} from './weight-model';

interface WeightControl {
  name: string;
  spec: WeightSpec;
  binding: BindingApi;
  hint: HTMLElement;
  folder: FolderApi;
}

interface Folder {
  folder: FolderApi;
  group: string;
  count: number;
}

/** The sliders for one scenario; every change goes straight to the store's `setTuning`. */
export class WeightsView {
  readonly element: HTMLElement;
  private readonly pane: Pane;
  private readonly params: Record<string, number> = {};
  private readonly controls: WeightControl[] = [];
  private readonly folders: Folder[] = [];
  /** True while the view copies the store into the sliders, so that copy is not sent back as a change. */
  private syncing = false;

  constructor(
    private readonly store: GameStore,
    private readonly scenario: TunedScenario,
    private readonly overlay: () => Overlay,
  ) {
    const filter = el('input', {
      className: 'tuning-filter',
      attrs: {
        type: 'search',
        placeholder: 'Find a weight by name or meaning',
        'aria-label': 'Find a weight',
      },
    });
    filter.addEventListener('input', () => this.filter(filter.value));
    const host = el('div', { className: 'tuning-pane' });
    this.element = el('div', {}, filter, host);
    this.pane = new Pane({ container: host });
    const changed = changedWeights(scenario.weights, overlay());
    for (const group of weightGroups(scenario.weights)) this.addGroup(group, changed);
    this.sync();
  }

  /** Brings sliders and marks in line with the store's tuning (after a reset, a loaded file, a reload). */
  sync(): void {
    const current = this.overlay();
    const changed = changedWeights(this.scenario.weights, current);
    this.syncing = true;
    try {
      for (const c of this.controls) {
        const value = current[c.name] ?? c.spec.value;
        if (this.params[c.name] !== value) {
          this.params[c.name] = value;
          c.binding.refresh();
        }
        markChange(c, changed[c.name]);
      }
    } finally {
      this.syncing = false;
    }
    for (const f of this.folders) {
      const n = this.controls.filter((c) => c.folder === f.folder && c.name in changed).length;
      f.folder.title =
        n > 0 ? `${f.group} · ${n} of ${f.count} changed` : `${f.group} · ${f.count}`;
    }
  }

  dispose(): void {
    this.pane.dispose();
  }

  private addGroup(group: WeightGroup, changed: Overlay): void {
    const folder = this.pane.addFolder({
      title: group.name,
      // Open where the designer has already been at work.
      expanded: group.weights.some((w) => w.name in changed),
    });
    this.folders.push({ folder, group: group.name, count: group.weights.length });
    for (const { name, spec } of group.weights) {
      this.params[name] = this.overlay()[name] ?? spec.value;
      const binding = folder.addBinding(this.params, name, {
        label: name.startsWith(`${group.name}.`) ? name.slice(group.name.length + 1) : name,
        min: spec.min,
        max: spec.max,
        step: sliderStep(spec),
        format: (v: number) => formatWeight(v, spec),
      });
      const hint = el('div', { className: 'tuning-hint' });
      binding.element.classList.add('tuning-weight');
      binding.element.dataset.weight = name;
      binding.element.title = `${name}: ${spec.meaning}`;
      binding.element.append(hint);
      binding.on('change', (ev) => {
        if (!this.syncing) this.tune(name, spec, Number(ev.value));
      });
      this.controls.push({ name, spec, binding, hint, folder });
    }
  }

  private tune(name: string, spec: WeightSpec, raw: number): void {
    const value = snapToStep(raw, spec);
    // A weight back at its default leaves the overlay, so exports list only real changes.
    const next = Object.fromEntries(Object.entries(this.overlay()).filter(([key]) => key !== name));
    if (value !== spec.value) next[name] = value;
    this.store.getState().setTuning(next);
  }

  /** Shows only the weights whose name or meaning holds every word typed, opening their folders. */
  private filter(query: string): void {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    for (const c of this.controls) {
      const text = `${c.name} ${c.spec.meaning}`.toLowerCase();
      c.binding.hidden = !words.every((w) => text.includes(w));
    }
    for (const { folder } of this.folders) {
      const shown = this.controls.some((c) => c.folder === folder && !c.binding.hidden);
      folder.hidden = !shown;
      if (words.length > 0 && shown) folder.expanded = true;
    }
  }
}

function markChange(c: WeightControl, changed: number | undefined): void {
  const isChanged = changed !== undefined;
  c.binding.element.classList.toggle('tuning-changed', isChanged);
  const fallback = `default ${formatWeight(c.spec.value, c.spec)}`;
  c.hint.replaceChildren(
    el('span', {
      className: 'tuning-default',
      text: isChanged ? `● changed · ${fallback}` : fallback,
    }),
    ` · ${c.spec.meaning}`,
  );
}
