import { describe, expect, it } from 'vitest';
import { insightsSummaryText } from './insights-answer.js';

describe('get_insights text summary', () => {
  it('names the basis, the top three values per dimension with how many there are, and why a dimension has no data', () => {
    const text = insightsSummaryText({
      total: 89,
      asOf: '2026-12-06T19:10:17.272Z',
      basis: 'the 89 best matches of "product designer"',
      dimensions: [
        { dimension: 'location', label: 'Location', values: ['London', 'Lisbon', 'Berlin', 'Austin'].map((value, i) => ({ value, count: 8 - i, share: (8 - i) / 89 })) },
        { dimension: 'degree', label: 'Degree', values: [{ value: 'bachelor', count: 50, share: 50 / 89 }] },
        { dimension: 'honors', label: 'Honors and awards', values: [] },
      ],
      unavailable: [{ label: 'Industry', reason: 'no company attributes file' }],
    });
    expect(text.split('\n')).toEqual([
      'Insights over the 89 best matches of "product designer" (data as of 2026-12-06T19:10:17.272Z).',
      'Location: London 8 (9.0%), Lisbon 7 (7.9%), Berlin 6 (6.7%); 4 values in all',
      'Degree: bachelor 50 (56%)',
      'No data: Industry (no company attributes file)',
      'Every value with its count and share is in structuredContent.',
    ]);
  });
});
