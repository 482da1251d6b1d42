import { describe, expect, it } from 'vitest';
import { datedEmployers } from './dated-employers.js';

describe('roles dated by employer (rounds f and g: roles dated outside the work history)', () => {
  it('reads an employer with its place and a bracketed range, or a bracketed year', () => {
    expect(datedEmployers(['• Harbour Freight Holdings, Ltd.; Leeds, UK (1991-1996) REGIONAL CONTROLLER'])).toEqual([
      { employer: 'Harbour Freight Holdings, Ltd.', start: { year: 1991, month: 1 }, end: { year: 1996, month: 1 }, current: false },
    ]);
    expect(datedEmployers(['Northwind Traders Inc. (1999) Rebuilt the quarterly close'])).toEqual([
      { employer: 'Northwind Traders Inc.', start: { year: 1999, month: 1 }, end: { year: 1999, month: 1 }, current: false },
    ]);
    expect(datedEmployers(['Prior Roles: Blue Ridge Savings Bank (March 2001 to Current)'])).toMatchObject([{ employer: 'Blue Ridge Savings Bank', start: { year: 2001, month: 3 }, current: true }]);
  });

  it('puts back a bracket pdftotext split from its employer', () => {
    expect(datedEmployers(['EARLIER POSTS: Pacific Mills Corp.', '1988) Led the cost-accounting team'])).toMatchObject([
      { employer: 'Pacific Mills Corp.', start: { year: 1988, month: 1 } },
    ]);
  });

  it('reads no role from a bracketed year beside anything but an employer, nor from an internship or volunteer role', () => {
    expect(datedEmployers(['Migrated 40 servers to Windows Server (2012)'])).toEqual([]);
    expect(datedEmployers(['Bachelor of Science in Finance (2004)'])).toEqual([]);
    expect(datedEmployers(['Employee of the Year (2015)'])).toEqual([]);
    expect(datedEmployers(['Worked with Contoso Ltd. (2010) on a migration'])).toEqual([]);
    expect(datedEmployers(['Redwood Analytics Group (2013) Summer Intern'])).toEqual([]);
    expect(datedEmployers(['Volunteer: Harbor Relief Associates (2015-2017)'])).toEqual([]);
  });
});
