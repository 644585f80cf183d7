// The catalogues agree key for key and parameter for parameter, and no scene, widget or HTML view writes its own words.
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

/** Argument positions of a call that are shown on screen; `{ from: n }` is n and every one after it. */
type Positions = readonly number[] | { from: number };

/** Calls whose argument at these positions is shown on screen. */
const TEXT_ARGUMENTS: Record<string, Positions> = {
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

/** Where the canvas's scenes and widgets put text on screen. */
interface TextPlaces {
  calls: Record<string, Positions>;
  properties: ReadonlySet<string>;
}

const CANVAS: TextPlaces = { calls: TEXT_ARGUMENTS, properties: TEXT_PROPERTIES };

/** Where the accessible layer puts text: its DOM builders (dom.ts), attributes read aloud, the live region. */
const LAYER: TextPlaces = {
  calls: {
    h: { from: 2 }, // h(tag, attrs, ...children)
    button: [0],
    heading: [1],
    section: [1],
    list: [0],
    paragraphs: { from: 0 },
    table: [0, 1, 2],
    announce: [0],
    tellForecast: [0],
    append: { from: 0 },
    replaceChildren: { from: 0 },
    createTextNode: [0],
  },
  // Attributes as h() takes them, and the confirm dialog's options.
  properties: new Set([...TEXT_PROPERTIES, 'aria-label', 'aria-valuetext', 'alt', 'yes', 'no']),
};

/** Strings with letters that are still not words to translate. */
const ALLOWED = [
  /^\[[^\]]*\]$/, // a key hint in brackets: '[Esc]', '[R / Enter]', '[B / Enter]'
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

function shownArguments(args: readonly ts.Expression[], at: Positions): ts.Expression[] {
  return 'from' in at ? args.slice(at.from) : at.flatMap((i) => (args[i] ? [args[i]] : []));
}

function findings(file: ts.SourceFile, found: readonly ts.Node[]): Finding[] {
  return found.map((n) => ({
    line: file.getLineAndCharacterOfPosition(n.getStart()).line + 1,
    text: n.getText(),
  }));
}

/** Every place in `source` where interface text is written directly instead of coming from t(). */
export function literalInterfaceText(
  source: string,
  fileName = 'source.ts',
  places: TextPlaces = CANVAS,
): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const at = places.calls[calleeName(node) ?? ''] ?? [];
      for (const arg of shownArguments(node.arguments ?? [], at)) shownLiterals(arg, found);
      const name = node.arguments?.[0];
      if (calleeName(node) === 'setAttribute' && name && ts.isStringLiteral(name)) {
        if (
          /^(aria-label|aria-valuetext|title|alt|placeholder)$/.test(name.text) &&
          node.arguments?.[1]
        )
          shownLiterals(node.arguments[1], found);
      }
    } else if (ts.isPropertyAssignment(node)) {
      if (places.properties.has(propertyName(node.name) ?? ''))
        shownLiterals(node.initializer, found);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      places.properties.has(node.left.name.text)
    ) {
      shownLiterals(node.right, found);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings(file, found);
}

/** Two words of letters side by side, perhaps across a comma or colon: a phrase, not a key, an id or a symbol. */
const PHRASE = /\p{L}{2,}[,:;.!?]?\s+\p{L}{2,}/u;

/** Calls and properties whose strings name things for the code, never for the player. */
const NOT_SHOWN = new Set(['class', 'querySelector', 'querySelectorAll', 'closest', 'matchMedia']);

/**
 * Every phrase written as a string anywhere in `source`, wherever it goes (a table of words, a variable, a
 * return): in the accessible layer every sentence comes from the catalogue, so a phrase in code is one missed.
 */
export function literalPhrases(source: string, fileName = 'source.ts'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isPropertyAssignment(node) && NOT_SHOWN.has(propertyName(node.name) ?? '')) return;
    if (ts.isCallExpression(node) && NOT_SHOWN.has(calleeName(node) ?? '')) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (PHRASE.test(node.text)) found.push(node);
    } else if (ts.isTemplateExpression(node)) {
      const fixed = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (fixed.some((f) => PHRASE.test(f))) found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings(file, found);
}

describe('the check for interface text written outside the catalogues', () => {
  test('finds text in each kind of position, and lets symbols, keys and hints through', () => {
    const planted = `
      addText(this, 0, 0, 'Send offer', 'body');
      addText(this, 0, 0, \`Turn \${n} ended\`, 'title');
      text.setText(ok ? '·' : 'no change');
      new Button(this, { x: 0, label: 'End turn', hint: '[Enter]', hotkey: 'E' });
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

describe('the check for words written in the accessible layer', () => {
  test('finds text in the DOM builders, attributes and announcements, and phrases anywhere', () => {
    const planted = `
      heading(1, \`Board: turn \${n}\`, { id: SCREEN_HEADING_ID });
      h('p', { class: 'tightrope-hint tightrope-field' }, 'No news this turn.');
      h('nav', { 'aria-label': 'Turn' }, button('End turn', end, { id: 'a11y-end-turn' }));
      section('a11y-deals', 'Deals', list(['Washington']));
      ctx.announce(ok ? 'Printing' : t('debrief.printBlocked'));
      ctx.confirm({ id: 'a11y-confirm', title: t('renege.title', { name }), yes: 'Renege', no: t('renege.keep') });
      input.setAttribute('aria-valuetext', \`\${value}%\`);
      const SEAT_WORDS = { open: 'ready to negotiate', signed: 'a11y.seat.signed' };
      document.querySelector('input, select') ?? root.closest('.tightrope-settings, .a b');
      h('p', {}, \`\${formatDate(entry.date)} · \${entry.label}\`, t('board.help'), '▶');
    `;
    expect(literalInterfaceText(planted, 'planted.ts', LAYER).map((f) => f.text)).toEqual([
      '`Board: turn ${n}`',
      "'No news this turn.'",
      "'Turn'",
      "'End turn'",
      "'Deals'",
      "'Washington'",
      "'Printing'",
      "'Renege'",
    ]);
    expect(literalPhrases(planted).map((f) => f.text)).toEqual([
      '`Board: turn ${n}`',
      "'No news this turn.'",
      "'End turn'",
      "'ready to negotiate'",
    ]);
  });

  const layer = import.meta.glob<string>(
    ['../a11y/*.ts', '../a11y/views/*.ts', '!../a11y/**/*.test.ts'],
    { query: '?raw', import: 'default', eager: true },
  );

  test('scans every module of the layer, its views too', () => {
    const names = Object.keys(layer);
    for (const name of ['/a11y/words.ts', '/a11y/comfort-panel.ts', '/a11y/views/board.ts'])
      expect(
        names.some((n) => n.endsWith(name)),
        name,
      ).toBe(true);
  });

  test.each(Object.keys(layer).map((path) => [path.replace(/^\.\.\//, '')]))(
    '%s takes every word it says from the catalogue',
    (path) => {
      const source = layer[`../${path}`]!;
      const shown = literalInterfaceText(source, path, LAYER);
      // The stylesheet is CSS (font names, selectors), not words.
      const phrases = path.endsWith('/styles.ts') ? [] : literalPhrases(source, path);
      const all = [...shown, ...phrases].map((f) => `${path}:${f.line} ${f.text}`);
      expect([...new Set(all)]).toEqual([]);
    },
  );
});
