import { describe, expect, it } from 'vitest';
import { formatInsights, wrapText } from './insights.js';

const LONG = 'Certified Professional in Healthcare Quality (CPHQ), National Association for Healthcare Quality';

describe('rediscovery insights (text)', () => {
  it('prints a long value whole, continued under itself, never cut at the column (was cut at 40 characters)', () => {
    const out = formatInsights({
      total: 10,
      asOf: '2026-11-27T11:00:00.000Z',
      dimensions: [{ dimension: 'certifications', label: 'Certifications', missing: 0, buckets: [{ value: LONG, count: 3, share: 0.3 }, { value: 'CPR', count: 2, share: 0.2 }] }],
    } as never, 8);
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  Certified Professional'));
    expect(lines[at]).toMatch(/^ {2}Certified Professional in Healthcare\s+3 {2}30\.0%$/);
    expect(lines.slice(at, at + 3).map((l) => l.replace(/\s+\d+\s+[\d.]+%$/, '').trim()).join(' ')).toBe(LONG);
    expect(lines[at + 3]).toMatch(/^ {2}CPR\s+2 {2}20\.0%$/);
  });

  it('wraps between words; a word longer than the width is split', () => {
    expect(wrapText('a b c', 3)).toEqual(['a b', 'c']);
    expect(wrapText('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(wrapText('', 5)).toEqual(['']);
  });
});
