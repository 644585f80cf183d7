// "Simulate N games": bots play whole games per policy in a Web Worker, with progress, Cancel and charts.
import { runBatch, type BatchRun, type Overlay, type PolicyResult } from '../../store';
import { button, el, replaceChildren } from './dom';
import { resultsView } from './results-view';
import { simulationInputs, POLICY_NAMES, type SimulationInputs } from './simulate-inputs';
import type { TunedScenario } from './weight-model';

type Request = Parameters<typeof runBatch>[0];

export class SimulateView {
  readonly element: HTMLElement;
  private readonly inputs: SimulationInputs;
  private readonly start = button('Simulate', () => void this.simulate());
  private readonly cancel = button('Cancel', () => this.run?.cancel());
  private readonly status = el('p', {
    className: 'tuning-message',
    attrs: { role: 'status', id: 'tuning-sim-status' },
  });
  private readonly progress = el('div', { className: 'tuning-progress' });
  private readonly stale = el('p', {
    className: 'tuning-warning',
    text: '⚠ The weights or the scenario changed since this run: simulate again to see their effect.',
  });
  private readonly results = el('div');
  private run: BatchRun | null = null;
  private ranWith: string | null = null;

  constructor(
    private readonly scenario: () => TunedScenario,
    private readonly overlay: () => Overlay,
    storage: Storage,
  ) {
    this.inputs = simulationInputs(storage);
    this.start.id = 'tuning-simulate';
    this.cancel.id = 'tuning-cancel';
    this.cancel.disabled = true;
    this.stale.hidden = true;
    this.inputs.onGames((n) => {
      this.start.textContent = `Simulate ${n ?? '…'} games per policy`;
    });
    this.element = el(
      'section',
      { className: 'tuning-section', attrs: { 'aria-label': 'Simulate games' } },
      el('h2', { text: 'Simulate games' }),
      el('p', {
        className: 'tuning-note',
        text: 'Bots play whole games with these weights in the background; the game stays playable meanwhile.',
      }),
      this.inputs.element,
      el('div', { className: 'tuning-row' }, this.start, this.cancel),
      this.status,
      this.progress,
      this.stale,
      this.results,
    );
  }

  /** Notes when the results shown no longer match the weights or the scenario. */
  update(): void {
    if (this.ranWith !== null)
      this.stale.hidden = this.ranWith === fingerprint(this.scenario(), this.overlay());
  }

  dispose(): void {
    this.run?.cancel();
  }

  private async simulate(): Promise<void> {
    const choice = this.inputs.read();
    if (!choice.ok) return this.say(choice.problem, true);
    const { games, seed, policies } = choice;
    const request: Request = {
      scenario: this.scenario(),
      weights: this.overlay(),
      games,
      seed,
      policies,
    };
    this.ranWith = fingerprint(request.scenario, request.weights);
    const bars = new Map(policies.map((p) => [p, progressRow(p, games)]));
    replaceChildren(this.progress, ...[...bars.values()].map((b) => b.row));
    replaceChildren(this.results);
    this.stale.hidden = true;
    const finished: PolicyResult[] = [];
    this.say(`Simulating ${games} games for each of ${policies.length} policies…`, false);
    this.running(true);
    this.run = runBatch(
      request,
      (policy, done, total) => bars.get(policy)?.set(done, total),
      (result) => {
        finished.push(result);
        replaceChildren(this.results, resultsView(finished, POLICY_NAMES, request.scenario));
      },
    );
    try {
      const all = await this.run.done;
      const tuned = Object.keys(request.weights).length;
      this.say(
        all !== null
          ? `Done: ${games} games × ${policies.length} policies, seed ${seed}, ${tuned} tuned weights.`
          : `Cancelled. ${finished.length ? 'The policies that finished are shown.' : 'No policy finished.'}`,
        false,
      );
    } catch (e) {
      this.say(`The simulation failed: ${e instanceof Error ? e.message : String(e)}`, true);
    } finally {
      this.run = null;
      this.running(false);
    }
  }

  private running(on: boolean): void {
    this.start.disabled = on;
    this.cancel.disabled = !on;
  }

  private say(text: string, isError: boolean): void {
    this.status.textContent = text;
    this.status.classList.toggle('is-error', isError);
  }
}

function fingerprint(scenario: TunedScenario, weights: Overlay): string {
  return `${scenario.id}:${JSON.stringify(Object.entries(weights).sort())}`;
}

function progressRow(policy: string, total: number) {
  const bar = el('progress', {
    attrs: { max: String(total), value: '0', 'aria-label': `${policy} progress` },
  });
  const count = el('span', { className: 'tuning-count', text: `0 / ${total}` });
  const row = el(
    'div',
    { className: 'tuning-progress-row', attrs: { 'data-policy': policy } },
    el('span', { text: policy }),
    bar,
    count,
  );
  return {
    row,
    set(done: number, of: number) {
      bar.max = of;
      bar.value = done;
      count.textContent = `${done} / ${of}`;
    },
  };
}
