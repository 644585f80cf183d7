// Turns zod's issues into plain sentences a teacher can act on, each with its JSON pointer.
import type { z } from 'zod';
import { closestName } from './did-you-mean';
import { pointerOf, type Problem } from './problems';

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
    return issue.keys.map((key) => ({
      severity: 'error' as const,
      pointer: pointerOf([...path, key]),
      message: `unknown field "${key}" (${unknownFieldHint(key, allowed, path)})`,
    }));
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
    return [
      error(
        path,
        value === undefined ? missing(path, kinds) : `${kinds}, found ${describe(value)}`,
      ),
    ];
  }
  if (issue.errors.length === 0) return [error(path, issue.message)];
  const allTypeErrors = issue.errors.every(
    (b) => b.length === 1 && b[0]!.path.length === 0 && b[0]!.code === 'invalid_type',
  );
  if (allTypeErrors) {
    const named =
      expected ??
      [
        ...new Set(issue.errors.map((b) => expectedName((b[0] as { expected: string }).expected))),
      ].join(' or ');
    return [
      error(
        path,
        value === undefined
          ? missing(path, `expected ${named}`)
          : `expected ${named}, found ${describe(value)}`,
      ),
    ];
  }
  const mixed = mixedKinds(issue.errors, value);
  if (mixed) return [error(path, mixed)];
  const best = [...issue.errors].sort((a, b) => score(a) - score(b))[0]!;
  return best.flatMap((i) => fromIssue(i, path, ctx));
}

/** Each branch refused only a field another branch needs: the object mixes two kinds ("below" and "gap"). */
function mixedKinds(branches: readonly (readonly Issue[])[], value: unknown): string | undefined {
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
  return `cannot have both ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}: keep only the fields of one kind`;
}

/** Fewer and deeper issues mean the branch matched more of the value; a wrong type at its root, less. */
function score(issues: readonly Issue[]): number {
  const unknownKeys = issues.filter((i) => i.code === 'unrecognized_keys').length;
  const rootType = issues.some((i) => i.code === 'invalid_type' && i.path.length === 0) ? 3 : 0;
  const depth = Math.max(0, ...issues.map((i) => i.path.length));
  return issues.length * 10 + unknownKeys * 5 + rootType - depth;
}

function messageFor(issue: Issue, path: PropertyKey[], ctx: Context): string {
  const value = valueAt(ctx.input, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedAt(ctx.schema, path) ?? expectedName(issue.expected);
      if (value === undefined) return missing(path, `expected ${expected}`);
      return `expected ${expected}, found ${describe(value)}${typeHint(issue.expected, value)}`;
    }
    case 'invalid_value':
      return `${oneOf(issue.values)}, found ${describe(value)}`;
    case 'too_small':
      return tooSmall(issue, value);
    case 'too_big':
      return tooBig(issue, value);
    case 'invalid_format':
      return formatMessage(issue, value, expectedAt(ctx.schema, path));
    case 'invalid_key':
      return keyMessage(issue, path);
    default:
      return issue.message;
  }
}

function missing(path: readonly PropertyKey[], expected: string): string {
  const field = path.at(-1);
  return typeof field === 'string'
    ? `missing required field "${field}" (${expected})`
    : `missing required value (${expected})`;
}

/** What a teacher most likely meant, when the value is of a near-miss type. */
function typeHint(expected: string, value: unknown): string {
  if (expected === 'number' && isNumeric(value))
    return ` (write numbers without quotes: ${Number(value)})`;
  if (expected === 'boolean' && (value === 'true' || value === 'false'))
    return ` (write ${value} without quotes)`;
  if (expected === 'array' && (typeof value === 'string' || typeof value === 'number'))
    return ` (a list is written in square brackets: [${JSON.stringify(value)}])`;
  return '';
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, value: unknown): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'array') {
    const found = Array.isArray(value) ? value.length : 0;
    if (min === 1) return 'must list at least one item, found an empty list []';
    return `needs at least ${min} items, found ${found}`;
  }
  if (issue.origin === 'string') return 'must not be empty';
  if (issue.inclusive === false) return `must be more than ${min}, found ${describe(value)}`;
  return `must be at least ${min}, found ${describe(value)}`;
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, value: unknown): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') {
    const found = typeof value === 'string' ? `, found ${value.length}` : '';
    return `is too long (at most ${max} characters${found})`;
  }
  if (issue.origin === 'array') {
    const found = Array.isArray(value) ? `, found ${value.length}` : '';
    return `has too many items (at most ${max}${found})`;
  }
  if (issue.inclusive === false) return `must be less than ${max}, found ${describe(value)}`;
  return `must be at most ${max}, found ${describe(value)}`;
}

/** Patterns of the scenario format, in words, for messages that zod only gives as a regular expression. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z][a-zA-Z0-9.-]*$':
    'the name of a weight (a lower-case letter first, then letters, digits, dots or dashes)',
  '^[a-z][a-z0-9-]*$': 'an id (lower-case letters, digits and dashes, starting with a letter)',
  '^[a-z]{2}(-[A-Z]{2})?$': 'a language tag such as "en" or "ko"',
};
/** The same patterns as nouns, to say what a union of a number and such a name expects. */
const PATTERN_NOUNS: Record<string, string> = {
  '^[a-z][a-zA-Z0-9.-]*$': 'the name of a weight',
  '^[a-z][a-z0-9-]*$': 'an id',
};

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
  expected: string | undefined,
): string {
  const found = `, found ${describe(value)}`;
  if (issue.format === 'date')
    return `expected a real date written YYYY-MM-DD, such as "2025-08-25"${found}`;
  if (issue.format !== 'regex') return `${issue.message}${found}`;
  const takesNumber = expected?.startsWith('a number or ') ?? false;
  if (takesNumber && isNumeric(value))
    return `expected ${expected!}${found} (write numbers without quotes: ${Number(value)})`;
  // A message that is a sentence ("an id is …") stands as it is; a bare noun ("a weight name") is what was expected.
  if (/\bis\b/.test(issue.message)) return `${issue.message}${found}${idHint(value)}`;
  const words = PATTERN_WORDS[patternSource(issue.pattern)] ?? issue.message;
  return `expected ${takesNumber ? 'a number or ' : ''}${words}${found}`;
}

function isNumeric(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
}

/** An id written like a name ("Beijing", "South Korea"): the id it most likely should be. */
function idHint(value: unknown): string {
  if (typeof value !== 'string') return '';
  const id = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
  return /^[a-z][a-z0-9-]*$/.test(id) && id.length <= 64 && id !== value ? ` (try "${id}")` : '';
}

function keyMessage(issue: Extract<Issue, { code: 'invalid_key' }>, path: PropertyKey[]): string {
  const key = String(path.at(-1));
  const inner = issue.issues[0];
  const words =
    inner?.code === 'invalid_format' && inner.format === 'regex'
      ? PATTERN_WORDS[patternSource(inner.pattern)]
      : undefined;
  return words
    ? `"${key}" is not allowed as a name: expected ${words}`
    : `"${key}" is not allowed as a name here`;
}

function oneOf(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length === 1) return `must be ${quoted[0]!}`;
  if (quoted.length === 2) return `must be ${quoted[0]!} or ${quoted[1]!}`;
  return `must be one of ${quoted.join(', ')}`;
}

function expectedName(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list [...]',
    object: 'an object {...}',
    record: 'an object {...}',
    tuple: 'a list [...]',
    int: 'a whole number',
  };
  return names[expected] ?? expected;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return String(value);
}

function unknownFieldHint(key: string, allowed: string[], path: readonly PropertyKey[]): string {
  const near = closestName(key, allowed);
  if (near) return `did you mean "${near}"?`;
  if (allowed.length > 0 && allowed.length <= 12)
    return `the fields allowed here: ${allowed.filter((k) => k !== '$schema').join(', ')}`;
  return path.length === 0
    ? 'check its spelling; see scenario.schema.json for the fields a scenario has'
    : 'check its spelling; see scenario.schema.json for the fields allowed here';
}

function error(path: readonly PropertyKey[], message: string): Problem {
  return { severity: 'error', pointer: pointerOf(path), message };
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
function expectedAt(root: Schema | undefined, path: readonly PropertyKey[]): string | undefined {
  const names = [...new Set(schemasAt(root, path).map(nameOf))];
  return names.length === 1 ? names[0] : undefined;
}

function nameOf(s: Schema): string | undefined {
  const def = defOf(s);
  switch (def.type) {
    case 'number':
      return (def.checks ?? []).some((c) => c._zod.def.format === 'safeint')
        ? 'a whole number'
        : 'a number';
    case 'string': {
      if (def.format === 'date') return 'a date written YYYY-MM-DD';
      const regex = (def.checks ?? []).find((c) => c._zod.def.format === 'regex');
      const pattern = regex?._zod.def.pattern;
      return pattern ? (PATTERN_NOUNS[pattern.source] ?? 'text') : 'text';
    }
    case 'boolean':
      return 'true or false';
    case 'array':
    case 'tuple':
      return 'a list [...]';
    case 'record':
      // A record of texts is a text given per language (the only one the format has).
      return def.valueType && defOf(def.valueType).type === 'string'
        ? 'one text per language {"en": "…"}'
        : 'an object {...}';
    case 'object':
      return 'an object {...}';
    case 'union': {
      const names = [...new Set((def.options ?? []).map((o) => nameOf(unwrap(o))))];
      return names.every((n) => n !== undefined) ? names.join(' or ') : undefined;
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
