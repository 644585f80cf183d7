// Scenario text → validated Scenario, or every problem at once, each located and in plain words.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { checkMeaning, checkMeaningOfParts } from './meaning';
import { sayProblem, type ProblemKey, type ProblemSay } from './problem-words';
import { lineColumn, locate, problemAt, type Problem } from './problems';
import { checkLanguages, inLanguage } from './localize';
import { SCENARIO_FORMAT, scenarioSchemas, type Scenario, type ScenarioFile } from './schema';
import { problemsFromZod } from './zod-messages';

export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;
export const MAX_NESTING = 32;

export type ParseResult<T> =
  { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** What kind of file is read, as the size limit names it. */
export type FileKind = 'file' | 'scenario' | 'gameLog' | 'weightsFile';

/** "the scenario is 3.0 MB; the limit is 2 MB", as a sentence. */
export function tooLargeSay(bytes: number, what: FileKind = 'file'): ProblemSay {
  return sayProblem('file.tooLarge', {
    what: sayProblem(`what.${what}`),
    size: (bytes / 1024 / 1024).toFixed(1),
    limit: MAX_SCENARIO_BYTES / 1024 / 1024,
  });
}

/** Size, nesting and JSON syntax: the checks made before any expensive work. Returns the raw value. */
export function parseJsonText(text: string, what: FileKind = 'file'): ParseResult<unknown> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SCENARIO_BYTES) return fail(tooLargeSay(bytes, what));
  if (text.trim() === '') return fail(sayProblem('file.empty'));
  const depth = nestingProblem(text);
  if (depth) return { ok: false, problems: [depth] };
  const errors: ParseError[] = [];
  parseJsonc(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  if (errors.length > 0) {
    const problems = errors.map((e): Problem => {
      const detail = syntaxHint(text, e.offset) ?? syntaxMessage(printParseErrorCode(e.error));
      return {
        ...problemAt('', sayProblem('json.syntax', { detail })),
        ...lineColumn(text, e.offset),
      };
    });
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
  const { scenarioSchema } = scenarioSchemas();
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
    return problemAt('', sayProblem('scenario.notObject'));
  }
  const format = (value as Record<string, unknown>).format;
  if (typeof format === 'number' && format !== SCENARIO_FORMAT) {
    const key = format > SCENARIO_FORMAT ? 'format.newer' : 'format.older';
    return problemAt(
      '/format',
      sayProblem(key, { format: String(format), current: SCENARIO_FORMAT }),
    );
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
          ...problemAt('', sayProblem('file.tooDeep', { levels: MAX_NESTING })),
          ...lineColumn(text, i),
        };
      }
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

function fail(say: ProblemSay): ParseResult<never> {
  return { ok: false, problems: [problemAt('', say)] };
}

function sameProblem(a: Problem, b: Problem): boolean {
  return a.message === b.message && a.line === b.line && a.column === b.column;
}

/** The two slips the parser's codes describe worst: a comma before a closing bracket, and single quotes. */
function syntaxHint(text: string, offset: number): ProblemSay | undefined {
  const at = text[offset];
  if (at === "'") return sayProblem('json.singleQuotes');
  if ((at === ']' || at === '}') && /,\s*$/.test(text.slice(0, offset)))
    return sayProblem('json.trailingComma', { bracket: at });
  return undefined;
}

/** The parser's error codes that have words of their own; both comment codes read the same. */
const SYNTAX_KEYS: Record<string, ProblemKey> = {
  InvalidSymbol: 'json.InvalidSymbol',
  InvalidNumberFormat: 'json.InvalidNumberFormat',
  PropertyNameExpected: 'json.PropertyNameExpected',
  ValueExpected: 'json.ValueExpected',
  ColonExpected: 'json.ColonExpected',
  CommaExpected: 'json.CommaExpected',
  CloseBraceExpected: 'json.CloseBraceExpected',
  CloseBracketExpected: 'json.CloseBracketExpected',
  EndOfFileExpected: 'json.EndOfFileExpected',
  InvalidCommentToken: 'json.comment',
  UnexpectedEndOfComment: 'json.comment',
  UnexpectedEndOfString: 'json.UnexpectedEndOfString',
  UnexpectedEndOfNumber: 'json.UnexpectedEndOfNumber',
  InvalidUnicode: 'json.InvalidUnicode',
  InvalidEscapeCharacter: 'json.InvalidEscapeCharacter',
  InvalidCharacter: 'json.InvalidCharacter',
};

function syntaxMessage(code: string): ProblemSay {
  const key = SYNTAX_KEYS[code];
  return key ? sayProblem(key) : sayProblem('json.other', { code });
}
