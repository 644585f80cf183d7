// A document just large enough for the layer's views to draw into under Node, so their words can be read.

class FakeNode {
  childNodes: FakeNode[] = [];

  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }

  set textContent(text: string) {
    this.childNodes = text ? [new FakeText(text)] : [];
  }

  append(...nodes: (FakeNode | string)[]): void {
    for (const n of nodes) this.childNodes.push(typeof n === 'string' ? new FakeText(n) : n);
  }

  replaceChildren(...nodes: (FakeNode | string)[]): void {
    this.childNodes = [];
    this.append(...nodes);
  }
}

class FakeText extends FakeNode {
  constructor(private readonly data: string) {
    super();
  }

  override get textContent(): string {
    return this.data;
  }
}

export class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  private readonly clicks: (() => void)[] = [];

  constructor(readonly tagName: string) {
    super();
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  addEventListener(type: string, listener: () => void): void {
    if (type === 'click') this.clicks.push(listener);
  }

  click(): void {
    for (const listener of this.clicks) listener();
  }

  /** Every element below this one with the tag (lower case: 'button', 'h1'). */
  all(tag: string): FakeElement[] {
    return this.childNodes.flatMap((c) =>
      c instanceof FakeElement ? [...(c.tagName === tag ? [c] : []), ...c.all(tag)] : [],
    );
  }
}

/** Runs `draw` with a fake `document`; what it draws comes back under one root element. */
export function drawWithFakeDocument(draw: () => Node[]): FakeElement {
  const globals = globalThis as { document?: unknown };
  const before = globals.document;
  globals.document = {
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (text: string) => new FakeText(text),
    activeElement: null,
  };
  try {
    const root = new FakeElement('main');
    root.append(...(draw() as unknown as FakeNode[]));
    return root;
  } finally {
    globals.document = before;
  }
}
