import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../scenario';
import { weightsMarkdown } from './weights-doc';

describe('docs/weights.md', () => {
  it('lists the default scenario’s weights as they are now (run `npm run docs:weights` when this fails)', () => {
    const parsed = parseScenarioText(
      readFileSync(new URL('../../scenarios/summer-2025.json', import.meta.url), 'utf8'),
    );
    if (!parsed.ok) throw new Error('invalid');
    const committed = readFileSync(new URL('../../docs/weights.md', import.meta.url), 'utf8');
    expect(committed).toBe(weightsMarkdown(parsed.value));
    expect(committed).toContain('`stability.us`');
  });
});
