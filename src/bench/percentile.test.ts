import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted on purpose

  it('takes the sample at rank floor(p/100 * n) of the sorted samples, without interpolating', () => {
    expect(percentile(hundred, 50)).toBe(51);
    expect(percentile(hundred, 95)).toBe(96);
    expect(percentile([1, 2, 3, 4], 50)).toBe(3);
    expect(percentile([10, 30, 20], 50)).toBe(20);
    expect(percentile([5, 1, 9], 40)).toBe(5);
  });

  it('gives the largest sample at p100, the smallest at p0, and NaN for no samples', () => {
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });

  it('leaves the samples as they were', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});
