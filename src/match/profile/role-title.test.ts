import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { extractProfile } from './extract-profile.js';
import { dedupeTitle, tidyRole } from './role-title.js';

/*
 * Issue 12: doubled titles and employers written into titles reached "previously X" reasons as written.
 * The layouts below are the LiveCareer corpus's own (resume IDs given), with invented content around them.
 */

const profileOf = (text: string, candidate: { position?: string; company?: string } = {}) =>
  extractProfile({ candidate: { name: 'Resume 1', ...candidate }, resumeText: text, now: new Date('2016-06-01') });
const titles = (text: string) => profileOf(text).work.map((w) => [w.title, w.company]);

describe('role titles as LiveCareer lays them out', () => {
  it('keeps a title written twice once (26530575, 10724818, 37360517)', () => {
    expect(titles('FINANCE MANAGER\nProfessional Experience\nJanuary 2012 to January 2012\nFinance Manager Finance Manager\nRan the monthly close.')).toEqual([['Finance Manager', null]]);
    expect(titles('Experience\nExecutive Assistant Executive Assistant\nFebruary 2011 to July 2013 Company Name City , State\nKept calendars.')).toEqual([['Executive Assistant', null]]);
    expect(titles('Experience\n04/2001 to 07/2008\nFRONT DESK MANAGER FRONT DESK MANAGER Company Name City , State\nGreeted patients.')).toEqual([['FRONT DESK MANAGER', null]]);
  });

  it('keeps a department heading run into the title once (32977530, 23085604)', () => {
    expect(titles('Experience\nAccounts Receivable Accounts Receivable Specialist III 08/2000 to 06/2011 Company Name City , State\nPosted invoices.')).toEqual([
      ['Accounts Receivable Specialist III', null],
    ]);
    expect(titles('Experience\nExecutive Associate Producer Producer\nJanuary 1982 to January 1985 Company Name City , State\nProduced films.')).toEqual([['Executive Associate Producer', null]]);
  });

  it('reads the employer written after the title as the company (29926588)', () => {
    expect(titles('Experience\nSales Clerk for Franklin Baking Co. 10/2006 to 12/2006 Company Name City , State\nCounted stock.')).toEqual([['Sales Clerk', 'Franklin Baking Co.']]);
  });

  it('reads an employer written before the title as the company (47133747, 20314980)', () => {
    expect(titles('Experience\nHollywood Video - Store Manager 01/1998 to 01/2000\nRan the store.')).toEqual([['Store Manager', 'Hollywood Video']]);
    expect(titles('Experience\nExxonMobil - Senior Systems Technical Analyst Sep 2002 to Sep 2005\nCity , State\nSupported desktops.')).toEqual([
      ['Senior Systems Technical Analyst', 'ExxonMobil'],
    ]);
  });

  it('makes the "previously" title and the current title the role itself', () => {
    const profile = profileOf('FINANCE MANAGER FINANCE MANAGER\nSummary\nCPA.\nProfessional Experience\nJanuary 2012 to Current\nFinance Manager Finance Manager\nRan the close.');
    expect(profile.currentTitle?.value).toBe('Finance Manager');
    expect(profile.occupationCode).not.toBeNull();
  });
});

describe('tidyRole', () => {
  it('strips the employer the role already gives as its company', () => {
    expect(tidyRole('Senior Analyst Acme Corp', 'Acme Corp')).toEqual({ title: 'Senior Analyst', company: 'Acme Corp' });
    expect(tidyRole('Senior Analyst at Acme, Inc.', 'Acme')).toEqual({ title: 'Senior Analyst', company: 'Acme' });
    expect(tidyRole('Acme Corp - Senior Analyst', 'Acme Corporation')).toEqual({ title: 'Senior Analyst', company: 'Acme Corporation' });
    // The company as the whole title, or a title that only shares a word with it, stays.
    expect(tidyRole('Acme', 'Acme').title).toBe('Acme');
    expect(tidyRole('Marketing Manager', 'Marketing Solutions Inc').title).toBe('Marketing Manager');
  });

  it("strips Ashby's company from Ashby's position", () => {
    expect(profileOf('', { position: 'Senior Analyst Acme Corp', company: 'Acme Corp' }).currentTitle?.value).toBe('Senior Analyst');
  });

  it('names no employer from a legal word alone and keeps ordinary repeats of nothing', () => {
    expect(tidyRole('Teacher and Company', null)).toEqual({ title: 'Teacher and Company', company: null });
    expect(dedupeTitle('Vice President, Sales')).toBe('Vice President, Sales');
    expect(dedupeTitle('Engineer II')).toBe('Engineer II');
  });
});

/* The same resumes read from the corpus itself, when it is present. */
describe.skipIf(!process.env.LIVECAREER_CSV)('LiveCareer resumes with doubled titles and employers in titles', () => {
  it('reads each role once and without its employer', () => {
    const rows = parse(readFileSync(process.env.LIVECAREER_CSV!, 'utf8'), { columns: true }) as { ID: string; Resume_str: string }[];
    const byId = new Map(rows.map((r) => [r.ID, r.Resume_str]));
    const work = (id: string) => profileOf(byId.get(id)!).work.map((w) => `${w.title} | ${w.company}`);
    expect(work('26530575')).toContain('Finance Manager | null');
    expect(work('32977530')).toContain('Accounts Receivable Specialist III | null');
    expect(work('10724818')).toContain('Executive Assistant | null');
    expect(work('29926588')).toContain('Sales Clerk | Franklin Baking Co.');
    expect(work('47133747')).toContain('Store Manager | Hollywood video');
    expect(work('20314980')).toContain('Senior Systems Technical Analyst | ExxonMobil');
    for (const id of ['26530575', '32977530', '10724818', '37360517', '23085604', '13195436', '57706851']) {
      for (const line of work(id)) expect(line).not.toMatch(/\b(\w+(?: \w+)*) \1\b/i);
    }
  }, 60_000);
});
