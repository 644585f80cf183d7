// Small DOM builders for the accessible layer: text always goes in as textContent, never as HTML.

export type Child = Node | string | null | undefined | false;

/** Attributes as written in HTML; `false`, null and undefined leave the attribute out, `true` sets it empty. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** An element with attributes and children; `on` wires event listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A <button type="button"> that calls `onPress`. */
export function button(label: string, onPress: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', ...attrs }, label);
  b.addEventListener('click', onPress);
  return b;
}

/** A heading that can take the focus from script (tabindex −1) but is not a Tab stop. */
export function heading(level: 1 | 2 | 3, text: string, attrs: Attrs = {}): HTMLHeadingElement {
  return h(`h${level}`, { tabindex: -1, ...attrs }, text);
}

/** A titled part of a screen: <section aria-labelledby> with its h2. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': `${id}-heading` },
    heading(2, title, { id: `${id}-heading` }),
    ...children,
  );
}

/** A plain list of lines. */
export function list(items: readonly Child[], ordered = false): HTMLElement {
  const node = h(ordered ? 'ol' : 'ul');
  for (const item of items) node.append(h('li', {}, item));
  return node;
}

/** Lines as a paragraph each; empty lines are left out. */
export function paragraphs(...lines: (string | null | undefined | false)[]): Node[] {
  return lines.filter((l): l is string => Boolean(l)).map((l) => h('p', {}, l));
}

/** A two-column table: a caption, column headings and rows of cells (the first cell heads its row). */
export function table(caption: string, columns: string[], rows: string[][]): HTMLTableElement {
  const head = h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)));
  const body = rows.map((cells) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, cells[0] ?? ''),
      ...cells.slice(1).map((c) => h('td', {}, c)),
    ),
  );
  return h('table', {}, h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, ...body));
}

/** Runs a redraw; if it took away the focused element, the focus goes to its replacement (same id). */
export function keepFocus(redraw: () => void): void {
  const before = document.activeElement;
  const id = before instanceof HTMLElement ? before.id : '';
  redraw();
  if (!id || (before && before.isConnected)) return;
  document.getElementById(id)?.focus();
}
