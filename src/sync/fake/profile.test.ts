import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../match/profile/extract-profile.js';
import { JOB_FAMILIES } from './vocabulary.js';
import { generateProfile, profileResumeText } from './profile.js';

/*
 * The demo account's resumes read back by the product's profile reader: every past role's title and
 * employer apart, as the generator wrote them. Each role line was "Title, Employer", which a reader
 * cannot tell from a title and its field ("Software Engineer, Payments"), so the demo's past titles
 * read "User Experience Designer Harbor Biotech" with no employer (issue 15).
 */
const AS_OF = Date.UTC(2026, 10, 1);

describe('demo resumes through the profile reader', () => {
  it('reads each role as the generator wrote it: title, employer and dates', () => {
    let roles = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const family = JOB_FAMILIES[seed % JOB_FAMILIES.length]!;
      const synthetic = generateProfile(seed * 7919, family.key, AS_OF);
      const name = `${synthetic.firstName} ${synthetic.lastName}`;
      const text = profileResumeText(synthetic, { name, email: null, phone: null, linkedIn: null });
      const read = extractProfile({ candidate: { name }, resumeText: text, now: new Date(AS_OF) });
      const ym = (m: { month: number; year: number } | null) => (m ? `${m.year}-${String(m.month).padStart(2, '0')}` : null);
      const expected = synthetic.experiences.map((e) => ({ title: e.title, company: e.company, start: ym(e.start), end: ym(e.end), current: e.end === null }));
      expect(read.work.map((w) => ({ title: w.title, company: w.company, start: w.start, end: w.end, current: w.current })), text).toEqual(expected);
      roles += expected.length;
    }
    expect(roles).toBeGreaterThan(200);
  });
});
