import { describe, expect, it } from 'vitest';
import { jobSpecOf } from './job-requirements.js';
import { maskOrganisationNames } from './organisation-names.js';

describe('organisation names are no skills', () => {
  it('a hiring team named in the responsibilities is no required skill a reason may name', () => {
    // Posting 1098 of the Google file: the five false reasons of the first reasons check.
    const recruiter = jobSpecOf({
      title: 'Recruiter, Google Cloud (Japanese or Korean)',
      description: [
        'Responsibilities:',
        'Source and attract candidates for Google Cloud across APAC through networking, sourcing, direct approach, referrals.',
        'Minimum qualifications:',
        '4 years of recruitment experience.',
      ].join('\n'),
    });
    expect(recruiter.askedSkills).not.toContain('Google Cloud Platform');
    // Its "networking" among sourcing, direct approach and referrals is professional networking, no computer skill
    // either (issue 12, the posting side of a word's sense: list-sense.ts).
    expect(recruiter.askedSkills).not.toContain('Networking');
  });

  it('keeps the name when a line asks for it as a skill', () => {
    const architect = jobSpecOf({
      title: 'Solutions Architect, Google Cloud',
      description: 'Minimum qualifications:\nExperience with Google Cloud or another public cloud.',
    });
    expect(architect.askedSkills).toContain('Google Cloud Platform');
    expect(jobSpecOf({ title: 'Engineer', description: 'Responsibilities:\nBuild services on GCP.' }).askedSkills).toContain('Google Cloud Platform');
  });

  it('masks only organisation mentions outside a skill context, keeping offsets', () => {
    const text = 'Join the YouTube team at Google Cloud; knowledge of Google Analytics.';
    const masked = maskOrganisationNames(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/YouTube|Google Cloud/);
    expect(masked).toContain('knowledge of Google Analytics');
  });
});
