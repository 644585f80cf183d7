// A pool of worker threads, one per core, that plays many small batches (sweeps, sensitivity) without restarting.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GameResult } from '../ai';
import type { Scenario } from '../scenario';

export interface Pool {
  /** Plays games 0..games−1 of the batch seed with an overlay, split across the workers, results in game order. */
  run(
    overlay: Record<string, number>,
    policy: string,
    games: number,
    seed: number,
  ): Promise<GameResult[]>;
  close(): Promise<void>;
}

export function createPool(scenario: Scenario, size = availableParallelism()): Pool {
  const url = new URL('./pool-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
  const workers = Array.from(
    { length: size },
    () => new Worker(boot, { eval: true, workerData: { scenario } }),
  );
  const waiting = new Map<
    number,
    { resolve: (r: GameResult[]) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  for (const worker of workers) {
    worker.on('message', (m: { id: number; results: GameResult[] }) => {
      waiting.get(m.id)?.resolve(m.results);
      waiting.delete(m.id);
    });
    worker.on('error', (e) => {
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
    });
  }
  const task = (worker: Worker, payload: object): Promise<GameResult[]> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, ...payload });
    });
  return {
    async run(overlay, policy, games, seed) {
      const share = Math.ceil(games / workers.length);
      const parts = await Promise.all(
        workers.map((w, i) =>
          task(w, { overlay, policy, seed, from: i * share, to: Math.min(games, (i + 1) * share) }),
        ),
      );
      return parts.flat();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
