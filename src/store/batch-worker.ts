// A Web Worker that plays a batch of games per policy and reports progress, so the page never freezes.
import { batchStats, policyNamed, simulateRange } from '../ai';
import { compileRules } from '../engine';
import type { BatchRequest, BatchMessage } from './batch';

/** Games per progress report: small enough for a smooth bar, large enough to cost nothing. */
const CHUNK = 25;

function post(message: BatchMessage): void {
  (self as unknown as Worker).postMessage(message);
}

self.onmessage = (event: MessageEvent<BatchRequest>) => {
  const { scenario, weights, policies, games, seed } = event.data;
  const rules = compileRules(scenario, weights);
  for (const name of policies) {
    const policy = policyNamed(name)!;
    const results = [];
    for (let from = 0; from < games; from += CHUNK) {
      results.push(
        ...simulateRange(rules, policy, { seed, from, to: Math.min(games, from + CHUNK) }),
      );
      post({ kind: 'progress', policy: name, done: results.length, total: games });
    }
    const scores = results.map((r) => r.score).sort((a, b) => a - b);
    post({ kind: 'policy-done', result: { policy: name, stats: batchStats(results), scores } });
  }
  post({ kind: 'done' });
};
