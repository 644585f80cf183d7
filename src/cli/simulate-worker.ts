// One worker of a parallel batch: plays its share of the games and reports them, with progress.
import { parentPort, workerData } from 'node:worker_threads';
import { policyNamed, simulateRange } from '../ai';
import { compileRules } from '../engine';
import type { Scenario } from '../scenario';

interface Job {
  scenario: Scenario;
  overlay: Record<string, number>;
  policy: string;
  seed: number;
  from: number;
  to: number;
}

const job = workerData as Job;
const rules = compileRules(job.scenario, job.overlay);
const results = simulateRange(rules, policyNamed(job.policy)!, {
  seed: job.seed,
  from: job.from,
  to: job.to,
  onProgress: (done) => parentPort!.postMessage({ kind: 'progress', done }),
});
parentPort!.postMessage({ kind: 'done', results });
