import { describe, expect, it } from 'vitest';
import { response, result } from '../../../test/support/slack/fake-deps.js';
import { formatSearchTable } from './search.js';

describe('formatSearchTable (the CLI for people)', () => {
  const person = result(1, {
    why: { ...result(1).why, snippet: 'Led **Kafka** migrations', summary: 'Backend Engineer at Company 1; mentions "kafka".' },
    applications: [
      { applicationId: 'A1', job: 'Sales Development Representative', stage: 'Application Review', status: 'Active', recruiter: null, updatedAt: '2026-10-02T00:00:00.000Z', stagesReached: ['Application Review'] },
      { applicationId: 'A2', job: 'Senior Backend Engineer', stage: 'Archived', status: 'Archived', recruiter: null, archiveReason: 'Timing', updatedAt: '2026-03-05T00:00:00.000Z', stagesReached: ['Recruiter Screen', 'Onsite', 'Archived'] },
    ],
  });

  it('shows where the person is and the application that explains the match, as Slack does', () => {
    const out = formatSearchTable(response([person]), { stageReached: ['Onsite'] }, false);
    expect(out).toContain('Candidate 1 — Backend Engineer @ Company 1 · Berlin, Germany');
    expect(out).toContain('     Onsite for Senior Backend Engineer · archived Mar 2026 (Timing) (+1 more)');
  });

  it('prints excerpt matches without markdown asterisks; bold only on a terminal', () => {
    expect(formatSearchTable(response([person]), {}, false)).toContain('     Led Kafka migrations');
    expect(formatSearchTable(response([person]), {}, true)).toContain('Led \u001b[1mKafka\u001b[22m migrations');
  });
});
