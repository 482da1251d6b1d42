import { describe, expect, it } from 'vitest';
import { SlidingWindowRateLimiter } from './rate-limiter.js';

describe('SlidingWindowRateLimiter', () => {
  it('grants up to the limit at once, then waits for the oldest grant to leave the window', async () => {
    let clock = 0;
    const waits: number[] = [];
    const limiter = new SlidingWindowRateLimiter(3, 1000, () => clock, async (ms) => {
      waits.push(ms);
      clock += ms;
    });
    const granted: number[] = [];
    await Promise.all(Array.from({ length: 7 }, () => limiter.acquire().then(() => granted.push(clock))));
    expect(granted).toEqual([0, 0, 0, 1000, 1000, 1000, 2000]);
    expect(waits).toEqual([1000, 2000 - 1000]);
  });

  it('rejects a non-positive limit', () => {
    expect(() => new SlidingWindowRateLimiter(0, 1000, Date.now, async () => {})).toThrow(RangeError);
  });
});
