import { expect, it } from 'vitest';
import { once } from './once.ts';

it('builds the value on first use, once', () => {
  let built = 0;
  const get = once(() => ({ n: ++built }));
  expect(built).toBe(0);
  expect(get()).toBe(get());
  expect(built).toBe(1);
});
