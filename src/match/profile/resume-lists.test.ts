import { describe, expect, it } from 'vitest';
import { parseStoredProfile } from '../../store/read-model/profile.js';
import { extractProfile } from './extract-profile.js';

/*
 * A labelled fixture in synthetic text (the resume corpora may not be redistributed): every group,
 * interest and award a reader would list, and the near misses that must not count.
 */
const RESUME = `Jordan Example
Senior Accountant
Experience
Senior Accountant 01/2019 to Current
Northwind Traders - City , State
Closed the books monthly for 14 entities.
Achievements
Reduced close time from 10 to 6 days.
Awards: Employee of the month, March 2021
Prepared consolidated statements.
Accomplishments
Cut audit findings by 40% across two years.
Received the Northwind President's Award for Excellence in 2020.
Named to the Dean's List four semesters.
Professional Affiliations
Member, American Institute of Certified Public Accountants (AICPA) (2015 - present)
Board Member, Springfield Chamber of Commerce
Toastmasters International - Treasurer, 2018
Volunteer Work
Food bank shift lead every Saturday
Interests
Rock Climbing, chess, Trail running and Jazz Piano.
I also enjoy cooking for friends.
Honors & Awards
2019 CPA Society Young Leader Award
DEAN'S LIST, Fall 2012
Scholarship recipient: Springfield Accounting Scholarship
Activities and Honors
Beta Alpha Psi; Golden Key International Honour Society
Summa Cum Laude`;

const profile = extractProfile({ candidate: { name: 'Jordan Example' }, resumeText: RESUME, now: new Date('2026-01-01T00:00:00Z') });
const values = (facts: { value: string }[]) => facts.map((f) => f.value);

describe('groups, interests and honors from resume sections', () => {
  it('reads groups without the role or dates, and no volunteer work', () => {
    expect(values(profile.groups)).toEqual([
      'American Institute of Certified Public Accountants (AICPA)',
      'Springfield Chamber of Commerce',
      'Toastmasters International',
      'Beta Alpha Psi',
      'Golden Key International Honour Society',
    ]);
  });

  it('reads interests as sentence-case list entries', () => {
    expect(values(profile.interests)).toEqual(['Rock climbing', 'Chess', 'Trail running', 'Jazz piano', 'Cooking for friends']);
  });

  it('reads every honors item, award phrases only from accomplishments, and never a work result', () => {
    expect(values(profile.honors)).toEqual([
      'Employee of the Month',
      'CPA Society Young Leader Award',
      "Dean's List",
      'Springfield Accounting Scholarship',
      'Summa Cum Laude',
      "Northwind President's Award for Excellence",
    ]);
    expect(values(profile.honors).join(' ')).not.toMatch(/close time|audit findings/);
  });

  it('keeps the job going after an inline "Awards:" line', () => {
    const without = extractProfile({ candidate: { name: 'Jordan Example' }, resumeText: RESUME.replace(/^Awards: .*\n/m, ''), now: new Date('2026-01-01T00:00:00Z') });
    expect(profile.work).toEqual(without.work);
    expect(profile.work[0]).toMatchObject({ title: 'Senior Accountant', start: '2019-01', current: true });
  });

  it('bounds values and reads old stored profiles without the new fields', () => {
    for (const f of [...profile.groups, ...profile.interests, ...profile.honors]) expect(f.value.length).toBeLessThanOrEqual(80);
    const { groups: _g, interests: _i, honors: _h, ...old } = profile;
    expect(parseStoredProfile(JSON.stringify(old))).toMatchObject({ groups: [], interests: [], honors: [], skills: profile.skills });
    const tooLong = parseStoredProfile({ ...profile, groups: [{ value: 'x'.repeat(200), source: 'resume', confidence: 0.8 }, profile.groups[0]] });
    expect(tooLong!.groups).toEqual([profile.groups[0]]);
  });
});
