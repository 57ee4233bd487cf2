import type { Example } from '../example.ts';

/** A gallery entry that opens compare mode: two versions of one program, side by side. */
export interface CompareExample extends Omit<Example, 'code' | 'expect'> {
  /** The two programs, in tab order; names head their tabs and the summary sentence. */
  variants: readonly [CompareVariant, CompareVariant];
}

export interface CompareVariant {
  name: string;
  /** Runnable Python. Ends with a newline. */
  code: string;
  /** How the run should end; tests check it. */
  expect?: 'ok' | 'deadlock' | 'error';
}
