import { describe, expect, it } from 'vitest';
import { jobSpecOf } from './job-requirements.js';
import { lexicalScores } from './lexical.js';

/*
 * "Resume uses the posting's key words" quotes only words the posting says. Held-out round c quoted the
 * resume's "routers", "accounting" and "influencer" because they share a stem with the posting's "routing",
 * "accounts" and "influencing". The lines below are the postings' and resumes' own (Google row 580 with
 * LiveCareer 44185767, row 551 with 15119529, row 170 with 79759716), shortened.
 */

const quoted = (title: string, description: string, resume: string, other: string): string[] => {
  const job = jobSpecOf({ title, description });
  const scores = lexicalScores(job.keyTerms, [
    { candidateId: 'r', text: resume },
    { candidateId: 'o', text: other },
  ]);
  return scores.get('r')!.topTerms;
};

describe('key words a reason quotes', () => {
  it('does not quote a resume word that only shares a stem with the posting\'s word', () => {
    const routing = quoted(
      'Partner Specialist, SMB, Google Cloud',
      'Responsibilities:\nPartner with the SMB Product Support Manager to define and execute sales strategies, including lead routing, partner sales trainings.',
      'Performed system integration and administration on both tactical and strategic networks, including routers, switches, and satellite links. Sales support.',
      'Cashier at a grocery store.',
    );
    expect(routing).not.toContain('routers');
    expect(routing).toContain('sales');

    const accounts = quoted(
      'Account Manager, DoubleClick (Mandarin)',
      'Responsibilities:\nLead sales presentations and quarterly business reviews to key accounts.',
      'Addressed problems with accounting, billing and service delivery. Quarterly reviews of programmatic advertising.',
      'Cashier at a grocery store.',
    );
    expect(accounts).not.toContain('accounting');
    expect(accounts).toContain('quarterly');

    const influencing = quoted(
      'Manager, Measurement & Attribution Specialists',
      'Minimum qualifications:\nExperience working in cross-functional teams and influencing across levels.',
      'Led partnership strategies through organic and paid marketing channels including social, influencer, referral, email. Cross-functional analytics.',
      'Cashier at a grocery store.',
    );
    expect(influencing).not.toContain('influencer');
  });

  it('quotes the resume\'s form when it is the posting\'s word inflected, and prefers it over a derivation', () => {
    const terms = quoted(
      'Account Manager',
      'Responsibilities:\nLead quarterly business reviews to key accounts.',
      'Accounting, VC\nAccount Manager 06/2015 to 03/2017. Grew the accounts of three advertisers.',
      'Cashier at a grocery store.',
    );
    expect(terms).toContain('account');
    expect(terms).not.toContain('accounting');
  });

  // Round s (G225): the posting's "de-briefs" and a resume's "DE" (Delaware) were quoted as the key word "de".
  it('never quotes a prefix split off its word by a hyphen', () => {
    const terms = quoted(
      'Program Manager',
      'Responsibilities:\nRun co-located planning sessions and pre-launch reviews; re-prioritize non-critical launches.',
      'Program Manager, Acme Co., Denver, CO. Planning sessions for PRE and RE teams; launch reviews.',
      'Cashier at a grocery store.',
    );
    for (const fragment of ['co', 'pre', 're', 'non']) expect(terms).not.toContain(fragment);
    expect(terms).toContain('planning');
  });

  it('quotes a short word only when posting and resume write it alike, as a word or in capitals', () => {
    const terms = quoted(
      'Marketing Manager',
      'Responsibilities:\nJoin us to write ad hoc reports on SAP.',
      'Served in the US Army. Wrote ad hoc reports on SAP.',
      'Cashier at a grocery store.',
    );
    expect(terms).not.toContain('us');
    expect(terms).toEqual(expect.arrayContaining(['hoc', 'sap']));

    const lower = quoted(
      'Marketing Manager',
      'Responsibilities:\nPlan ad campaigns and ad hoc reports.',
      'Managed AD user accounts and AD group policy.',
      'Cashier at a grocery store.',
    );
    expect(lower).not.toContain('ad');
  });
});
