import { describe, expect, it } from 'vitest';
import { visibilityFor } from '../../app/viewer.js';
import { loadConfig } from '../../shared/config.js';
import { hasCode } from '../../shared/errors.js';
import { openDb } from '../db.js';
import * as s from '../schema.js';
import { EMPTY_PROFILE, FULL_VISIBILITY, PUBLIC_VISIBILITY, isCurrentlyHired, parseStoredProfile, readCandidate, readCandidates, recruiterOfTeam, visibleRecord } from './index.js';

const AT = '2025-01-01T00:00:00.000Z';

function mirror() {
  const db = openDb(':memory:');
  db.insert(s.users).values([
    { id: 'U_REC', firstName: 'Riley', lastName: 'Recruiter', raw: {} },
    { id: 'U_CRED', firstName: 'Casey', lastName: 'Credited', raw: {} },
  ]).run();
  db.insert(s.jobs).values([
    { id: 'J_OPEN', title: 'Backend Engineer', status: 'Open', updatedAt: AT, raw: {}, mirroredAt: AT },
    { id: 'J_SECRET', title: 'Stealth Project Lead', status: 'Open', confidential: true, updatedAt: AT, raw: {}, mirroredAt: AT },
  ]).run();
  const candidate = (id: string) => ({ id, name: id, createdAt: AT, updatedAt: AT, raw: {}, mirroredAt: AT });
  db.insert(s.candidates).values([candidate('C1'), candidate('C2'), candidate('GONE')]).run();
  db.insert(s.candidateTombstones).values({ candidateId: 'GONE', reason: 'deleted', removedAt: AT }).run();
  const team = (userId: string, role: string) => ({ hiringTeam: [{ userId, role, firstName: 'On', lastName: 'Team' }] });
  db.insert(s.applications).values([
    // Credited to one user, recruited by another: the recruiter is the hiring team's Recruiter.
    { id: 'A1', candidateId: 'C1', jobId: 'J_OPEN', status: 'Hired', creditedToUserId: 'U_CRED', createdAt: AT, updatedAt: AT, raw: team('U_REC', 'Recruiter'), mirroredAt: AT },
    // Only a credited user and a hiring manager: no recruiter at all.
    { id: 'A2', candidateId: 'C1', jobId: 'J_SECRET', status: 'Active', creditedToUserId: 'U_CRED', createdAt: '2025-02-01T00:00:00.000Z', updatedAt: AT, raw: team('U_CRED', 'Hiring Manager'), mirroredAt: AT },
    { id: 'A3', candidateId: 'C2', jobId: 'J_SECRET', status: 'Active', createdAt: AT, updatedAt: AT, raw: team('U_UNKNOWN', 'recruiter'), mirroredAt: AT },
  ]).run();
  return db;
}

describe('the candidate read model', () => {
  it('takes the recruiter from the hiring team, never the credited-to user, and names users the same way everywhere', () => {
    const c1 = readCandidate(mirror(), 'C1')!;
    expect(c1.applications.map((a) => [a.id, a.recruiterUserId, a.recruiterName])).toEqual([
      ['A1', 'U_REC', 'Riley Recruiter'],
      ['A2', null, null],
    ]);
    // A recruiter not mirrored as a user is named as the hiring team names them; role titles compare case-insensitively.
    expect(readCandidate(mirror(), 'C2')!.applications[0]).toMatchObject({ recruiterUserId: 'U_UNKNOWN', recruiterName: 'On Team' });
    expect(recruiterOfTeam([{ userId: 'x', role: 'Sourcer' }, { userId: 'y', role: 'Recruiter' }])?.userId).toBe('y');
  });

  it('never returns tombstoned candidates, in batches or one at a time', () => {
    const db = mirror();
    expect(readCandidates(db, 'all').map((c) => c.id)).toEqual(['C1', 'C2']);
    expect(readCandidates(db, ['GONE', 'C2', 'nope']).map((c) => c.id)).toEqual(['C2']);
    expect(readCandidate(db, 'GONE')).toBeNull();
  });

  it('hides confidential applications, and candidates with only those, unless the viewer may see them', () => {
    const db = mirror();
    const [c1, c2] = readCandidates(db, 'all');
    expect(visibleRecord(c1!, PUBLIC_VISIBILITY)!.applications.map((a) => a.id)).toEqual(['A1']);
    expect(visibleRecord(c2!, PUBLIC_VISIBILITY)).toBeNull();
    expect(visibleRecord(c2!, FULL_VISIBILITY)).toBe(c2);
  });

  it('counts as hired only a Hired application not archived since', () => {
    expect(isCurrentlyHired([{ status: 'Hired', archivedAt: null }])).toBe(true);
    expect(isCurrentlyHired([{ status: 'Hired', archivedAt: AT }, { status: 'Archived', archivedAt: AT }])).toBe(false);
    expect(isCurrentlyHired([{ status: 'Active', archivedAt: null }])).toBe(false);
  });
});

describe('parseStoredProfile', () => {
  it('reads a complete profile exactly, and keeps what still fits of an older or partial one', () => {
    const full = { ...EMPTY_PROFILE, headline: 'Engineer', skills: [{ value: 'Go', source: 'resume', confidence: 1 }] };
    expect(parseStoredProfile(JSON.stringify(full))).toEqual(full);
    const partial = parseStoredProfile({ currentTitle: { value: 'Chef', source: 'resume', confidence: 1 }, skills: [{ value: 'Baking', source: 'resume', confidence: 1 }, { bad: true }], yearsExperience: 'many' });
    expect(partial).toMatchObject({ currentTitle: { value: 'Chef' }, skills: [{ value: 'Baking' }], yearsExperience: null, work: [], highestDegree: 'none' });
  });

  it('reads garbage as no profile', () => {
    expect(parseStoredProfile('not json')).toBeNull();
    expect(parseStoredProfile('[1,2]')).toBeNull();
    expect(parseStoredProfile(null)).toBeNull();
  });
});

describe('REDISCOVERY_CONFIDENTIAL_ACCESS', () => {
  const access = (value: string | undefined) => loadConfig({ REDISCOVERY_CONFIDENTIAL_ACCESS: value }).REDISCOVERY_CONFIDENTIAL_ACCESS;

  it('grants listed actors (Slack ids bare or prefixed, MCP transports, cli), everyone with all, nobody by default', () => {
    const listed = access('U123ABC, mcp:stdio');
    expect(visibilityFor(listed, 'slack:U123ABC')).toBe(FULL_VISIBILITY);
    expect(visibilityFor(listed, 'mcp:stdio')).toBe(FULL_VISIBILITY);
    expect(visibilityFor(listed, 'mcp:http')).toBe(PUBLIC_VISIBILITY);
    expect(visibilityFor(listed, 'slack')).toBe(PUBLIC_VISIBILITY);
    expect(visibilityFor(access('all'), 'slack')).toBe(FULL_VISIBILITY);
    expect(visibilityFor(access(undefined), 'cli')).toBe(PUBLIC_VISIBILITY);
  });

  it('refuses an entry it does not understand, naming it and what is accepted', () => {
    let error: unknown;
    try {
      access('U123ABC, everyone');
    } catch (e) {
      error = e;
    }
    expect(hasCode(error, 'config_invalid')).toBe(true);
    expect((error as Error).message).toMatch(/REDISCOVERY_CONFIDENTIAL_ACCESS: unknown entries "everyone": give all, or Slack user ids/);
  });
});
