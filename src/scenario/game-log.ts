// The game-log file format (what the debrief exports and `npm run replay` reads), and weights overlays.
import * as z from 'zod/mini';
import { builtOnce } from './built-once';
import { parseJsonText, type FileKind, type ParseResult } from './parse';
import { PROBLEM_ENGLISH, sayProblem } from './problem-words';
import { locate, problemAt, type Problem } from './problems';
import { problemsFromZod } from './zod-messages';

/** Builds the log and weights schemas; like the scenario's, only once a file or a save is read. */
function defineLogSchemas() {
  const setting = z.strictObject({ lever: z.string(), value: z.union([z.number(), z.string()]) });

  const actionSchema = z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('offer'),
      to: z.string(),
      gives: z.array(setting),
      asks: z.array(setting),
    }),
    z.strictObject({ type: z.literal('acceptCounter') }),
    z.strictObject({ type: z.literal('walkAway') }),
    z.strictObject({ type: z.literal('endTurn') }),
    z.strictObject({ type: z.literal('renege'), dealId: z.number().check(z.int()) }),
  ]);

  const weightName = z
    .string()
    .check(z.regex(/^[a-z][a-zA-Z0-9.-]*$/, PROBLEM_ENGLISH['schema.weightName']));

  const gameLogSchema = z.strictObject({
    format: z._default(z.literal(1), 1),
    scenario: z
      .string()
      .check(
        z.minLength(1),
        z.describe('The scenario id (a bundled scenario) or a path to its file.'),
      ),
    seed: z.number().check(z.int(), z.gte(0), z.lte(4294967295)),
    weights: z._default(z.record(weightName, z.number()), {}),
    actions: z.array(actionSchema),
    hash: z
      .optional(z.string())
      .check(z.describe('The state hash the game reached, for checking a replay.')),
  });

  const weightsFileSchema = z.strictObject({
    $schema: z.optional(z.string()),
    scenario: z
      .optional(z.string().check(z.minLength(1)))
      .check(z.describe('The scenario id these weights were tuned for.')),
    weights: z.record(weightName, z.number()),
  });

  return { actionSchema, gameLogSchema, weightsFileSchema };
}

type LogSchemas = ReturnType<typeof defineLogSchemas>;

/** The game log's, a weights overlay's and a saved action's schemas, built at first use. */
export const logSchemas = builtOnce(defineLogSchemas);

export type GameLog = z.infer<LogSchemas['gameLogSchema']>;
export type WeightsFile = z.infer<LogSchemas['weightsFileSchema']>;

function parseWith<T>(schema: z.ZodMiniType<T>, text: string, what: FileKind): ParseResult<T> {
  const raw = parseJsonText(text, what);
  if (!raw.ok) return raw;
  const parsed = schema.safeParse(raw.value);
  if (!parsed.success)
    return { ok: false, problems: locate(text, problemsFromZod(parsed.error.issues, raw.value)) };
  return { ok: true, value: parsed.data, warnings: [] };
}

export function parseGameLogText(text: string): ParseResult<GameLog> {
  return parseWith(logSchemas().gameLogSchema, text, 'gameLog');
}

/** Checks a weights overlay against the scenario's weights: known names, finite values inside their ranges. */
export function parseWeightsText(
  text: string,
  known: Readonly<Record<string, { min: number; max: number }>>,
): ParseResult<WeightsFile> {
  const parsed = parseWith(logSchemas().weightsFileSchema, text, 'weightsFile');
  if (!parsed.ok) return parsed;
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(parsed.value.weights)) {
    const w = known[name];
    const pointer = `/weights/${name}`;
    if (!w) problems.push(problemAt(pointer, sayProblem('weight.unknown', { name })));
    else if (!Number.isFinite(value))
      problems.push(problemAt(pointer, sayProblem('weight.notFinite', { name })));
    else if (value < w.min || value > w.max) {
      const range = { value: String(value), min: String(w.min), max: String(w.max) };
      problems.push(problemAt(pointer, sayProblem('weight.outside', { name, ...range })));
    }
  }
  if (problems.length > 0) return { ok: false, problems: locate(text, problems) };
  return parsed;
}
