import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { openDb, type Db } from '../../store/db.js';
import { enrichAll } from '../enrich/enrich-candidates.js';
import { candidatesForJob } from './candidates-for-job.js';
import { onJobCreated } from './job-matches-store.js';
import { addApplication, addCandidate, addJob, seedPlan } from '../../../test/support/rediscover-mirror.js';

const resume = (title: string, from: number, skills: string) => `Experience
${title} Jan ${from} to Current
Built and ran production services.

Skills
${skills}`;

const DESCRIPTION = `Senior Software Engineer
We are looking for an engineer with 5+ years of experience building backend services in Go,
running them on Kubernetes and PostgreSQL, with Docker, Terraform and AWS.`;

describe('candidatesForJob on a hand-built mirror', () => {
  let db: Db;
  const deps = () => ({ db, embedder: createHashEmbedder(64) });

  beforeAll(() => {
    db = openDb(':memory:');
    seedPlan(db);
    addJob(db, 'job-new', 'Senior Software Engineer', DESCRIPTION);
    addJob(db, 'job-old', 'Software Engineer, Platform', 'Platform work.', 'Closed');
    addJob(db, 'job-acct', 'Staff Accountant', 'Ledgers.', 'Closed');
    addCandidate(db, 'alice', 'Alice Archer', { position: 'Software Engineer', resume: resume('Software Engineer', 2012, 'Go, Kubernetes, PostgreSQL, Docker, Terraform, AWS') });
    addCandidate(db, 'bob', 'Bob Baker', { position: 'Software Engineer', resume: resume('Software Engineer', 2012, 'Go, Kubernetes, PostgreSQL, Docker, Terraform, AWS') });
    addCandidate(db, 'erin', 'Erin Evans', { position: 'Software Developer', resume: resume('Software Developer', 2022, 'Go, Python') });
    addCandidate(db, 'carol', 'Carol Clark', { position: 'Accountant', resume: resume('Accountant', 2010, 'Excel, QuickBooks, SAP') });
    addCandidate(db, 'dave', 'Dave Doyle', { position: 'Software Engineer', resume: resume('Software Engineer', 2012, 'Go, Kubernetes, PostgreSQL, Docker, Terraform, AWS') });
    // Alice reached the onsite for a similar job and withdrew for timing; Bob was rejected there for skills.
    addApplication(db, { id: 'a1', candidateId: 'alice', jobId: 'job-old', status: 'Archived', through: ['s-screen', 's-tech', 's-onsite'], reasonId: 'r-timing', at: '2024-03-05T00:00:00.000Z' });
    addApplication(db, { id: 'a2', candidateId: 'bob', jobId: 'job-old', status: 'Archived', through: ['s-screen', 's-tech', 's-onsite'], reasonId: 'r-skills', at: '2023-09-01T00:00:00.000Z' });
    addApplication(db, { id: 'a3', candidateId: 'carol', jobId: 'job-acct', status: 'Archived', through: ['s-screen', 's-tech', 's-onsite', 's-offer'], reasonId: 'r-timing' });
    // Dave is in process for the new job already.
    addApplication(db, { id: 'a4', candidateId: 'dave', jobId: 'job-new', status: 'Active', through: ['s-screen'] });
    enrichAll(db, new Date('2024-06-01T00:00:00.000Z'));
  });
  afterAll(() => db.$client.close());

  it('ranks the right candidate first, leaves out those in process, and explains why', async () => {
    const { job, results } = await candidatesForJob(deps(), { jobId: 'job-new' });
    expect(job).toMatchObject({ id: 'job-new', occupationCode: '15-1252.00', yearsRequired: 5 });
    expect(job.skills).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'PostgreSQL', 'Docker', 'Terraform', 'Amazon Web Services']));
    expect(results.map((r) => r.candidateId)).toEqual(['alice', 'bob', 'erin', 'carol']);
    const [alice, bob, erin, carol] = results;
    // The hash embedder's similarity is arbitrary: its sentence is checked in the eval with the real encoder.
    // A past process leads (which job, how far, why they left), then the career, the resume's words, skills, years.
    expect(alice.reasons.filter((r) => !r.startsWith('A resume passage reads close'))).toEqual([
      'Reached Onsite for Software Engineer, Platform in 2024, withdrew for timing',
      'Same title as the job: current role Software Engineer (12.5 years, since 2012)',
      'Has 6 of 6 required skills: Go, Kubernetes, PostgreSQL, Docker, Terraform, …',
      "Resume uses the posting's key words: engineer, kubernetes, postgresql, docker",
      '12.4 years of experience by the dates on the resume; the role asks at least 5',
    ]);
    expect(alice.signals).toMatchObject({ sameOccupation: true, furthestStage: 'onsite' });
    expect(bob.signals.pipeline).toBeLessThan(0);
    expect(bob.reasons).toContain('Reached Onsite for Software Engineer, Platform in 2023, archived: lacks skills/qualifications');
    expect(erin.reasons).toContain('2.4 years of experience by the dates on the resume; the role asks at least 5');
    expect(carol.score).toBeLessThan(erin.score);
  });

  it('works from a pasted description and respects the limit', async () => {
    const { job, results } = await candidatesForJob(deps(), { description: DESCRIPTION, limit: 2 });
    expect(job).toMatchObject({ id: null, title: 'Senior Software Engineer' });
    // Without a job id nobody is excluded: Dave's record is as strong as Alice's minus her pipeline signal.
    expect(results.map((r) => r.candidateId)).toEqual(['alice', 'dave']);
  });

  it('refuses an unknown job and an empty request with coded errors', async () => {
    await expect(candidatesForJob(deps(), { jobId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(candidatesForJob(deps(), {})).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('stores the top matches when a job is created, replacing earlier ones', async () => {
    expect(await onJobCreated({ ...deps(), now: () => new Date('2024-06-02T00:00:00.000Z') }, 'job-new')).toBe(4);
    expect(await onJobCreated({ ...deps(), now: () => new Date('2024-06-03T00:00:00.000Z') }, 'job-new')).toBe(4);
    const rows = db.$client.prepare('SELECT candidate_id, rank, reasons, computed_at FROM job_matches WHERE job_id = ? ORDER BY rank').all('job-new') as {
      candidate_id: string; rank: number; reasons: string; computed_at: string;
    }[];
    expect(rows.map((r) => [r.candidate_id, r.rank])).toEqual([['alice', 1], ['bob', 2], ['erin', 3], ['carol', 4]]);
    expect(JSON.parse(rows[0].reasons)[1]).toMatch(/^Same title as the job/);
    expect(rows[0].computed_at).toBe('2024-06-03T00:00:00.000Z');
  });
});
