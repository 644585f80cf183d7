import { describe, expect, it } from 'vitest';
import { createGameStore, memoryStorage } from '../../store';
import { bundledScenarios } from '../../store/bundled-inline';
import {
  changedWeights,
  formatWeight,
  sliderStep,
  snapToStep,
  weightGroups,
  weightsFileName,
  weightsFileText,
  type WeightSpec,
} from './weight-model';

const spec = (value: number, min: number, max: number): WeightSpec => ({
  value,
  min,
  max,
  group: 'g',
  meaning: 'm',
});

describe('weight sliders', () => {
  it.each([
    [spec(30, 10, 50), 1],
    [spec(3, 1, 6), 1],
    [spec(0.35, 0, 1), 0.01],
    [spec(0.01, 0, 0.05), 0.001],
    [spec(0.5, 0, 2), 0.01],
    [spec(2, 0, 3), 0.01],
  ])('steps %j by %d', (weight, step) => {
    expect(sliderStep(weight)).toBeCloseTo(step, 12);
  });

  it('snaps to the step without floating-point dust, inside the range', () => {
    expect(snapToStep(0.30000000000000004, spec(0.35, 0, 1))).toBe(0.3);
    expect(snapToStep(12.6, spec(12, 0, 30))).toBe(13);
    expect(snapToStep(99, spec(12, 0, 30))).toBe(30);
    expect(snapToStep(0.0123, spec(0.01, 0, 0.05))).toBe(0.012);
  });

  it('formats with the decimals the step or the default needs', () => {
    expect(formatWeight(13, spec(12, 0, 30))).toBe('13');
    expect(formatWeight(0.3, spec(0.35, 0, 1))).toBe('0.30');
    expect(formatWeight(0.5, spec(0.5, 0, 2))).toBe('0.50');
  });
});

describe('groups and the export file', () => {
  const store = createGameStore({
    catalogue: bundledScenarios(),
    storage: memoryStorage(),
    randomSeed: () => 1,
  });
  const scenario = store.getState().catalogue[0]!.scenario;

  it('groups every weight once, in the order the scenario declares them', () => {
    const groups = weightGroups(scenario.weights);
    expect(groups.flatMap((g) => g.weights.map((w) => w.name))).toEqual(
      Object.keys(scenario.weights),
    );
    expect(new Set(groups.map((g) => g.name)).size).toBe(groups.length);
  });

  it('exports only the changed weights, and the store loads the file back', () => {
    const [first, second] = Object.keys(scenario.weights);
    const w1 = scenario.weights[first!]!;
    const overlay = { [first!]: w1.min, [second!]: scenario.weights[second!]!.value };
    expect(changedWeights(scenario.weights, overlay)).toEqual({ [first!]: w1.min });
    const text = weightsFileText(scenario.id, scenario.weights, overlay);
    expect(JSON.parse(text)).toEqual({
      $schema: './weights.schema.json',
      scenario: scenario.id,
      weights: { [first!]: w1.min },
    });
    const attempt = store.getState().loadWeightsText(text, weightsFileName(scenario.id));
    expect(attempt.errors).toEqual([]);
    expect(store.getState().tuning).toEqual({
      scenarioId: scenario.id,
      weights: { [first!]: w1.min },
    });
  });

  it('names the file after the scenario', () => {
    expect(weightsFileName('summer-2025')).toBe('summer-2025.weights.json');
    expect(weightsFileName('a b/c')).toBe('a-b-c.weights.json');
  });
});
