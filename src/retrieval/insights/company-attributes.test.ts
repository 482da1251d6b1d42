import { describe, expect, it } from 'vitest';
import type { CatalogCandidate } from '../catalog/types.js';
import { parseCompanyAttributes } from './company-attributes.js';
import { computeInsights } from './insights.js';

function person(id: string, currentCompany: string | null): CatalogCandidate {
  return {
    id, name: id, profileUrl: null, createdAt: '2024-01-01T00:00:00Z', lastActivityAt: '2025-01-01T00:00:00Z', sourceId: null, sourceTitle: null,
    tagIds: [], tagTitles: [], currentTitle: null, titles: [], currentCompany, companies: currentCompany ? [currentCompany] : [], location: null,
    skills: [], yearsExperience: null, yearsInRole: null, schools: [], degrees: [], highestDegree: null, majors: [], applications: [],
  };
}

const FILE = 'Company,Industry,Size\n"Acme, Inc.",Manufacturing,51-200\nGlobex GmbH,Software,"1,001-5,000"\nInitech,,11-50\n\nACME,Retail,1\n';

describe('company attributes file', () => {
  it('joins on the company key identity resolution uses: case, accents, punctuation and legal suffixes ignored; first row wins', () => {
    const file = parseCompanyAttributes(FILE, 'companies.csv');
    expect(file.companies).toBe(3);
    expect(file.lookup('ACME Inc')).toEqual({ industry: 'Manufacturing', size: '51-200' });
    expect(file.lookup('acme')).toEqual({ industry: 'Manufacturing', size: '51-200' });
    expect(file.lookup('Glöbex')).toEqual({ industry: 'Software', size: '1,001-5,000' });
    expect(file.lookup('Initech LLC')).toEqual({ industry: null, size: '11-50' });
    // No guessing: a longer or different name is not the same company here.
    expect(file.lookup('Acme Robotics')).toBeNull();
    expect(file.lookup(null)).toBeNull();
  });

  it('any column order; extra columns are ignored', () => {
    const file = parseCompanyAttributes('\uFEFFsize,notes,company,industry\n10-50,ours,Hooli Corp,Search\n', 'c.csv');
    expect(file.lookup('Hooli')).toEqual({ industry: 'Search', size: '10-50' });
  });

  it('a header without company,industry,size, an empty file, or a malformed CSV is one clear line', () => {
    const fail = (text: string) => {
      try {
        parseCompanyAttributes(text, 'x.csv');
      } catch (err) {
        return err as Error & { code: string };
      }
      throw new Error('expected an error');
    };
    const noSize = fail('company,industry\nAcme,Retail\n');
    expect(noSize.code).toBe('config_invalid');
    expect(noSize.message).toBe('REDISCOVERY_COMPANY_ATTRIBUTES (x.csv): header must include company,industry,size (missing size; found company,industry)');
    expect(fail('').message).toMatch(/header must include company,industry,size \(the file is empty\)/);
    const ragged = fail('company,industry,size\nAcme,Retail\n');
    expect(ragged.message).toMatch(/^REDISCOVERY_COMPANY_ATTRIBUTES \(x\.csv\): not a readable company,industry,size CSV \(/);
    expect(ragged.message).not.toContain('\n');
  });

  it('insights: industry and size of each current employer; "no data" with the reason without a file or without a match', () => {
    const now = new Date('2025-06-01T00:00:00Z');
    const people = [person('a', 'Acme Inc.'), person('b', 'ACME'), person('c', 'Globex'), person('d', 'Umbrella'), person('e', null)];
    const file = parseCompanyAttributes(FILE, 'companies.csv');
    const ins = computeInsights(people, { now, asOf: null, companyAttributes: file });
    const industry = ins.dimensions.find((d) => d.dimension === 'industry')!;
    expect(industry.label).toMatch(/current employer/);
    expect(industry.buckets).toEqual([{ value: 'Manufacturing', count: 2, share: 0.4 }, { value: 'Software', count: 1, share: 0.2 }]);
    expect(industry.missing).toBe(2);
    expect(ins.dimensions.find((d) => d.dimension === 'companySize')!.buckets.map((b) => [b.value, b.count])).toEqual([['51-200', 2], ['1,001-5,000', 1]]);
    expect(ins.unavailable!.map((u) => u.dimension)).not.toContain('industry');

    const without = computeInsights(people, { now, asOf: null });
    const reason = Object.fromEntries(without.unavailable!.map((u) => [u.dimension, u.reason]));
    expect(reason.industry).toMatch(/no company attributes file: set REDISCOVERY_COMPANY_ATTRIBUTES/);
    expect(reason.companySize).toMatch(/no company attributes file/);
    expect(without.dimensions.map((d) => d.dimension)).not.toContain('industry');

    const unmatched = computeInsights([person('d', 'Umbrella')], { now, asOf: null, companyAttributes: file });
    const why = Object.fromEntries(unmatched.unavailable!.map((u) => [u.dimension, u.reason]));
    expect(why.industry).toMatch(/no current employer of a candidate in this set is in the company attributes file with an industry \(3 companies listed/);
    expect(why.companySize).toMatch(/with a size/);
  });
});
