/**
 * A value built on first use and kept. For zod schemas above all: building one costs far more
 * than checking with it (zod 4 sets up every schema object eagerly), and the page's start-up
 * built ~140 ms of schemas that no start-up path uses.
 */
export function once<T>(build: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: build() }).v;
}
