import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';

/*
 * Issue 11, round 8 (the misses of nl-heldout7, generalised): each rule is tested on phrasings invented
 * here, not on the batch's own requests.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('a list member made of a rejection verb and its reason carries the negation', () => {
  it('excludes both after a removal verb, through a people word', () => {
    expect(parse('skip referrals and people rejected for timing').filters).toEqual({ exclude: { source: ['Referral'], rejectionReason: ['Timing'] } });
    expect(parse('designers, drop the Berlin folks and anyone archived due to location').filters).toEqual({ exclude: { location: ['Berlin'], rejectionReason: ['Location'] } });
    expect(parse('leave out LinkedIn people and those rejected over salary').filters).toEqual({ exclude: { source: ['LinkedIn'], rejectionReason: ['Compensation'] } });
  });

  it('refuses the member, never keeping it positive, where the cue does not take a list', () => {
    const parsed = parse('not from agency and anyone rejected for comp');
    expect(parsed.filters).toEqual({ exclude: { source: ['Agency'] } });
    expect(parsed.text).toMatch(/comp/);
    expect(parse('designers not sourced by Maya or people rejected for timing').filters?.rejectionReason).toBeUndefined();
  });
});

describe('a removal word after its object binds when the clause is only that object', () => {
  it('excludes one value, a list of values of any kinds, and the object of a split verb', () => {
    expect(parse('data scientists in Austin, the LinkedIn ones excluded').filters).toEqual({ location: ['Austin'], exclude: { source: ['LinkedIn'] } });
    expect(parse('Marcus Johnson and the referral people aside, who has Figma skills?').filters).toEqual({ skill: ['Figma'], exclude: { recruiter: ['Marcus Johnson'], source: ['Referral'] } });
    expect(parse('Dublin or Lisbon not wanted: designers').filters).toEqual({ exclude: { location: ['Dublin', 'Lisbon'] } });
    expect(parse('Product dept, count the silver medalists out').filters).toEqual({ department: ['Product'], exclude: { tag: ['Silver Medalist'] } });
    expect(parse('Seattle engineers, Sales dept removed').filters).toEqual({ location: ['Seattle'], exclude: { department: ['Sales'] } });
  });

  it('refuses, never keeping positive, when the clause says more than its object', () => {
    for (const request of ['Python engineers in Berlin excluded', 'Berlin agency excluded, designers', 'designers who came from LinkedIn with Figma skills excluded']) {
      const parsed = parseNaturalLanguage(request, vocab, { now });
      expect(parsed.request.filters).toEqual({});
      expect(parsed.notes.join(' ')).toMatch(/Not understood whether/);
    }
  });

  it('leaves a forward cue that starts with the same word to the forward reading', () => {
    expect(parse('aside from Lisbon, anyone tagged Top Talent').filters).toEqual({ tag: ['Top Talent'], exclude: { location: ['Lisbon'] } });
  });
});

describe('exclusion cue words and typos the parser binds', () => {
  it('reads "bar" at a clause start, "save for" and "any <dimension> but" as exclusions', () => {
    expect(parse('Data Scientist applicants, bar the LinkedIn ones').filters).toEqual({ job: ['Data Scientist'], exclude: { source: ['LinkedIn'] } });
    expect(parse('boomerangs in Austin, save for the referrals').filters).toEqual({ tag: ['Boomerang'], location: ['Austin'], exclude: { source: ['Referral'] } });
    expect(parse('designers who came from any channel but Agency').filters).toEqual({ exclude: { source: ['Agency'] } });
    expect(parse('Seattle folks currently in any stage but Hiring Manager Screen or Onsite').filters).toEqual({ location: ['Seattle'], exclude: { stage: ['Hiring Manager Screen', 'Onsite'] } });
  });

  it('keeps "bar" as a noun elsewhere: it never becomes a filter it might negate', () => {
    expect(parse('engineers who raised the bar in Berlin').filters?.location).toBeUndefined();
  });

  it('corrects a dropped or swapped letter in a short negation cue, never a changed one', () => {
    const parsed = parseNaturalLanguage('Android Engineer applicants who nevr reached Onsite', vocab, { now });
    expect(parsed.request.filters).toEqual({ job: ['Android Engineer'], exclude: { stageReached: ['Onsite'] } });
    expect(parsed.notes.join(' ')).toMatch(/Read "nevr" as "never"/);
    expect(parse('Austin people, anyone exept Priya Raman\'s').filters).toEqual({ location: ['Austin'], exclude: { recruiter: ['Priya Raman'] } });
    expect(parse('engineers wihtout Kafka').boolean).toBe('-"Kafka"');
    expect(parseNaturalLanguage('newer candidates in Berlin', vocab, { now }).request.filters).toEqual({ location: ['Berlin'] });
  });
});

describe('schools and employers excluded by the shape of the sentence', () => {
  it('"didn\'t attend", "went to school anywhere but", "worked at X but never at Y"', () => {
    expect(parse('PMs who did not attend Stanford').filters).toEqual({ exclude: { school: ['Stanford'] } });
    expect(parse('nurses who went to college anywhere but Duke or Emory').filters).toEqual({ exclude: { school: ['Duke', 'Emory'] } });
    expect(parse('engineers who worked for Google and not for Meta').filters).toEqual({ pastCompany: ['Google'], exclude: { pastCompany: ['Meta'] } });
  });
});

describe('a contrast word after a field named explicitly negates the whole list on that field', () => {
  it('open fields and statuses: titles, schools, companies, application status', () => {
    expect(parse('Denver folks, job title other than Product Manager or UX Designer').filters).toEqual({ location: ['Denver'], exclude: { currentTitle: ['Product Manager', 'UX Designer'] } });
    expect(parse('grads of any university except Stanford or Oxford').filters).toEqual({ exclude: { school: ['Stanford', 'Oxford'] } });
    expect(parse('referrals with application status other than Archived or Active').filters).toEqual({ source: ['Referral'], exclude: { applicationStatus: ['Archived', 'Active'] } });
  });

  it('leaves account values after "any source other than" to their own cue', () => {
    expect(parse('people who came from any source other than Referral or Agency').filters).toEqual({ exclude: { source: ['Referral', 'Agency'] } });
  });
});

describe('a refusal of people whose own clause is negated is positive when clearly scoped', () => {
  it('reads removal verbs + people + an inner "not"/"without" as the positive filter', () => {
    expect(parse('skip anyone not tagged Top Talent').filters).toEqual({ tag: ['Top Talent'] });
    expect(parse('Data Scientist job, drop candidates who never reached Final Round').filters).toEqual({ job: ['Data Scientist'], stageReached: ['Final Round'] });
    expect(parse("exclude everyone who isn't in Austin or Denver").filters).toEqual({ location: ['Austin', 'Denver'] });
    expect(parse('remove anybody without a master\'s').filters).toEqual({ degree: ['master'] });
    expect(parse("don't give me anyone who doesn't know Terraform").filters).toEqual({ skill: ['Terraform'] });
  });

  it('a negated field every application has: "remove anyone whose current stage isn\'t Offer"', () => {
    expect(parse("Product dept, leave out anyone whose application status isn't Hired").filters).toEqual({ department: ['Product'], applicationStatus: ['Hired'] });
    // A profile field may be missing, so "not (school ≠ X)" has no exact reading: refused.
    const school = parseNaturalLanguage("drop anyone whose school isn't Stanford", vocab, { now });
    expect(school.request.filters?.school).toBeUndefined();
    expect(school.request.filters?.exclude?.school).toBeUndefined();
  });

  it('never excludes a free word under a double negation ("exclude anybody without Kafka")', () => {
    const parsed = parseNaturalLanguage('skip everyone without airflow', vocab, { now });
    expect(parsed.request.boolean).toBeUndefined();
    expect(parsed.request.text).toMatch(/airflow/);
    expect(parsed.notes.join(' ')).toMatch(/double negation/);
  });

  it('a degree followed by "from the <job> applicants" is no school', () => {
    expect(parse('PhD holders from the Data Scientist applicants').filters?.school).toBeUndefined();
  });
});

describe('other round-8 rules', () => {
  it('a plural department word after a list names every member ("the People and Sales departments")', () => {
    expect(parse('Austin folks outside the People and Design departments').filters).toEqual({ location: ['Austin'], exclude: { department: ['People', 'Design'] } });
    expect(parse('candidates in the Sales and People teams').filters).toEqual({ department: ['Sales', 'People'] });
  });

  it('a count after "grab" is a limit', () => {
    expect(parse('can you grab 8 data engineers').limit).toBe(8);
    expect(parse('grab me five designers in Lisbon').limit).toBe(5);
  });

  it('"nobody has reached out to … in N <unit>" bounds the last activity', () => {
    expect(parse('Berlin folks no one has emailed them in over 6 months').filters?.updated).toEqual({ before: '2026-05-27' });
  });

  it('a skill of several words after "without" is excluded whole', () => {
    expect(parse('iOS people without React Native').boolean).toBe('-"React Native"');
  });

  it('"whose degree isn\'t …" uses up the field noun', () => {
    expect(parse("Denver applicants whose highest degree isn't a master's").text).toBeUndefined();
  });

  it('a reason clause with what the team could not do inside it is the reason, with no status', () => {
    expect(parse("designers we didn't pick because the team couldn't meet their salary ask").filters).toEqual({ rejectionReason: ['Compensation'] });
  });

  it('a title after a negated copula and "currently" is the current title, not a department', () => {
    expect(parse("engineers who aren't currently Product Managers").filters).toEqual({ exclude: { currentTitle: ['Product Manager'] } });
    expect(parse('people who are now a Sales Manager').filters).toEqual({ currentTitle: ['Sales Manager'] });
  });

  it('a misspelt word may complete a weak value into a stronger one ("recruter screen")', () => {
    expect(parse('who reached the recruter screen').filters).toEqual({ stageReached: ['Recruiter Screen'] });
  });
});

describe('round-8 rules found on the other development sets', () => {
  it('a postposed word alone in its clause, and a reason with its "rejections" tail', () => {
    expect(parse('LinkedIn folks - no thanks. Data Scientist role').filters).toEqual({ job: ['Data Scientist'], exclude: { source: ['LinkedIn'] } });
    expect(parse('Design dept, timing rejections excluded').filters).toEqual({ department: ['Design'], exclude: { rejectionReason: ['Timing'] } });
  });

  it('"pass on anyone who isn\'t …" is a clearly scoped double negation', () => {
    expect(parse("pass on anyone who isn't tagged Boomerang").filters).toEqual({ tag: ['Boomerang'] });
  });

  it('reads "we couldn\'t meet their comp ask" whole as the reason', () => {
    expect(parse("we couldn't match their salary ask, Controller role").text).toBeUndefined();
  });

  it('"didn\'t hear back from" is Unresponsive', () => {
    expect(parse("folks we didn't hear back from in Denver").filters).toEqual({ rejectionReason: ['Unresponsive'], location: ['Denver'] });
  });

  it('past employers and titles after "never been at", "hasn\'t been a", "X in their work history"', () => {
    expect(parse("PMs who haven't been at Stripe").filters).toEqual({ exclude: { pastCompany: ['Stripe'] } });
    expect(parse('Finance dept, never previously been a Controller').filters).toEqual({ department: ['Finance'], exclude: { pastTitle: ['Controller'] } });
    expect(parse('Data Scientist in their work history').filters).toEqual({ pastTitle: ['Data Scientist'] });
  });

  it('a school list stops before a department or role after a comma', () => {
    expect(parse('grads of Stanford, Design dept').filters).toEqual({ school: ['Stanford'], department: ['Design'] });
  });

  it('a count opening the request is the limit, never years', () => {
    expect(parse('20 designers in Berlin').limit).toBe(20);
    expect(parse('3 years of Python').limit).toBeUndefined();
    expect(parse('5-7 yrs backend').limit).toBeUndefined();
  });

  it('a department noun right after a department name is its suffix ("Sales dept people")', () => {
    expect(parse('Sales dept people in Chicago').filters).toEqual({ department: ['Sales'], location: ['Chicago'] });
  });
});

describe('lists that repeat their cue, and a negated recruiter inside a refusal of people', () => {
  it('"not rejected for timing or for location" excludes both', () => {
    expect(parse('engineers not rejected for timing or for location').filters).toEqual({ exclude: { rejectionReason: ['Timing', 'Location'] } });
    expect(parse('designers who are not in Austin or in Boston').filters).toEqual({ exclude: { location: ['Austin', 'Boston'] } });
  });

  it('"drop everyone Hannah never screened" keeps Hannah positive', () => {
    expect(parse('drop everyone Hannah never screened').filters).toEqual({ recruiter: ['Hannah Schmidt'] });
    expect(parse('people Hannah never screened').filters).toEqual({ exclude: { recruiter: ['Hannah Schmidt'] } });
  });
});

describe('a list member that repeats the head\'s cue is never left positive', () => {
  it('refuses the member (and its repeated cue words) when the negation was not carried', () => {
    for (const request of ['designers nobody who applied to Data Scientist or applied to Controller', 'no one who reached Onsite or reached Offer, in Berlin', 'people not sourced by Maya or sourced by Omar']) {
      const filters = parse(request).filters ?? {};
      expect(filters.job ?? [], request).toEqual([]);
      expect(filters.stageReached ?? [], request).toEqual([]);
      expect(filters.recruiter ?? [], request).toEqual([]);
      expect(filters.source ?? [], request).toEqual([]);
    }
  });

  it('leaves a new clause after "and" alone ("didn\'t withdraw and reached Final Round")', () => {
    expect(parse("people who didn't withdraw and reached Final Round").filters).toEqual({ stageReached: ['Final Round'], exclude: { rejectionReason: ['Withdrew'] } });
  });
});
