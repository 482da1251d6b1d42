import { describe, expect, it } from 'vitest';
import { parseExperience } from './work.js';

/*
 * Round j, G853: "User Experience and User Interaction Designer (Team Lead) Working with the whole project team…"
 * ran the title into its first duty, so the role had no title. Other phrasings here.
 */
describe('a title run into its first duty on one line', () => {
  it('reads the title before the duty', () => {
    const jobs = parseExperience(['March 2012 to May 2014 Company Name', 'Graphic and Web Designer (Contract) Creating brand assets for retail clients across three regions and their stores']);
    expect(jobs[0].title).toBe('Graphic and Web Designer (Contract)');
    const duty = parseExperience(['2009 to 2011 Company Name', 'Senior Payroll Analyst Responsible for the weekly and monthly payroll of 3,000 employees in four states']);
    expect(duty[0].title).toBe('Senior Payroll Analyst');
  });

  it('leaves a duty line and an unknown run of words untitled', () => {
    expect(parseExperience(['2009 to 2011 Company Name', 'Managed Accounts Receivable Reporting Developed new reports for the regional finance office'])[0].title).toBeNull();
    expect(parseExperience(['2009 to 2011 Company Name', 'The quick brown fox jumps Running over the lazy dog again and again'])[0].title).toBeNull();
  });
});
