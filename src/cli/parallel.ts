// Runs a batch of games across worker threads, one per core, and merges the results in game order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { simulate, type GameResult, type Policy } from '../ai';
import type { CompiledRules } from '../engine';
import type { Scenario } from '../scenario';

export interface BatchJob {
  scenario: Scenario;
  rules: CompiledRules;
  overlay: Record<string, number>;
  policy: Policy;
  seed: number;
  games: number;
  workers?: number;
  onProgress?: (done: number) => void;
}

/** Below this many games a batch runs in this thread: starting workers would cost more than it saves. */
const MIN_GAMES_PER_WORKER = 250;

export function defaultWorkers(games: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(games / MIN_GAMES_PER_WORKER)));
}

export async function simulateParallel(job: BatchJob): Promise<GameResult[]> {
  const workers = job.workers ?? defaultWorkers(job.games);
  if (workers <= 1)
    return simulate(job.rules, job.policy, {
      games: job.games,
      seed: job.seed,
      onProgress: job.onProgress,
    });
  const share = Math.ceil(job.games / workers);
  const progress = new Array<number>(workers).fill(0);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      runWorker(
        {
          scenario: job.scenario,
          overlay: job.overlay,
          policy: job.policy.name,
          seed: job.seed,
          from: w * share,
          to: Math.min(job.games, (w + 1) * share),
        },
        (done) => {
          progress[w] = done;
          job.onProgress?.(progress.reduce((a, b) => a + b, 0));
        },
      ),
    ),
  );
  return parts.flat();
}

/** Workers run TypeScript through the same loader as this process. */
function runWorker(data: object, onProgress: (done: number) => void): Promise<GameResult[]> {
  const url = new URL('./simulate-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: data });
    worker.on(
      'message',
      (m: { kind: 'progress'; done: number } | { kind: 'done'; results: GameResult[] }) => {
        if (m.kind === 'progress') onProgress(m.done);
        else {
          resolve(m.results);
          void worker.terminate();
        }
      },
    );
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0 && code !== 1)
        reject(new Error(`a simulation worker stopped with code ${code}`));
    });
  });
}
