import { describe, expect, it } from 'vitest';
import type { CatalogCandidate } from '../catalog/types.js';
import { candidateMatches } from './apply-filters.js';
import { FilterBitsets } from './filter-bitsets.js';
import type { ResolvedFilters, ResolvedValues } from './filter-types.js';
import { FilterValueIndex } from './filter-value-index.js';

/*
 * Filter units pruned by the value index (filter-value-index.ts) select exactly what the predicate
 * selects over every candidate: the index may only narrow where the predicate looks.
 */

function candidate(i: number): CatalogCandidate {
  const pick = <T>(xs: T[], k = i) => xs[k % xs.length];
  const apps = Array.from({ length: i % 3 }, (_, k) => ({
    id: `a${i}_${k}`, jobId: pick(['j1', 'j2', 'j3'], i + k), jobTitle: 'Nurse', departmentId: pick(['d1', null], i + k), departmentName: null,
    status: pick(['Active', 'Archived', 'Hired'], i * 7 + k), currentStageTitle: pick(['Onsite', 'Phone Screen', 'Offer'], i + 2 * k),
    stagesReached: pick([['Phone Screen'], ['Phone Screen', 'Onsite'], []], i + k), sourceId: pick(['s1', 's2', null], i * 3 + k), sourceTitle: null,
    archiveReasonId: pick([null, 'r1'], i + k), archiveReasonText: null, recruiterUserId: pick(['u1', 'u2'], i + k), recruiterName: null,
    createdAt: pick(['2024-01-01T00:00:00Z', '2025-06-01T00:00:00Z'], i + k), updatedAt: '2025-01-01T00:00:00Z',
  }));
  return {
    id: `c${i}`, name: `P${i}`, profileUrl: null, createdAt: '2024-01-01T00:00:00Z', lastActivityAt: pick(['2025-09-20T00:00:00Z', '2021-01-01T00:00:00Z']),
    sourceId: pick(['s1', 's3', null]), sourceTitle: null, tagIds: i % 4 ? ['t1'] : [], tagTitles: [],
    currentTitle: pick(['Nurse', 'Chef', null, 'NURSE']), titles: [pick(['Nurse', 'Cook'])], currentCompany: pick(['Acme', null]), companies: [pick(['Acme', 'Globex'])],
    location: pick(['Berlin, Germany', 'Austin, TX, USA', null]), skills: i % 2 ? ['Python', 'sql'] : ['java'], yearsExperience: i % 7 ? i % 20 : null,
    yearsInRole: null, schools: i % 5 ? ['MIT'] : [], degrees: i % 3 ? ['Bachelor'] : [], highestDegree: null, majors: [], applications: apps,
  };
}

const values = (...keys: string[]): ResolvedValues => ({ ids: new Set(keys), keys: new Set(keys.map((k) => k.toLowerCase())), labels: keys });

const FILTERS: ResolvedFilters[] = [
  {},
  { skill: values('python') },
  { skill: values('python', 'java') },
  { currentTitle: values('nurse'), location: values('germany') },
  { location: values('Austin, TX, USA') },
  { source: values('s1') },
  { source: values('s2'), tag: values('t1') },
  { stage: values('onsite'), applicationStatus: new Set(['Archived']) },
  { stageReached: values('onsite'), job: values('j2'), recruiter: values('u1') },
  { rejectionReason: values('r1'), department: values('d1') },
  { applied: { after: '2025-01-01T00:00:00Z' }, stage: values('offer') },
  { yearsExperience: { min: 5 }, applicationStatus: new Set(['Archived']) },
  { degree: new Set(['Bachelor']), school: values('mit'), pastCompany: values('globex'), pastTitle: values('cook'), currentCompany: values('acme') },
  { skill: values('nothing-has-this') },
  { skill: values('python'), exclude: { stage: values('onsite') } },
  { updated: { after: '2025-01-01T00:00:00Z' }, skill: values('sql') },
  // One dimension alone: the value index's list is taken as the unit's matches without the
  // predicate (and a years range is scanned from a column), so each must equal the predicate.
  ...[
    { job: values('j1', 'j3') }, { department: values('d1') }, { stage: values('phone screen') }, { stageReached: values('onsite') },
    { recruiter: values('u2') }, { rejectionReason: values('r1') }, { applicationStatus: new Set(['Hired', 'Active']) },
    { source: values('s2', 's3') }, { tag: values('t1') }, { currentTitle: values('nurse') }, { pastTitle: values('cook', 'nurse') },
    { currentCompany: values('acme') }, { pastCompany: values('globex') }, { location: values('tx') }, { location: values('berlin, germany') },
    { skill: values('SQL') }, { school: values('mit') }, { degree: new Set(['Bachelor']) }, { currentTitle: values('Nurse') },
    { yearsExperience: { min: 3 } }, { yearsExperience: { max: 4 } }, { yearsExperience: { min: 2, max: 9 } }, { yearsExperience: {} },
  ] as ResolvedFilters[],
];

describe('filter units with the value index', () => {
  const cands: (CatalogCandidate | undefined)[] = Array.from({ length: 240 }, (_, i) => (i % 37 === 5 ? undefined : candidate(i)));
  const brute = (f: ResolvedFilters) => cands.flatMap((c, o) => (c !== undefined && candidateMatches(c, f) ? [o] : []));

  it('selects exactly what the predicate selects over every candidate', () => {
    const sets = new FilterBitsets(cands, cands.length);
    for (const f of FILTERS) expect([...sets.select(f)], JSON.stringify(f, (_k, v: unknown) => (v instanceof Set ? [...v] : v))).toEqual(brute(f));
    // Again, from the kept units (and their lists) this time.
    for (const f of FILTERS) expect([...sets.select(f)]).toEqual(brute(f));
  });

  it('never leaves out a match: the index returns a superset, ascending', () => {
    const index = new FilterValueIndex(cands, cands.length);
    for (const f of FILTERS) {
      const maybe = index.candidates(f);
      if (maybe === null) continue;
      expect([...maybe]).toEqual([...maybe].sort((a, b) => a - b));
      const set = new Set(maybe);
      for (const o of brute(f)) expect(set.has(o)).toBe(true);
    }
    expect(index.candidates({ yearsExperience: { min: 1 } })).toBeNull();
  });
});
