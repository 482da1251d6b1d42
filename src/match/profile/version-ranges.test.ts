import { describe, expect, it } from 'vitest';
import { findDateRange } from './dates.js';

describe('a range of years after a software product is its versions, not a role (round j, G243)', () => {
  it('reads no range from product versions', () => {
    for (const line of [
      'Installed and troubleshot end user software (Microsoft Office 2003-2008 including Outlook).',
      'MS Office 2003-2010 (Excel, Access, Word, Power Point)',
      'Windows Server 2000-2012, Active Directory, Exchange Server 2010-2013/VMWare vSphere',
      'Advanced experience with: Microsoft Visio, 2008-2010',
      'Increased reliability of company email by migrating from Microsoft Exchange 2010 to 2016.',
      'Supported QuickBooks 2012 - 2015 for the finance team',
      'MS SQL Server 2000-2008, UNIX, Linux',
    ]) {
      expect(findDateRange(line), line).toBeNull();
    }
  });

  it('keeps a workplace or a job named like a product, and a real range later on the line', () => {
    expect(findDateRange('Dental Office 2003-2008 Front Desk Receptionist')).toMatchObject({ start: { year: 2003 }, end: { year: 2008 } });
    expect(findDateRange('Server 2003-2008 Olive Garden City , State')).toMatchObject({ start: { year: 2003 } });
    expect(findDateRange('Office Manager 2003 - 2008 Company Name')).toMatchObject({ start: { year: 2003 } });
    const later = findDateRange('Help desk (MS Office 2007-2010 support) 06/2012 to 08/2014 Company Name');
    expect(later).toMatchObject({ start: { year: 2012, month: 6 }, end: { year: 2014, month: 8 } });
    expect(later && later.text.trim()).toBe('06/2012 to 08/2014');
  });
});
