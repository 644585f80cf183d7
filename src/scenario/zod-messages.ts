// Turns zod's issues into plain sentences a teacher can act on, each with its JSON pointer.
import type { z } from 'zod';
import { closestName } from './did-you-mean';
import {
  listOf,
  PROBLEM_ENGLISH,
  problemEnglish,
  sayProblem as say,
  type ProblemKey,
  type ProblemPart,
  type ProblemSay,
} from './problem-words';
import { pointerOf, problemAt, type Problem } from './problems';

type Issue = z.core.$ZodIssue;
/** A zod schema, classic or mini: only its definition is read, to say what a place in the file expects. */
type Schema = z.core.$ZodType;

interface Context {
  input: unknown;
  schema: Schema | undefined;
}

/**
 * Every issue as a located sentence. Given the `schema` that was checked, messages also name what a place
 * expects ("a number or the name of a weight") and the field a misspelt one was meant to be.
 */
export function problemsFromZod(
  issues: readonly Issue[],
  input: unknown,
  schema?: Schema,
): Problem[] {
  const ctx = { input, schema };
  return issues.flatMap((issue) => fromIssue(issue, [], ctx));
}

function fromIssue(issue: Issue, prefix: PropertyKey[], ctx: Context): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') return fromUnion(issue, path, ctx);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedFields(ctx.schema, path);
    return issue.keys.map((key) =>
      problemAt(
        pointerOf([...path, key]),
        say('field.unknown', { field: key, hint: unknownFieldHint(key, allowed, path) }),
      ),
    );
  }
  return [error(path, messageFor(issue, path, ctx))];
}

/** A union (a number-or-weight, a condition, an effect, a kind of lever): report the branch that came closest. */
function fromUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PropertyKey[],
  ctx: Context,
): Problem[] {
  const value = valueAt(ctx.input, path);
  const expected = expectedAt(ctx.schema, path);
  if (issue.discriminator && 'options' in issue && issue.options) {
    const kinds = oneOf(issue.options);
    return [error(path, value === undefined ? missing(path, kinds) : found(kinds, value))];
  }
  if (issue.errors.length === 0) return [error(path, zodWords(issue.message))];
  const allTypeErrors = issue.errors.every(
    (b) => b.length === 1 && b[0]!.path.length === 0 && b[0]!.code === 'invalid_type',
  );
  if (allTypeErrors) {
    const named =
      expected ??
      listOf(
        distinct(issue.errors.map((b) => expectedName((b[0] as { expected: string }).expected))),
        'or',
      );
    return [
      error(
        path,
        value === undefined
          ? missing(path, say('type.expected', { expected: named }))
          : say('type.found', { expected: named, found: describe(value), hint: '' }),
      ),
    ];
  }
  const mixed = mixedKinds(issue.errors, value);
  if (mixed) return [error(path, mixed)];
  const best = [...issue.errors].sort((a, b) => score(a) - score(b))[0]!;
  return best.flatMap((i) => fromIssue(i, path, ctx));
}

/** Each branch refused only a field another branch needs: the object mixes two kinds ("below" and "gap"). */
function mixedKinds(
  branches: readonly (readonly Issue[])[],
  value: unknown,
): ProblemSay | undefined {
  const extra: string[] = [];
  for (const b of branches) {
    const only = b.length === 1 ? b[0]! : undefined;
    if (only?.code !== 'unrecognized_keys' || only.path.length > 0) return undefined;
    extra.push(...only.keys);
  }
  const written = value !== null && typeof value === 'object' ? Object.keys(value) : [];
  const keys = [...new Set(extra)].sort((a, b) => written.indexOf(a) - written.indexOf(b));
  if (keys.length < 2) return undefined;
  const quoted = keys.map((k) => `"${k}"`);
  return say('union.mixed', { first: listOf(quoted.slice(0, -1), 'comma'), last: quoted.at(-1)! });
}

/** Fewer and deeper issues mean the branch matched more of the value; a wrong type at its root, less. */
function score(issues: readonly Issue[]): number {
  const unknownKeys = issues.filter((i) => i.code === 'unrecognized_keys').length;
  const rootType = issues.some((i) => i.code === 'invalid_type' && i.path.length === 0) ? 3 : 0;
  const depth = Math.max(0, ...issues.map((i) => i.path.length));
  return issues.length * 10 + unknownKeys * 5 + rootType - depth;
}

function messageFor(issue: Issue, path: PropertyKey[], ctx: Context): ProblemSay {
  const value = valueAt(ctx.input, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedAt(ctx.schema, path) ?? expectedName(issue.expected);
      if (value === undefined) return missing(path, say('type.expected', { expected }));
      const hint = typeHint(issue.expected, value);
      return say('type.found', { expected, found: describe(value), hint });
    }
    case 'invalid_value':
      return found(oneOf(issue.values), value);
    case 'too_small':
      return tooSmall(issue, value);
    case 'too_big':
      return tooBig(issue, value);
    case 'invalid_format':
      return formatMessage(issue, value, expectedAt(ctx.schema, path));
    case 'invalid_key':
      return keyMessage(issue, path);
    default:
      return zodWords(issue.message);
  }
}

/** "must be "give" or "ask", found "take"": a rule, then the value the file has. */
function found(rule: ProblemPart, value: unknown, hint: ProblemPart = ''): ProblemSay {
  return say('value.found', { rule, found: describe(value), hint });
}

function missing(path: readonly PropertyKey[], detail: ProblemSay): ProblemSay {
  const field = path.at(-1);
  return typeof field === 'string'
    ? say('field.missing', { field, detail })
    : say('value.missing', { detail });
}

/** What a teacher most likely meant, when the value is of a near-miss type. */
function typeHint(expected: string, value: unknown): ProblemPart {
  if (expected === 'number' && isNumeric(value))
    return say('hint.numberQuotes', { number: String(Number(value)) });
  if (expected === 'boolean' && (value === 'true' || value === 'false'))
    return say('hint.booleanQuotes', { value });
  if (expected === 'array' && (typeof value === 'string' || typeof value === 'number'))
    return say('hint.listBrackets', { value: JSON.stringify(value) });
  return '';
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, value: unknown): ProblemSay {
  const min = Number(issue.minimum);
  if (issue.origin === 'array') {
    const count = Array.isArray(value) ? value.length : 0;
    if (min === 1) return say('array.atLeastOne');
    return say('array.atLeast', { min, found: count });
  }
  if (issue.origin === 'string') return say('text.empty');
  const key = issue.inclusive === false ? 'number.moreThan' : 'number.atLeast';
  return say(key, { min: String(min), found: describe(value) });
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, value: unknown): ProblemSay {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') {
    if (typeof value !== 'string') return say('text.tooLong', { max });
    return say('text.tooLongFound', { max, found: value.length });
  }
  if (issue.origin === 'array') {
    if (!Array.isArray(value)) return say('array.tooMany', { max });
    return say('array.tooManyFound', { max, found: value.length });
  }
  const key = issue.inclusive === false ? 'number.lessThan' : 'number.atMost';
  return say(key, { max: String(max), found: describe(value) });
}

/** Patterns of the scenario format, in words, for messages that zod only gives as a regular expression. */
const PATTERN_WORDS: Record<string, ProblemKey> = {
  '^[a-z][a-zA-Z0-9.-]*$': 'pattern.weight',
  '^[a-z][a-z0-9-]*$': 'pattern.id',
  '^[a-z]{2}(-[A-Z]{2})?$': 'pattern.languageTag',
};
/** The same patterns as nouns, to say what a union of a number and such a name expects. */
const PATTERN_NOUNS: Record<string, ProblemKey> = {
  '^[a-z][a-zA-Z0-9.-]*$': 'expect.weightName',
  '^[a-z][a-z0-9-]*$': 'expect.id',
};
/** The messages the schema gives its checks (schema.ts takes them from the same table). */
const SCHEMA_MESSAGES: ReadonlyMap<string, ProblemKey> = new Map(
  (
    [
      'schema.id',
      'schema.version',
      'schema.weightName',
      'schema.someLanguage',
      'pattern.languageTag',
    ] as const
  ).map((key) => [PROBLEM_ENGLISH[key], key]),
);

/** A message zod or the schema wrote: in the table's words where it is known, else as it stands. */
function zodWords(message: string): ProblemSay {
  const key = SCHEMA_MESSAGES.get(message);
  return key ? say(key) : say('zod.message', { message });
}

function patternSource(pattern: unknown): string {
  if (pattern instanceof RegExp) return pattern.source;
  const text = String(pattern);
  const m = /^\/(.*)\/[a-z]*$/s.exec(text);
  return m ? m[1]! : text;
}

/** `expected` is what the place takes as a whole: a number-or-weight refuses "3" for its name part. */
function formatMessage(
  issue: Extract<Issue, { code: 'invalid_format' }>,
  value: unknown,
  expected: ProblemPart | undefined,
): ProblemSay {
  if (issue.format === 'date') return say('date.expected', { found: describe(value) });
  if (issue.format !== 'regex') return found(zodWords(issue.message), value);
  const takesNumber = expected !== undefined && startsWithNumber(expected);
  if (takesNumber && isNumeric(value)) {
    const hint = say('hint.numberQuotes', { number: String(Number(value)) });
    return say('type.found', { expected, found: describe(value), hint });
  }
  // A message that is a sentence ("an id is …") stands as it is; a bare noun ("a weight name") is what was expected.
  if (/\bis\b/.test(issue.message)) return found(zodWords(issue.message), value, idHint(value));
  const key = PATTERN_WORDS[patternSource(issue.pattern)];
  const words = key ? say(key) : zodWords(issue.message);
  return say('type.found', {
    expected: takesNumber ? listOf([say('expect.number'), words], 'or') : words,
    found: describe(value),
    hint: '',
  });
}

/** "a number or …": what a number-or-weight expects, which a number in quotes nearly is. */
function startsWithNumber(expected: ProblemPart): boolean {
  return problemEnglish(say('type.expected', { expected })).startsWith('expected a number or ');
}

function isNumeric(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}

/** An id written like a name ("Beijing", "South Korea"): the id it most likely should be. */
function idHint(value: unknown): ProblemPart {
  if (typeof value !== 'string') return '';
  const id = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
  return /^[a-z][a-z0-9-]*$/.test(id) && id.length <= 64 && id !== value
    ? say('hint.tryId', { id })
    : '';
}

function keyMessage(
  issue: Extract<Issue, { code: 'invalid_key' }>,
  path: PropertyKey[],
): ProblemSay {
  const key = String(path.at(-1));
  const inner = issue.issues[0];
  const words =
    inner?.code === 'invalid_format' && inner.format === 'regex'
      ? PATTERN_WORDS[patternSource(inner.pattern)]
      : undefined;
  return words
    ? say('key.notAllowedExpected', { key, expected: say(words) })
    : say('key.notAllowed', { key });
}

function oneOf(values: readonly unknown[]): ProblemSay {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length === 1) return say('oneOf.one', { value: quoted[0]! });
  if (quoted.length === 2) return say('oneOf.two', { first: quoted[0]!, second: quoted[1]! });
  return say('oneOf.many', { values: listOf(quoted, 'comma') });
}

const EXPECTED_NAMES: Record<string, ProblemKey> = {
  string: 'expect.text',
  number: 'expect.number',
  boolean: 'expect.boolean',
  array: 'expect.list',
  object: 'expect.object',
  record: 'expect.object',
  tuple: 'expect.list',
  int: 'expect.int',
};

function expectedName(expected: string): ProblemPart {
  const key = Object.hasOwn(EXPECTED_NAMES, expected) ? EXPECTED_NAMES[expected] : undefined;
  return key ? say(key) : expected;
}

/** A value as the file has it: a text quoted (cut short if long), a number or true as written, else its kind. */
function describe(value: unknown): ProblemPart {
  if (value === undefined) return say('found.nothing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return say('found.list');
  if (typeof value === 'object') return say('found.object');
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return String(value);
}

function unknownFieldHint(
  key: string,
  allowed: string[],
  path: readonly PropertyKey[],
): ProblemSay {
  const near = closestName(key, allowed);
  if (near) return say('hint.didYouMean', { name: near });
  if (allowed.length > 0 && allowed.length <= 12)
    return say('hint.allowedFields', {
      fields: listOf(
        allowed.filter((k) => k !== '$schema'),
        'comma',
      ),
    });
  return say(path.length === 0 ? 'hint.schemaTop' : 'hint.schemaHere');
}

function error(path: readonly PropertyKey[], sentence: ProblemSay): Problem {
  return problemAt(pointerOf(path), sentence);
}

/** The same phrases once each, in order (phrases are compared by their English words). */
function distinct(parts: ProblemPart[]): ProblemPart[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const words = problemEnglish(say('said', { text: p }));
    if (seen.has(words)) return false;
    seen.add(words);
    return true;
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(v, key as string)) return undefined;
    v = (v as Record<string, unknown>)[key as string];
  }
  return v;
}

// --- Reading the schema: what a place in the file expects --------------------------------------

/** The parts of a zod definition read here; any other kind of schema is simply not described. */
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  getter?: () => Schema;
  options?: Schema[];
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  items?: Schema[];
  rest?: Schema | null;
  format?: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
}

const defOf = (s: Schema): Def => s._zod.def as unknown as Def;

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'nonoptional',
  'readonly',
  'catch',
]);

function unwrap(s: Schema): Schema {
  const def = defOf(s);
  if (WRAPPERS.has(def.type) && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'lazy' && def.getter) return unwrap(def.getter());
  return s;
}

function step(s: Schema, key: PropertyKey): Schema[] {
  const def = defOf(s);
  const next = (x: Schema | null | undefined) => (x ? [unwrap(x)] : []);
  switch (def.type) {
    case 'union':
      return (def.options ?? []).flatMap((o) => step(unwrap(o), key));
    case 'object':
      return next(def.shape?.[String(key)]);
    case 'array':
      return typeof key === 'number' ? next(def.element) : [];
    case 'record':
      return next(def.valueType);
    case 'tuple':
      return typeof key === 'number' ? next(def.items?.[key] ?? def.rest) : [];
    default:
      return [];
  }
}

function schemasAt(root: Schema | undefined, path: readonly PropertyKey[]): Schema[] {
  let here = root ? [unwrap(root)] : [];
  for (const key of path) here = [...new Set(here.flatMap((s) => step(s, key)))];
  return here;
}

/** "a number or the name of a weight": what the schema accepts at `path`, when it says so plainly. */
function expectedAt(
  root: Schema | undefined,
  path: readonly PropertyKey[],
): ProblemPart | undefined {
  const names = schemasAt(root, path).map(nameOf);
  if (names.some((n) => n === undefined)) return undefined;
  const once = distinct(names as ProblemPart[]);
  return once.length === 1 ? once[0] : undefined;
}

function nameOf(s: Schema): ProblemPart | undefined {
  const def = defOf(s);
  switch (def.type) {
    case 'number':
      return say(
        (def.checks ?? []).some((c) => c._zod.def.format === 'safeint')
          ? 'expect.int'
          : 'expect.number',
      );
    case 'string': {
      if (def.format === 'date') return say('expect.date');
      const regex = (def.checks ?? []).find((c) => c._zod.def.format === 'regex');
      const pattern = regex?._zod.def.pattern;
      return say((pattern && PATTERN_NOUNS[pattern.source]) || 'expect.text');
    }
    case 'boolean':
      return say('expect.boolean');
    case 'array':
    case 'tuple':
      return say('expect.list');
    case 'record':
      // A record of texts is a text given per language (the only one the format has).
      return say(
        def.valueType && defOf(def.valueType).type === 'string'
          ? 'expect.perLanguage'
          : 'expect.object',
      );
    case 'object':
      return say('expect.object');
    case 'union': {
      const names = (def.options ?? []).map((o) => nameOf(unwrap(o)));
      if (!names.every((n) => n !== undefined)) return undefined;
      const once = distinct(names);
      return once.length === 1 ? once[0] : listOf(once, 'or');
    }
    default:
      return undefined;
  }
}

/** The fields an object at `path` may have (of every kind, where it is one of several). */
function allowedFields(root: Schema | undefined, path: readonly PropertyKey[]): string[] {
  const keys = schemasAt(root, path).flatMap((s) => objectKeys(s));
  return [...new Set(keys)];
}

function objectKeys(s: Schema): string[] {
  const def = defOf(s);
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => objectKeys(unwrap(o)));
  return [];
}
