// Scenario text → validated Scenario, or every problem at once, each located and in plain words.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { checkMeaning, checkMeaningOfParts } from './meaning';
import { lineColumn, locate, type Problem } from './problems';
import { checkLanguages, inLanguage } from './localize';
import { SCENARIO_FORMAT, scenarioSchema, type Scenario, type ScenarioFile } from './schema';
import { problemsFromZod } from './zod-messages';

export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;
export const MAX_NESTING = 32;

export type ParseResult<T> =
  { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** Size, nesting and JSON syntax: the checks made before any expensive work. Returns the raw value. */
export function parseJsonText(text: string, what = 'file'): ParseResult<unknown> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return fail('', `the ${what} is ${mb} MB; the limit is ${MAX_SCENARIO_BYTES / 1024 / 1024} MB`);
  }
  if (text.trim() === '') return fail('', 'the file is empty');
  const depth = nestingProblem(text);
  if (depth) return { ok: false, problems: [depth] };
  const errors: ParseError[] = [];
  parseJsonc(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  if (errors.length > 0) {
    const problems = errors.map((e): Problem => ({
      severity: 'error',
      pointer: '',
      message: `JSON syntax error: ${syntaxHint(text, e.offset) ?? syntaxMessage(printParseErrorCode(e.error))}`,
      ...lineColumn(text, e.offset),
    }));
    // The parser may report one slip twice at one place (a trailing comma in an object, say).
    return {
      ok: false,
      problems: problems.filter((p, i) => i === 0 || !sameProblem(p, problems[i - 1]!)),
    };
  }
  // JSON.parse makes "__proto__" an own property, never the object's prototype.
  return { ok: true, value: JSON.parse(text) as unknown, warnings: [] };
}

/** A scenario file's text → the scenario in its own language (what the engine and the tools read). */
export function parseScenarioText(text: string): ParseResult<Scenario> {
  return inOwnLanguage(parseScenarioFileText(text));
}

/** A scenario file's text → the file with its texts in every language it gives (what the game keeps). */
export function parseScenarioFileText(text: string): ParseResult<ScenarioFile> {
  const raw = parseJsonText(text, 'scenario');
  if (!raw.ok) return raw;
  const result = parseScenarioFileValue(raw.value);
  if (result.ok) return { ...result, warnings: locate(text, result.warnings) };
  return { ok: false, problems: locate(text, result.problems) };
}

export function parseScenarioValue(value: unknown): ParseResult<Scenario> {
  return inOwnLanguage(parseScenarioFileValue(value));
}

function inOwnLanguage(result: ParseResult<ScenarioFile>): ParseResult<Scenario> {
  return result.ok ? { ...result, value: inLanguage(result.value) } : result;
}

/**
 * Validates already-parsed JSON: types, then meaning — also for the sections that typed correctly when others
 * did not, so every problem shows at once. Problems carry pointers but no positions.
 */
export function parseScenarioFileValue(value: unknown): ParseResult<ScenarioFile> {
  const version = formatProblem(value);
  if (version) return { ok: false, problems: [version] };
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    const types = problemsFromZod(parsed.error.issues, value, scenarioSchema);
    return { ok: false, problems: [...types, ...checkMeaningOfParts(value)] };
  }
  const languages = checkLanguages(parsed.data);
  const problems = [...languages, ...checkMeaning(inLanguage(parsed.data), value)];
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems };
  return { ok: true, value: parsed.data, warnings: problems };
}

function formatProblem(value: unknown): Problem | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { severity: 'error', pointer: '', message: 'a scenario must be a JSON object {...}' };
  }
  const format = (value as Record<string, unknown>).format;
  if (typeof format === 'number' && format !== SCENARIO_FORMAT) {
    const when = format > SCENARIO_FORMAT ? 'a newer game' : 'an older game';
    return {
      severity: 'error',
      pointer: '/format',
      message: `this file is written for scenario format ${format} (${when}); this game reads format ${SCENARIO_FORMAT}`,
    };
  }
  return undefined;
}

/** Deeply nested input is refused before parsing, so it cannot exhaust the parser. */
function nestingProblem(text: string): Problem | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth++;
      if (depth > MAX_NESTING) {
        return {
          severity: 'error',
          pointer: '',
          message: `the file is nested more than ${MAX_NESTING} levels deep`,
          ...lineColumn(text, i),
        };
      }
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

function fail(pointer: string, message: string): ParseResult<never> {
  return { ok: false, problems: [{ severity: 'error', pointer, message }] };
}

function sameProblem(a: Problem, b: Problem): boolean {
  return a.message === b.message && a.line === b.line && a.column === b.column;
}

/** The two slips the parser's codes describe worst: a comma before a closing bracket, and single quotes. */
function syntaxHint(text: string, offset: number): string | undefined {
  const at = text[offset];
  if (at === "'") return 'JSON takes double quotes ("…"), not single quotes';
  if ((at === ']' || at === '}') && /,\s*$/.test(text.slice(0, offset)))
    return `a comma before the closing ${at} is not allowed in JSON: remove the last comma`;
  return undefined;
}

function syntaxMessage(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'a number is written wrongly',
    PropertyNameExpected: 'expected a field name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":" after the field name',
    CommaExpected: 'expected "," between items (or a closing bracket)',
    CloseBraceExpected: 'expected "}" to close the object',
    CloseBracketExpected: 'expected "]" to close the list',
    EndOfFileExpected: 'unexpected text after the end',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'comments are not allowed in JSON',
    UnexpectedEndOfString: 'a text is missing its closing double quote',
    UnexpectedEndOfNumber: 'a number is cut short',
    InvalidUnicode: 'a \\u escape is written wrongly',
    InvalidEscapeCharacter: 'a backslash escape is written wrongly',
    InvalidCharacter: 'a character is not allowed here (e.g. a raw line break inside a text)',
  };
  return words[code] ?? code;
}
