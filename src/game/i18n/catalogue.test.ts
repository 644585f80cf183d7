// The catalogues agree key for key and parameter for parameter, and no scene or widget writes its own words.
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { en } from './en';
import { ko } from './ko';
import type { Message } from './message';

const CATALOGUES: Record<string, Record<string, Message>> = { en, ko };

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

function paramsOf(message: Message): string[] {
  const names = forms(message).flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
  return [...new Set(names)].sort();
}

describe('the catalogues', () => {
  test.each(Object.keys(CATALOGUES))('%s has exactly the English keys', (lang) => {
    const keys = Object.keys(CATALOGUES[lang]!);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !keys.includes(k))).toEqual([]);
  });

  test.each(Object.keys(CATALOGUES))('%s has no empty message or plural form', (lang) => {
    const empty = Object.entries(CATALOGUES[lang]!)
      .filter(([, m]) => forms(m).length === 0 || forms(m).some((f) => f.trim() === ''))
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test('plural messages keep an `other` form in every language', () => {
    for (const catalogue of Object.values(CATALOGUES))
      for (const [key, m] of Object.entries(catalogue))
        if (typeof m !== 'string') expect(m.other, key).toBeTruthy();
  });

  test('Korean fills every {parameter} English uses, and invents none', () => {
    const differ = Object.entries(en)
      .filter(([key, m]) => {
        const korean = (ko as Record<string, Message>)[key];
        return korean === undefined || paramsOf(korean).join() !== paramsOf(m).join();
      })
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });
});

// ── no interface text outside the catalogues ─────────────────────────────

/** Calls whose argument at these positions is shown on screen. */
const TEXT_ARGUMENTS: Record<string, number[]> = {
  addText: [3],
  addKicker: [3],
  text: [2], // scene.add.text(x, y, text)
  setText: [0],
  setLabel: [0],
  flash: [0],
  say: [0],
  show: [2, 3], // tooltip.show(right, top, title, body)
  headline: [3, 5],
  button: [1],
  drawParts: [4],
  drawSide: [0],
  stack: [3],
  kicker: [0],
};

/** Object properties (Button options, dialogs, headers, tooltips…) whose value is shown on screen. */
const TEXT_PROPERTIES = new Set([
  'label',
  'title',
  'hint',
  'text',
  'heading',
  'right',
  'message',
  'yesLabel',
  'noLabel',
  'note',
  'since',
  'short',
  'explain',
  'placeholder',
  'textContent',
  'innerText',
  'ariaLabel',
]);

/** Strings with letters that are still not words to translate. */
const ALLOWED = [
  /^\[[^\]]*\]$/, // a key hint in brackets: '[Esc]', '[R/⏎]', '[B / ⏎]'
  /^i$/, // the information mark on a notice
];

export interface Finding {
  line: number;
  text: string;
}

function looksLikeWords(text: string): boolean {
  return /\p{L}/u.test(text) && !ALLOWED.some((re) => re.test(text.trim()));
}

/** String literals, and the fixed parts of template literals, that reach the screen from `node`. */
function shownLiterals(node: ts.Expression, found: ts.Node[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    if (looksLikeWords(node.text)) found.push(node);
  } else if (ts.isTemplateExpression(node)) {
    const fixed = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
    if (looksLikeWords(fixed)) found.push(node);
    for (const span of node.templateSpans) shownLiterals(span.expression, found);
  } else if (ts.isConditionalExpression(node)) {
    shownLiterals(node.whenTrue, found);
    shownLiterals(node.whenFalse, found);
  } else if (ts.isBinaryExpression(node)) {
    shownLiterals(node.left, found);
    shownLiterals(node.right, found);
  } else if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node)
  ) {
    shownLiterals(node.expression, found);
  } else if (ts.isArrayLiteralExpression(node)) {
    for (const e of node.elements) shownLiterals(e as ts.Expression, found);
  }
  // A call (t('key'), a formatter) is where text is made properly: its own arguments are not shown.
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

function propertyName(name: ts.PropertyName | ts.MemberName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** Every place in `source` where interface text is written directly instead of coming from t(). */
export function literalInterfaceText(source: string, fileName = 'source.ts'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const at = TEXT_ARGUMENTS[calleeName(node) ?? ''] ?? [];
      for (const i of at) {
        const arg = node.arguments?.[i];
        if (arg) shownLiterals(arg, found);
      }
      const name = node.arguments?.[0];
      if (calleeName(node) === 'setAttribute' && name && ts.isStringLiteral(name)) {
        if (/^(aria-label|title|alt|placeholder)$/.test(name.text) && node.arguments?.[1])
          shownLiterals(node.arguments[1], found);
      }
    } else if (ts.isPropertyAssignment(node)) {
      if (TEXT_PROPERTIES.has(propertyName(node.name) ?? ''))
        shownLiterals(node.initializer, found);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      TEXT_PROPERTIES.has(node.left.name.text)
    ) {
      shownLiterals(node.right, found);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found.map((n) => ({
    line: file.getLineAndCharacterOfPosition(n.getStart()).line + 1,
    text: n.getText(),
  }));
}

describe('the check for interface text written outside the catalogues', () => {
  test('finds text in each kind of position, and lets symbols, keys and hints through', () => {
    const planted = `
      addText(this, 0, 0, 'Send offer', 'body');
      addText(this, 0, 0, \`Turn \${n} ended\`, 'title');
      text.setText(ok ? '·' : 'no change');
      new Button(this, { x: 0, label: 'End turn', hint: '[⏎]', hotkey: 'E' });
      addHeader(this, { title: \`\${a}  ·  \${b}\`, right: 'Briefing' });
      frame.title = 'Printable debrief';
      addText(this, 0, 0, t('board.help'), 'small', { colour: css.faint });
      addText(this, 0, 0, '▶', 'small');
    `;
    expect(literalInterfaceText(planted).map((f) => f.text)).toEqual([
      "'Send offer'",
      '`Turn ${n} ended`',
      "'no change'",
      "'End turn'",
      "'Briefing'",
      "'Printable debrief'",
    ]);
  });

  const sources = import.meta.glob<string>(['../scenes/*.ts', '../ui/*.ts', '!../**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });

  test('scans the scenes and the widgets', () => {
    const names = Object.keys(sources);
    expect(names.some((n) => n.includes('/scenes/Board.ts'))).toBe(true);
    expect(names.some((n) => n.includes('/ui/table-panel.ts'))).toBe(true);
  });

  test.each(Object.keys(sources).map((path) => [path.replace(/^\.\.\//, '')]))(
    '%s takes every interface string from the catalogue',
    (path) => {
      const findings = literalInterfaceText(sources[`../${path}`]!, path);
      expect(findings.map((f) => `${path}:${f.line} ${f.text}`)).toEqual([]);
    },
  );
});
