// Schemas built at their first use rather than as the code loads: the page checks no file before its first screen.

/** `build`, run the first time the returned function is called; later calls return what it built. */
export function builtOnce<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
