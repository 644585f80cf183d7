// The game-log file format (what the debrief exports and `npm run replay` reads), and weights overlays.
import { z } from 'zod';
import { parseJsonText, type ParseResult } from './parse';
import { locate, type Problem } from './problems';
import { problemsFromZod } from './zod-messages';

const setting = z.strictObject({ lever: z.string(), value: z.union([z.number(), z.string()]) });

export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('offer'),
    to: z.string(),
    gives: z.array(setting),
    asks: z.array(setting),
  }),
  z.strictObject({ type: z.literal('acceptCounter') }),
  z.strictObject({ type: z.literal('walkAway') }),
  z.strictObject({ type: z.literal('endTurn') }),
  z.strictObject({ type: z.literal('renege'), dealId: z.number().int() }),
]);

const weightName = z.string().regex(/^[a-z][a-zA-Z0-9.-]*$/, 'a weight name');

export const gameLogSchema = z.strictObject({
  format: z.literal(1).default(1),
  scenario: z
    .string()
    .min(1)
    .describe('The scenario id (a bundled scenario) or a path to its file.'),
  seed: z.number().int().min(0).max(4294967295),
  weights: z.record(weightName, z.number()).default({}),
  actions: z.array(actionSchema),
  hash: z.string().optional().describe('The state hash the game reached, for checking a replay.'),
});

export type GameLog = z.infer<typeof gameLogSchema>;

export const weightsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  scenario: z.string().min(1).optional().describe('The scenario id these weights were tuned for.'),
  weights: z.record(weightName, z.number()),
});

export type WeightsFile = z.infer<typeof weightsFileSchema>;

function parseWith<T>(schema: z.ZodType<T>, text: string, what: string): ParseResult<T> {
  const raw = parseJsonText(text, what);
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.value);
  if (!parsed.success)
    return { ok: false, problems: locate(text, problemsFromZod(parsed.error.issues, raw.value)) };
  return { ok: true, value: parsed.data, warnings: [] };
}

export function parseGameLogText(text: string): ParseResult<GameLog> {
  return parseWith(gameLogSchema, text, 'game log');
}

/** Checks a weights overlay against the scenario's weights: known names, finite values inside their ranges. */
export function parseWeightsText(
  text: string,
  known: Readonly<Record<string, { min: number; max: number }>>,
): ParseResult<WeightsFile> {
  const parsed = parseWith(weightsFileSchema, text, 'weights file');
  if (!parsed.ok) return parsed;
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(parsed.value.weights)) {
    const w = known[name];
    const pointer = `/weights/${name}`;
    if (!w)
      problems.push({
        severity: 'error',
        pointer,
        message: `the scenario has no weight "${name}"`,
      });
    else if (!Number.isFinite(value))
      problems.push({
        severity: 'error',
        pointer,
        message: `weight "${name}" must be a finite number`,
      });
    else if (value < w.min || value > w.max) {
      problems.push({
        severity: 'error',
        pointer,
        message: `weight "${name}" is ${value}, outside its range ${w.min}..${w.max}`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems: locate(text, problems) };
  return parsed;
}
