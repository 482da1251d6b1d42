import { describe, expect, it } from 'vitest';
import type { CatalogCandidate } from '../catalog/types.js';
import { computeFacets } from './compute-facets.js';
import { countValues, FACET_DIMENSIONS } from './dimensions.js';

function candidate(i: number): CatalogCandidate {
  const pick = <T>(xs: T[]) => xs[i % xs.length];
  return {
    id: `c${i}`, name: `P${i}`, profileUrl: null, createdAt: '2024-01-01T00:00:00Z',
    lastActivityAt: pick(['2025-09-20T00:00:00Z', '2025-03-01T00:00:00Z', '2021-01-01T00:00:00Z']),
    sourceId: null, sourceTitle: pick(['Referral', 'LinkedIn', null]), tagIds: [], tagTitles: i % 4 ? ['Python'] : [],
    currentTitle: pick(['Nurse', 'Chef', null]), titles: ['Nurse', 'Nurse', pick(['Chef', 'Cook'])], currentCompany: null,
    companies: [], location: pick(['Berlin, Germany', null]), skills: i % 2 ? ['python', 'sql'] : [], yearsExperience: i % 7 ? i % 20 : null,
    yearsInRole: null, schools: [], degrees: [], highestDegree: null, majors: [],
    applications: i % 3 ? [{ id: `a${i}`, jobId: 'j', jobTitle: 'Nurse', departmentId: null, departmentName: null, status: 'Active', currentStageTitle: 'Onsite', stagesReached: ['Screen', 'Onsite'], sourceId: null, sourceTitle: 'Referral', archiveReasonId: null, archiveReasonText: null, recruiterUserId: null, recruiterName: null, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z' }] : [],
  };
}

describe('computeFacets', () => {
  it('equals a brute-force count with the dimension extractors, for every dimension', () => {
    const now = new Date('2025-10-01T00:00:00Z');
    const all = Array.from({ length: 60 }, (_, i) => candidate(i));
    for (const set of [all, all.slice(0, 7), all.filter((_, i) => i % 5 === 0), []]) {
      const expected: Record<string, { value: string; count: number }[]> = {};
      for (const [dim, counts] of countValues(set, FACET_DIMENSIONS, now)) {
        if (counts.size === 0) continue;
        expected[dim] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 30).map(([value, count]) => ({ value, count }));
      }
      expect(computeFacets(set, now)).toEqual(expected);
    }
  });
});
