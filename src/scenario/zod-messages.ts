// Turns zod's issues into plain sentences a teacher can act on, each with its JSON pointer.
import type { z } from 'zod';
import { pointerOf, type Problem } from './problems';

type Issue = z.core.$ZodIssue;

export function problemsFromZod(issues: readonly Issue[], input: unknown): Problem[] {
  return issues.flatMap((issue) => fromIssue(issue, [], input));
}

function fromIssue(issue: Issue, prefix: PropertyKey[], input: unknown): Problem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') return fromUnion(issue, path, input);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      severity: 'error' as const,
      pointer: pointerOf([...path, key]),
      message: `unknown field "${key}" (check its spelling; ${allowedHint(path)})`,
    }));
  }
  return [
    {
      severity: 'error',
      pointer: pointerOf(path),
      message: messageFor(issue, valueAt(input, path)),
    },
  ];
}

/** A union (a number-or-weight, a condition, an effect): report the branch that came closest. */
function fromUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PropertyKey[],
  input: unknown,
): Problem[] {
  const value = valueAt(input, path);
  if (issue.errors.length === 0) {
    return [{ severity: 'error', pointer: pointerOf(path), message: issue.message }];
  }
  const branches = [...issue.errors].sort((a, b) => score(a) - score(b));
  const best = branches[0]!;
  const allTypeErrors = issue.errors.every(
    (b) => b.length === 1 && b[0]!.path.length === 0 && b[0]!.code === 'invalid_type',
  );
  if (allTypeErrors) {
    const expected = [
      ...new Set(issue.errors.map((b) => expectedName((b[0] as { expected: string }).expected))),
    ];
    return [
      {
        severity: 'error',
        pointer: pointerOf(path),
        message: `expected ${expected.join(' or ')}, found ${describe(value)}`,
      },
    ];
  }
  return best.flatMap((i) => fromIssue(i, path, input));
}

/** Fewer and deeper issues mean the branch matched more of the value. */
function score(issues: readonly Issue[]): number {
  const unknownKeys = issues.filter((i) => i.code === 'unrecognized_keys').length;
  const depth = Math.max(0, ...issues.map((i) => i.path.length));
  return issues.length * 10 + unknownKeys * 5 - depth;
}

function messageFor(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined)
        return `missing required field (expected ${expectedName(issue.expected)})`;
      return `expected ${expectedName(issue.expected)}, found ${describe(value)}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${describe(value)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}, found ${describe(value)}`;
    case 'too_big':
      if (issue.origin === 'string')
        return `is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === 'array') return `has too many items (at most ${String(issue.maximum)})`;
      return `must be at most ${String(issue.maximum)}, found ${describe(value)}`;
    case 'invalid_format':
      return `${issue.message}, found ${describe(value)}`;
    default:
      return issue.message;
  }
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

function allowedHint(path: PropertyKey[]): string {
  return path.length === 0
    ? 'see scenario.schema.json for the fields a scenario has'
    : 'see scenario.schema.json for the fields allowed here';
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
