// Runs "simulate N games" for the tuning panel in a Web Worker, with progress and a cancel that really stops it.
import type { BatchStats } from '../ai';
import type { Scenario } from '../scenario';
import type { Overlay } from './tuning';

export interface BatchRequest {
  scenario: Scenario;
  weights: Overlay;
  policies: string[];
  games: number;
  seed: number;
}

export interface PolicyResult {
  policy: string;
  stats: BatchStats;
  /** Every game's score, sorted: the panel draws their distribution. */
  scores: number[];
}

export type BatchMessage =
  | { kind: 'progress'; policy: string; done: number; total: number }
  | { kind: 'policy-done'; result: PolicyResult }
  | { kind: 'done' };

export interface BatchRun {
  done: Promise<PolicyResult[] | null>;
  cancel(): void;
}

/** Starts a batch; `done` resolves with every policy's results, or null when cancelled. */
export function runBatch(
  request: BatchRequest,
  onProgress: (policy: string, done: number, total: number) => void,
  onPolicy: (result: PolicyResult) => void = () => undefined,
): BatchRun {
  const worker = new Worker(new URL('./batch-worker.ts', import.meta.url), { type: 'module' });
  let finish: (results: PolicyResult[] | null) => void = () => undefined;
  const results: PolicyResult[] = [];
  const done = new Promise<PolicyResult[] | null>((resolve, reject) => {
    finish = resolve;
    worker.onerror = (e) => reject(new Error(e.message || 'the simulation worker failed'));
  });
  worker.onmessage = (event: MessageEvent<BatchMessage>) => {
    const m = event.data;
    if (m.kind === 'progress') onProgress(m.policy, m.done, m.total);
    else if (m.kind === 'policy-done') {
      results.push(m.result);
      onPolicy(m.result);
    } else {
      worker.terminate();
      finish(results);
    }
  };
  worker.postMessage(request);
  return {
    done,
    cancel() {
      worker.terminate();
      finish(null);
    },
  };
}
