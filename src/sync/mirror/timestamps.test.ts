import { describe, expect, test } from 'vitest';
import { isStale, normalizeTimestamp } from './timestamps.js';

describe('normalizeTimestamp', () => {
  test('the fast path for canonical values agrees with the Date round trip', () => {
    const slow = (v: string) => new Date(Date.parse(v)).toISOString();
    for (const v of ['2024-01-05T10:11:12.345Z', '2019-12-28T23:59:59.999Z', '0999-06-15T00:00:00.000Z']) expect(normalizeTimestamp(v)).toBe(slow(v));
  });

  test('impossible or non-canonical dates still go through Date', () => {
    expect(normalizeTimestamp('2024-02-30T00:00:00.000Z')).toBe('2024-03-01T00:00:00.000Z');
    expect(normalizeTimestamp('2024-01-05T10:11:12Z')).toBe('2024-01-05T10:11:12.000Z');
    expect(normalizeTimestamp('2024-01-05T12:11:12.345+02:00')).toBe('2024-01-05T10:11:12.345Z');
    expect(normalizeTimestamp('not a date')).toBeNull();
    expect(normalizeTimestamp(null)).toBeNull();
    expect(normalizeTimestamp('')).toBeNull();
  });

  test('isStale: equal or older is stale', () => {
    expect(isStale('2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')).toBe(true);
    expect(isStale('2024-01-01T00:00:00.001Z', '2024-01-01T00:00:00.000Z')).toBe(false);
  });
});
