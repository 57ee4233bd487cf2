/** One gallery entry: a complete program and what to look for when it runs. */
export interface Example {
  /** Stable id, used in links and tests ("semaphore"). */
  id: string;
  title: string;
  /** The guide section it teaches, or "Beyond the guide". */
  section: string;
  /** One paragraph: what to look for in the timeline. */
  lookFor: string;
  /** Runnable Python. Ends with a newline. */
  code: string;
  /** True when the run is meant to end badly (deadlock, error): tests expect that outcome. */
  expect?: 'ok' | 'deadlock' | 'error';
}

/** Strips the common indentation of a template literal, so examples read naturally in TS. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const lines = raw.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n').trimEnd() + '\n';
}

/**
 * Whether the editor still holds (an edited version of) this example: at least half
 * of its non-blank lines are still there. Its "what to look for" note is shown only then.
 */
export function stillLooksLike(example: Pick<Example, 'code'>, code: string): boolean {
  const lines = example.code.split('\n').map((l) => l.trim()).filter(Boolean);
  const present = new Set(code.split('\n').map((l) => l.trim()));
  return lines.filter((l) => present.has(l)).length * 2 >= lines.length;
}
