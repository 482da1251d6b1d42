import { describe, expect, it } from 'vitest';
import { response, result } from '../../test/support/slack/fake-deps.js';
import { compactSearch, searchSummaryText } from './search-answer.js';

describe('compactSearch', () => {
  it('names the stage an archived application reached, and picks the application that reached the asked stage', () => {
    const person = result(1, {
      applications: [
        { applicationId: 'A1', job: 'Sales Development Representative', stage: 'Application Review', status: 'Active', recruiter: null, updatedAt: '2026-10-02T00:00:00.000Z', stagesReached: ['Application Review'] },
        { applicationId: 'A2', job: 'Senior Backend Engineer', stage: 'Archived', status: 'Archived', recruiter: null, archiveReason: 'Timing', updatedAt: '2026-03-05T00:00:00.000Z', stagesReached: ['Onsite', 'Final Round', 'Archived'] },
      ],
    });
    const out = compactSearch(response([person]), { facets: false, filters: { stageReached: ['Onsite'] } });
    expect(out.results[0]!.application).toEqual({ job: 'Senior Backend Engineer', stage: 'Final Round', status: 'Archived', reason: 'Timing', date: '2026-03-05' });
    expect(searchSummaryText(out)).toContain('Final Round for Senior Backend Engineer · Archived (Timing) · 2026-03-05 (+1 more)');
  });
});
