import { describe, expect, it } from 'vitest';
import { demoVocabulary } from '../../../evals/demo-vocabulary.js';
import { parseNaturalLanguage } from './offline-parser.js';
import { expandShorthand } from './shorthand.js';

/*
 * One test per generalising rule of issue 11's third round (nl-fresh misses), each on phrasings
 * that are not the eval's own.
 */

const vocab = demoVocabulary();
const now = new Date('2026-11-27T12:00:00Z');
const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;

describe('a reason clause carries its own negation', () => {
  it('reads a negated hiring/progress verb + cause as the reason itself (positive)', () => {
    expect(parse("people we didn't hire because of timing").filters).toEqual({ rejectionReason: ['Timing'] });
    expect(parse("people who weren't hired because of location").filters).toEqual({ rejectionReason: ['Location'] });
    expect(parse("folks we didn't move forward with due to comp").filters).toEqual({ rejectionReason: ['Compensation'] });
    expect(parse('never got an offer because they were overqualified').filters).toEqual({ rejectionReason: ['Overqualified'] });
  });

  it('reads a negated copula before a missing quality as the reason ("weren\'t a culture fit")', () => {
    expect(parse("applicants who weren't a culture fit").filters).toEqual({ rejectionReason: ['Culture'] });
    expect(parse("anyone who isn't qualified enough").filters).toEqual({ rejectionReason: ['Lacks Skills/Qualifications'] });
  });

  it('still excludes the reason after a negated REJECTION verb', () => {
    expect(parse("candidates who weren't rejected for comp").filters).toEqual({ exclude: { rejectionReason: ['Compensation'] } });
    expect(parse('not rejected because of location').filters).toEqual({ exclude: { rejectionReason: ['Location'] } });
  });
});

describe('chat shorthand and recruiting glue never stay as free text', () => {
  it('spells out shorthand, keeping upper-case acronyms', () => {
    expect(expandShorthand('ppl rejected bc of location w/ 5 yrs, at onsite rn')).toBe('people rejected because of location with 5 yrs, at onsite right now');
    expect(expandShorthand('telehealth RN w/o a visa')).toBe('telehealth RN without a visa');
    expect(expandShorthand('@rediscover anyone in Berlin').trim()).toBe('anyone in Berlin');
  });

  it('drops greetings, contractions, request verbs and requisition nouns, keeping skill words', () => {
    expect(parse('hey, can u grab me kafka folks we\'ve heard from, thanks').text).toBe('kafka heard');
    expect(parse("whoever's in Berlin for Sales department jobs").filters).toEqual({ location: ['Berlin'], department: ['Sales'] });
    expect(parse('rust roles - anyone in Berlin').text).toBe('rust');
  });
});

describe('a job named by part of its title', () => {
  const job = (text: string) => parse(text).filters?.job;
  it('reads acronyms, clipped words, inflections and reordered parts before a requisition word', () => {
    expect(job('onsite for the SDR role')).toEqual(['Sales Development Representative']);
    expect(job('who withdrew from the ML engineer job')).toEqual(['Machine Learning Engineer']);
    expect(job('people for the integrations software engineer position')).toEqual(['Software Engineer, Integrations']);
    expect(job('content marketing role, Berlin')).toEqual(['Content Marketing Manager']);
    expect(job('customer support req')).toEqual(['Customer Support Specialist']);
    expect(job('applied to the people ops manager position')).toEqual(['People Operations Manager']);
    expect(job('the fullstack role applicants')).toEqual(['Full Stack Engineer']);
  });

  it('never guesses between jobs, never takes a department, and leaves descriptions of people alone', () => {
    expect(job('the frontend role')).toBeUndefined(); // Senior Frontend Engineer or Frontend Engineer, Growth
    expect(job('any data role')).toBeUndefined(); // three titles have "data"
    expect(parse('applicants to sales roles').filters).toEqual({ department: ['Sales'] });
    expect(parse('SRE candidates in Berlin')).toEqual({ text: 'SRE', filters: { location: ['Berlin'] } });
    expect(job('data engineer candidates')).toBeUndefined();
    expect(job('pm role')).toBeUndefined(); // two-letter acronyms only in capitals
    // A title's stopword ("Head OF Data") never starts or ends a phrase, so a negation cue stays one.
    expect(parse('candidates outside of Job Board').filters).toEqual({ exclude: { source: ['Job Board'] } });
  });
});

describe('cue words around a mention are consumed with it', () => {
  it('department + requisition or pipeline noun, a one-word department before "candidates" stays a profession', () => {
    expect(parse('Data & ML applicants in Berlin').filters).toEqual({ department: ['Data & ML'], location: ['Berlin'] });
    expect(parse('Customer Success candidates').filters).toEqual({ department: ['Customer Success'] });
    expect(parse('Marketing department roles')).toEqual({ filters: { department: ['Marketing'] } });
    expect(parse('sales candidates')).toEqual({ text: 'sales', filters: {} });
  });

  it('reads reason, tag, recruiter, location and company cues in recruiter phrasing', () => {
    expect(parse('people we lost to a competing offer').filters).toEqual({ rejectionReason: ['Accepted Another Offer'] });
    expect(parse('flagged as boomerang').filters).toEqual({ tag: ['Boomerang'] });
    expect(parse('tagged either boomerang or top talent').filters).toEqual({ tag: ['Boomerang', 'Top Talent'] });
    expect(parse("reqs where Omar is the recruiter").filters).toEqual({ recruiter: ['Omar Haddad'] });
    expect(parse("anything on Maya's desk").filters).toEqual({ recruiter: ['Maya Patel'] });
    expect(parse('used to be at Stripe, now based in Lisbon').filters).toEqual({ pastCompany: ['Stripe'], location: ['Lisbon'] });
    expect(parse('stuck in onsite right now for Design department roles').filters).toEqual({ stage: ['Onsite'], department: ['Design'] });
    expect(parse('no active application').filters).toEqual({ exclude: { applicationStatus: ['Active'] } });
  });

  it('gives a date the key of the cue nearest to it', () => {
    expect(parse('applied in 2025 to the Controller job, with activity since October').filters).toEqual({ job: ['Controller'], applied: { after: '2025-01-01', before: '2026-01-01' }, updated: { after: '2026-10-01' } });
    expect(parse('last activity before 2024').filters).toEqual({ updated: { before: '2024-01-01' } });
  });
});

describe('dates', () => {
  it('reads "in <year>" as the closed calendar year, the current one too ("this year" stays open)', () => {
    expect(parse('applied in 2026').filters).toEqual({ applied: { after: '2026-01-01', before: '2027-01-01' } });
    expect(parse('rejected for timing during 2026').filters).toEqual({ rejectionReason: ['Timing'], updated: { after: '2026-01-01', before: '2027-01-01' } });
    expect(parse('applied this year').filters).toEqual({ applied: { after: '2026-01-01' } });
    expect(parse('applied in 2024').filters).toEqual({ applied: { after: '2024-01-01', before: '2025-01-01' } });
  });
});

describe('lists, speakers, people-named stages and typed Boolean punctuation', () => {
  it("a list's closing cue is consumed with the list", () => {
    expect(parse("rust engineers, don't include anyone Omar or Hannah sourced")).toEqual({ text: 'rust engineers', filters: { exclude: { recruiter: ['Omar Haddad', 'Hannah Schmidt'] } } });
  });

  it('a recruiter introducing themselves is who is asking, not a filter', () => {
    const parsed = parseNaturalLanguage('hi, Omar here: anyone in Berlin?', vocab, { now });
    expect(parsed.request).toEqual({ filters: { location: ['Berlin'] } });
    expect(parsed.notes.some((n) => /who is asking/.test(n))).toBe(true);
    expect(parse('this is Maya, onsite for the SDR role').filters).toEqual({ stageReached: ['Onsite'], job: ['Sales Development Representative'] });
  });

  it('a stage named after its people, in the plural, is the current stage', () => {
    expect(parse('new leads in Berlin').filters).toEqual({ stage: ['New Lead'], location: ['Berlin'] });
  });

  it('clause punctuation after typed Boolean is not part of the query', () => {
    expect(parse('rust AND tokio, in Lisbon')).toEqual({ boolean: 'rust AND tokio', filters: { location: ['Lisbon'] } });
  });
});

describe('declining an offer and phrase-level glue', () => {
  it('"didn\'t accept our offer" / "turned down the offer" reached the offer stage (never an exclusion of it)', () => {
    expect(parse("former interns who didn't accept our offer").filters).toEqual({ tag: ['Former Intern'], stageReached: ['Offer'] });
    expect(parse('candidates who turned down our offer').filters).toEqual({ applicationStatus: ['Archived'], stageReached: ['Offer'] });
    expect(parse('nobody who got an offer').filters).toEqual({ exclude: { stageReached: ['Offer'] } });
  });

  it('drops glue that is only glue as a phrase, keeping the same word as content', () => {
    expect(parse('show me peeps in our pipeline with kafka')).toEqual({ text: 'kafka', filters: {} });
    expect(parse('people with data pipeline experience').text).toBe('data pipeline');
    expect(parse('yo, who is in onsite right now').filters).toEqual({ stage: ['Onsite'] });
    expect(parse('heads up, anyone in Berlin who got rejected')).toEqual({ filters: { location: ['Berlin'], applicationStatus: ['Archived'] } });
  });
});

describe('a negated status that is also another mention\'s cue', () => {
  it('keeps its exclusion when that mention is positive ("not hired for the SRE role")', () => {
    expect(parse('anyone not hired for the SRE role').filters).toEqual({ exclude: { applicationStatus: ['Hired'] }, job: ['Site Reliability Engineer'] });
    expect(parse("people we didn't hire").filters).toEqual({ exclude: { applicationStatus: ['Hired'] } });
  });
});

describe('a list of statuses', () => {
  it('reads "active" after another status word as a status too', () => {
    expect(parse('hired or active customer success people')).toEqual({ text: 'customer success', filters: { applicationStatus: ['Hired', 'Active'] } });
  });
});

describe('a stage "before" is a stage not reached', () => {
  it('excludes the stage after before/prior to, reaches it after "after"', () => {
    expect(parse('people who bailed on us before the onsite').filters).toEqual({ rejectionReason: ['Withdrew'], exclude: { stageReached: ['Onsite'] } });
    expect(parse('rejected after the onsite').filters).toEqual({ applicationStatus: ['Archived'], stageReached: ['Onsite'] });
    expect(parse('nobody who dropped before onsite').filters).not.toHaveProperty('stageReached');
  });
});

describe('applying as a cue', () => {
  it('"applied via X" is a source cue; "N days of applicants" is an application date', () => {
    expect(parse('people that applied via the careers page')).toEqual({ filters: { source: ['Company Website'] } });
    expect(parse('the last 30 days of applicants').filters).toEqual({ applied: { after: '2026-10-28' } });
  });
});

describe('issue 11 round 4 rules (nlfix4)', () => {
  const vocab = demoVocabulary();
  const now = new Date('2026-11-27T12:00:00Z');
  const filters = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;
  it('reads limits after just/only/need, and never a count of years as a limit', () => {
    expect(filters('just 3 boomerangs in SF')).toMatchObject({ limit: 3, filters: { tag: ['Boomerang'], location: ['San Francisco'] } });
    expect(filters('only 5 referrals').limit).toBe(5);
    expect(filters('only 3 years of experience').limit).toBeUndefined();
  });
  it('reads no fewer than / not more than N years', () => {
    expect(filters('account managers with no fewer than 8 years').filters).toEqual({ yearsExperience: { min: 8 } });
    expect(filters('frontend engineers, not more than 4 yrs').filters).toEqual({ yearsExperience: { max: 4 } });
  });
  it('reads a stage after "currently at" as the stage, and "currently titled X" as the current title', () => {
    expect(filters('currently at Portfolio Review for the Staff Designer role').filters).toEqual({ stage: ['Portfolio Review'], job: ['Staff Designer'] });
    expect(filters('currently titled Senior Accountant, Finance department').filters).toEqual({ currentTitle: ['Senior Accountant'], department: ['Finance'] });
  });
  it('excludes past titles and companies named after a negated past verb', () => {
    expect(filters('applicants who were never a Financial Analyst').filters).toEqual({ exclude: { pastTitle: ['Financial Analyst'] } });
    expect(filters('people who have never been a Technical Recruiter').filters).toEqual({ exclude: { pastTitle: ['Technical Recruiter'] } });
    expect(filters("engineers who didn't work at Amazon").filters).toEqual({ exclude: { pastCompany: ['Amazon'] } });
  });
  it('maps location aliases after "based in", and dates "last quarter\'s applicants" as applied', () => {
    expect(filters('currently working at Datadog, based in NYC').filters).toMatchObject({ location: ['New York'] });
    expect(filters("last quarter's applicants").filters).toEqual({ applied: { after: '2026-07-01', before: '2026-10-01' } });
  });
  it('reads reason paraphrases that carry their own "not" as the reason', () => {
    expect(filters("people we couldn't agree with on comp").filters).toEqual({ rejectionReason: ['Compensation'] });
    expect(filters("candidates who didn't fit the culture").filters).toEqual({ rejectionReason: ['Culture'] });
  });
  it('keeps no dimension noun in the text when it stands before the negation ("any recruiter other than X")', () => {
    expect(filters('every recruiter except Omar').filters).toEqual({ exclude: { recruiter: ['Omar Haddad'] } });
    expect(filters('every recruiter except Omar').text).toBeUndefined();
  });
});

describe('issue 11 round 4: skill cues, degrees, past titles and schools (nlfix4)', () => {
  const vocab = demoVocabulary();
  const now = new Date('2026-11-27T12:00:00Z');
  const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;
  it('reads proficient/expertise in X and "who know X" as skills; "don\'t know X" excludes it', () => {
    expect(parse('anyone proficient in Snowflake or dbt').filters).toEqual({ skill: ['Snowflake', 'dbt'] });
    expect(parse('expertise in Salesforce').filters).toEqual({ skill: ['Salesforce'] });
    expect(parse("data engineers who don't know Scala").filters).toEqual({ exclude: { skill: ['Scala'] } });
    // Round 19: an account skill counts in lower case after "know" (nl-heldout21); an unknown lower-case word does not.
    expect(parse('frontend engineers who know react').filters).toEqual({ skill: ['React'] });
    expect(parse('frontend engineers who know webflow').filters).toEqual({});
  });
  it('reads a high school diploma, plural past titles, a trailing role acronym after ex-<company>, and a negated school', () => {
    expect(parse('support specialists with a high school diploma').filters).toEqual({ degree: ['high school'] });
    expect(parse('former Marketing Directors').filters).toEqual({ pastTitle: ['Marketing Director'] });
    expect(parse('ex-Amazon SDEs').filters).toEqual({ pastCompany: ['Amazon'] });
    expect(parse("engineers who didn't study at Stanford").filters).toEqual({ exclude: { school: ['Stanford'] } });
    expect(parse("engineers who didn't work at Amazon or Meta").filters).toEqual({ exclude: { pastCompany: ['Amazon', 'Meta'] } });
    expect(parse('recruiters with no Deloitte in their work history').filters).toEqual({ exclude: { pastCompany: ['Deloitte'] } });
    expect(parse('anyone with Shopify in their work history').filters).toEqual({ pastCompany: ['Shopify'] });
  });
});

describe('issue 11 round 4: dates by people, sources, reason inflections, skill shorthands (nlfix4)', () => {
  const vocab = demoVocabulary();
  const now = new Date('2026-11-27T12:00:00Z');
  const parse = (text: string) => parseNaturalLanguage(text, vocab, { now }).request;
  it('reads "2025 applicants" as the application year and "found us on X" as the source', () => {
    expect(parse('2025 applicants').filters).toEqual({ applied: { after: '2025-01-01', before: '2026-01-01' } });
    expect(parse('candidates who found us on a job board').filters).toEqual({ source: ['Job Board'] });
  });
  it('reads "the ghosters" as Unresponsive and skill shorthands as the canonical skill', () => {
    expect(parse('AE applicants minus the ghosters').filters?.exclude).toEqual({ rejectionReason: ['Unresponsive'] });
    expect(parse('k8s skills').filters).toEqual({ skill: ['Kubernetes'] });
    expect(parse('ex-Amazon SDEs')).toEqual({ filters: { pastCompany: ['Amazon'] }, text: 'SDEs' });
  });
  it('reads "X as a past title", "<stage> reached", and "applied to a <dept> department job"', () => {
    expect(parse('anyone with Platform Engineer as a past title').filters).toEqual({ pastTitle: ['Platform Engineer'] });
    expect(parse('Onsite reached').filters).toEqual({ stageReached: ['Onsite'] });
    expect(parse('anyone who applied to a Product department job').filters).toEqual({ department: ['Product'] });
  });
});

describe('round 5: negation after its value, removal lists, the team-side reason (nl-heldout4 kinds, other phrasings)', () => {
  it('never keeps a value positive before a removal participle ("X removed", "Y not included")', () => {
    const a = parse('Marketing department removed, anyone in London');
    expect(a.filters?.department).toBeUndefined();
    expect(a.filters?.location).toEqual(['London']);
    const b = parse('agency candidates not included please');
    expect(b.filters?.source).toBeUndefined();
    expect(parse('Omar Haddad ignored, show referrals').filters?.recruiter).toBeUndefined();
  });

  it('a removal verb reaches every value of its list, across kinds', () => {
    expect(parse("filter out agency and Omar's candidates").filters).toEqual({ exclude: { source: ['Agency'], recruiter: ['Omar Haddad'] } });
    expect(parse("remove DNC and anyone Priya owns").filters?.recruiter).toBeUndefined();
  });

  it("reads what the team could not do as the reason, not its exclusion", () => {
    expect(parse("people where we couldn't match their comp expectations").filters).toEqual({ rejectionReason: ['Compensation'] });
    expect(parse("the team couldn't afford their salary ask").filters?.exclude).toBeUndefined();
    expect(parse("candidates who weren't rejected for comp").filters).toEqual({ exclude: { rejectionReason: ['Compensation'] } });
  });
});

describe('round 6: postposed phrases with a "not", removal alone after a dash, negated lists across kinds', () => {
  it('"X not wanted - Y role" never excludes Y, and X is not positive', () => {
    const r = parse('agency candidates not wanted - Data Scientist role');
    expect(r.filters?.job).toEqual(['Data Scientist']);
    expect(r.filters?.source).toBeUndefined();
  });
  it('a removal phrase alone after a dash points at the segment before', () => {
    expect(parse('career fair folks — no thanks. Berlin only').filters?.source).toBeUndefined();
  });
  it('a value after "or" in a negated clause the parser could not bind is never positive', () => {
    expect(parse('Design dept, nobody from the Kotlin or Product Designer roles').filters?.job).toBeUndefined();
  });
  it('"aside from X" is still a cue before its value', () => {
    expect(parse('aside from Berlin, anyone tagged top talent').filters?.exclude).toEqual({ location: ['Berlin'] });
  });
});

describe('round 7: split removal verbs, "excl.", a people word inside a negated list, failed agreement on money', () => {
  it('"count X out" / "leave X out" never keeps X positive', () => {
    expect(parse('Berlin people, count the referrals out').filters?.source).toBeUndefined();
    expect(parse("leave Priya Raman's candidates out please").filters?.recruiter).toBeUndefined();
  });
  it('"excl." is "excluding"', () => {
    expect(parse('Data Scientist applicants excl. agency').filters).toEqual({ job: ['Data Scientist'], exclude: { source: ['Agency'] } });
  });
  it('a list member after "X people and" is never positive', () => {
    expect(parse('remove referral candidates and Berlin folks').filters?.location).toBeUndefined();
  });
  it('a failed agreement on money is the Compensation reason', () => {
    expect(parse('engineers who never aligned with us on comp').filters).toEqual({ rejectionReason: ['Compensation'] });
  });
});
