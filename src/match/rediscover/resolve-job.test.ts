import { describe, expect, it } from 'vitest';
import { openDb } from '../../store/db.js';
import { addJob } from '../../../test/support/rediscover-mirror.js';
import { resolveJobId } from './resolve-job.js';
import { listJobs } from '../../views/jobs.js';

const visibility = { confidential: false } as const;

function mirror() {
  const db = openDb(':memory:');
  addJob(db, 'J-pm', 'Product Manager, Platform');
  addJob(db, 'J-spm', 'Senior Product Manager');
  addJob(db, 'J-sre', 'Site Reliability Engineer');
  addJob(db, 'J-be', 'Senior Backend Engineer');
  addJob(db, 'J-pmm', 'Product Marketing Manager');
  return db;
}

describe('resolveJobId (a job as people name it)', () => {
  it('takes the id, the exact title, or a part of it, as before', () => {
    const db = mirror();
    expect(resolveJobId(db, 'J-be', visibility)).toBe('J-be');
    expect(resolveJobId(db, 'senior backend engineer', visibility)).toBe('J-be');
    expect(resolveJobId(db, 'Backend', visibility)).toBe('J-be');
  });

  it('reads the title word by word: other order, shorthand, "the … role" (all failed before: not_found)', () => {
    const db = mirror();
    expect(resolveJobId(db, 'Platform Product Manager', visibility)).toBe('J-pm');
    expect(resolveJobId(db, 'the platform PM role', visibility)).toBe('J-pm');
    expect(resolveJobId(db, 'SRE', visibility)).toBe('J-sre');
    expect(resolveJobId(db, 'sr backend eng', visibility)).toBe('J-be');
  });

  it('never picks one of several: lists them; a miss names the closest titles', () => {
    const db = mirror();
    expect(() => resolveJobId(db, 'PM', visibility)).toThrow(/matches several jobs: Product Manager, Platform \(Open, J-pm\); Senior Product Manager \(Open, J-spm\)/);
    expect(() => resolveJobId(db, 'Platform Designer', visibility)).toThrow(/No job with id or title "Platform Designer" in the mirror\. Closest: Product Manager, Platform \(J-pm\)\./);
    expect(() => resolveJobId(db, 'Astronaut', visibility)).toThrow(/^No job with id or title "Astronaut" in the mirror\. List jobs/);
  });

  it('list_jobs reads its query the same way', () => {
    const db = mirror();
    expect(listJobs(db, { query: 'the platform PM role' }).map((j) => j.id)).toEqual(['J-pm']);
    expect(listJobs(db, { query: 'PM' }).map((j) => j.id).sort()).toEqual(['J-pm', 'J-spm']);
    expect(listJobs(db, { query: 'pmm' }).map((j) => j.id)).toEqual(['J-pmm']);
    // A word inside another word is no match ("pm" in "develoPMent").
    expect(listJobs(db, { query: 'ment' })).toEqual([]);
  });
});
