// Problems found in a scenario file, each located by JSON pointer and (where known) line and column.
import { parseTree, findNodeAtLocation, type Node } from 'jsonc-parser';
import { problemEnglish, type ProblemSay } from './problem-words';

export interface Problem {
  severity: 'error' | 'warning';
  pointer: string;
  /** The sentence in English, made from `say`: what the command line prints. */
  message: string;
  /** The same sentence as data, for an interface to say in its own language. */
  say: ProblemSay;
  line?: number;
  column?: number;
}

/** A problem whose English message is made from its sentence, so the two cannot drift apart. */
export function problemAt(
  pointer: string,
  say: ProblemSay,
  severity: Problem['severity'] = 'error',
): Problem {
  return { severity, pointer, message: problemEnglish(say), say };
}

export function pointerOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  return '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

export function pathOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Line and column (1-based) of a character offset in the text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Adds line:column to each problem by finding its pointer in the text's syntax tree. */
export function locate(text: string, problems: Problem[]): Problem[] {
  const tree = parseTree(text);
  if (!tree) return problems;
  return problems.map((p) => {
    const node = nodeFor(tree, p.pointer);
    if (!node) return p;
    return { ...p, ...lineColumn(text, node.offset) };
  });
}

/** The deepest node that exists on the way to the pointer (a missing field is reported at its parent). */
function nodeFor(tree: Node, pointer: string): Node | undefined {
  const path = pathOf(pointer).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) {
      // Point at the key of a property, where a teacher would look for it.
      if (n === path.length && node.parent?.type === 'property' && node.parent.children?.[0]) {
        return node.parent.children[0];
      }
      return node;
    }
  }
  return undefined;
}

export function formatProblem(file: string, p: Problem): string {
  const where = p.line !== undefined ? ` (${p.line}:${p.column})` : '';
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${file}: ${p.pointer || '/'}: ${tag}${p.message}${where}`;
}
