import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../store/db.js';
import { getCandidateProfile } from './candidate-profile.js';
import { FIXTURE_RESUME, seedMirror } from '../../test/support/fixed-mirror.js';

describe('getCandidateProfile', () => {
  let db: Db;
  beforeEach(() => {
    db = openDb(':memory:');
    seedMirror(db);
  });

  it('returns ATS data, applications with history, attachments, enrichment and duplicates', () => {
    const v = getCandidateProfile(db, 'C1', { includeResume: true })!;
    expect(v.name).toBe('Ada Lovelace');
    expect(v.contact.emails.map((e) => e.value)).toEqual(['ada@example.com', 'ada@work.example']);
    expect(v.contact.emails[0].isPrimary).toBe(true);
    expect(v.contact.phones).toHaveLength(1);
    expect(v.contact.socialLinks.map((l) => l.type)).toEqual(['LinkedIn', 'GitHub']);
    expect(v).toMatchObject({ location: 'London, UK', tags: ['Silver medalist'], source: 'Referral', creditedTo: 'Riley Recruiter' });
    expect(v.applications).toHaveLength(2);
    expect(v.applications[0]).toMatchObject({
      job: 'Senior Backend Engineer',
      stage: 'Onsite',
      status: 'Archived',
      recruiter: 'Riley Recruiter',
      source: 'Referral',
      archiveReason: 'Lacks Skills/Qualifications',
    });
    expect(v.applications[0].stageHistory.map((h) => h.stage)).toEqual(['Application Review', 'Phone Screen', 'Onsite']);
    // recruiter from the hiring team when no recruiter user is mirrored
    expect(v.applications[1]).toMatchObject({ job: 'Data Scientist', recruiter: 'Casey Coordinator', source: 'LinkedIn', archiveReason: null });
    expect(v.attachments).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'portfolio.docx', extractionStatus: 'failed', extractionError: 'unsupported file type' })]),
    );
    expect(v.enrichment?.currentTitle?.value).toBe('Senior Backend Engineer');
    expect(v.resumeText).toBe(FIXTURE_RESUME);
    expect(v.duplicates).toEqual([
      { candidateId: 'C2', name: 'Ada King', profileUrl: 'https://app.ashbyhq.com/candidates/C2', confidence: 0.93, reasons: ['same email'] },
    ]);
  });

  it('omits resume text unless asked, and finds duplicates from either side of the link', () => {
    expect(getCandidateProfile(db, 'C1')!.resumeText).toBeNull();
    expect(getCandidateProfile(db, 'C2')!.duplicates.map((d) => d.candidateId)).toEqual(['C1']);
  });

  it('handles a bare candidate and an unknown id', () => {
    const v = getCandidateProfile(db, 'C3', { includeResume: true })!;
    expect(v).toMatchObject({ applications: [], enrichment: null, resumeText: null, duplicates: [], tags: [] });
    expect(getCandidateProfile(db, 'nope')).toBeNull();
  });
});
