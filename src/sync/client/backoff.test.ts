import { describe, expect, it } from 'vitest';
import { backoffDelayMs, parseRetryAfterMs } from './backoff.js';

describe('backoffDelayMs', () => {
  it('doubles the ceiling per attempt and caps it', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelayMs(a, 500, 60_000, () => 0.999))).toEqual([499, 999, 1998, 3996]);
    expect(backoffDelayMs(20, 500, 60_000, () => 0.5)).toBe(30_000);
    expect(backoffDelayMs(3, 500, 60_000, () => 0)).toBe(0);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-06-01T12:00:00Z');
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfterMs('2', now)).toBe(2000);
    expect(parseRetryAfterMs('1.5', now)).toBe(1500);
    expect(parseRetryAfterMs('Mon, 01 Jun 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfterMs('Mon, 01 Jun 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('returns undefined when absent or unreadable', () => {
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
    expect(parseRetryAfterMs('', now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
  });
});
