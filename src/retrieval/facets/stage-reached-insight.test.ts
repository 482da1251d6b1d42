import { describe, expect, it } from 'vitest';
import type { CatalogApplication, CatalogCandidate } from '../catalog/types.js';
import { countValues, INSIGHT_DIMENSIONS } from './dimensions.js';

const app = (stagesReached: string[], currentStageTitle: string): CatalogApplication =>
  ({ id: `a-${stagesReached.join('-')}`, currentStageTitle, stagesReached, status: currentStageTitle === 'Archived' ? 'Archived' : 'Active' }) as CatalogApplication;
const person = (id: string, applications: CatalogApplication[]) => ({ id, applications }) as unknown as CatalogCandidate;

describe('the stage-reached insight', () => {
  it('counts how far people got, not where their archived applications sit now', () => {
    const people = [
      person('p1', [app(['Recruiter Screen', 'Onsite', 'Archived'], 'Archived')]),
      person('p2', [app(['Recruiter Screen', 'Archived'], 'Archived'), app(['Recruiter Screen', 'Onsite', 'Offer'], 'Offer')]),
      person('p3', [app(['Recruiter Screen'], 'Recruiter Screen')]),
    ];
    const counts = countValues(people, { stage: INSIGHT_DIMENSIONS.stage!, stageReached: INSIGHT_DIMENSIONS.stageReached! }, new Date());
    expect(Object.fromEntries(counts.get('stage')!)).toEqual({ Archived: 2, Offer: 1, 'Recruiter Screen': 1 });
    expect(Object.fromEntries(counts.get('stageReached')!)).toEqual({ 'Recruiter Screen': 3, Onsite: 2, Offer: 1 });
  });
});
