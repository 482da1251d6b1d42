import { describe, expect, it } from 'vitest';
import { completeJobTitles } from './prompts.js';

describe('completeJobTitles', () => {
  it('offers titles holding the typed words before jobs found by department (demo: "plat" led with Security Engineer)', () => {
    const jobs = [
      { title: 'Security Engineer', department: 'Platform' },
      { title: 'Product Manager, Platform', department: 'Product' },
      { title: 'Site Reliability Engineer', department: 'Platform' },
      { title: 'Staff Software Engineer, Platform', department: 'Platform' },
    ];
    expect(completeJobTitles(jobs, 'plat', 3)).toEqual(['Product Manager, Platform', 'Staff Software Engineer, Platform', 'Security Engineer']);
    expect(completeJobTitles(jobs, 'platform PM', 5)[0]).toBe('Product Manager, Platform');
  });
});
