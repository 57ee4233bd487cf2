import { describe, expect, it } from 'vitest';
import { shortReprs } from './short-reprs.ts';

describe('shortReprs', () => {
  it('cuts object reprs, clipped or whole, to their class', () => {
    expect(shortReprs('<asyncio.locks.Semaphore obje…, 3')).toBe('<Semaphore>, 3');
    expect(shortReprs('<Queue at 0x7fa1b2c3d4e0 maxs…, \'A\'')).toBe("<Queue>, 'A'");
    expect(shortReprs('<__main__.Account object at 0x10>, amount=5')).toBe('<Account>, amount=5');
  });

  it('leaves ordinary arguments alone', () => {
    expect(shortReprs("'A', 2")).toBe("'A', 2");
    expect(shortReprs("'<b>', x=1")).toBe("'<b>', x=1");
    expect(shortReprs('')).toBe('');
  });
});
