// A long-lived worker of a pool: compiles the scenario once per overlay and plays the batches it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { policyNamed, simulateRange } from '../ai';
import { compileRules } from '../engine';
import type { Scenario } from '../scenario';

interface Task {
  id: number;
  overlay: Record<string, number>;
  policy: string;
  seed: number;
  from: number;
  to: number;
}

const scenario = (workerData as { scenario: Scenario }).scenario;

parentPort!.on('message', (task: Task) => {
  const rules = compileRules(scenario, task.overlay);
  const results = simulateRange(rules, policyNamed(task.policy)!, {
    seed: task.seed,
    from: task.from,
    to: task.to,
  });
  parentPort!.postMessage({ id: task.id, results });
});
