import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../store/db.js';
import { createHashEmbedder } from '../../embedding/hash-embedder.js';
import { seedFixtureAccount, upsertCandidates } from '../../../test/support/search-mirror.js';
import { createRetrievalService, type RetrievalService } from '../service.js';
import { refreshStaleProfiles } from '../../match/enrich/enrich-stale.js';

/* "Ada Example" must find Ada Example, not whoever has "example.com" in their e-mail or resume. */

let dir: string;
let db: Db;
let service: RetrievalService;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'name-search-'));
  db = openDb(':memory:');
  seedFixtureAccount(db);
  upsertCandidates(db, [
    { id: 'c1', name: 'Bo Engineer', position: 'Backend Engineer', resume: 'Contact: bo@example.com. See example.com for my example projects. Example example.', applications: [{ id: 'a1', jobId: 'job_1', stage: 'Offer' }] },
    { id: 'c2', name: 'Ada Example', position: 'Payroll Specialist', resume: 'Payroll and benefits.', applications: [{ id: 'a2', jobId: 'job_2', stage: 'Onsite', status: 'Archived' }] },
    { id: 'c3', name: 'Cy Example-Smith', position: 'Registered Nurse', resume: 'Intensive care nurse; example of patient advocacy.' },
  ]);
  const set = db.$client.prepare(`UPDATE candidates SET primary_email = ?, primary_phone = ?, raw = ? WHERE id = ?`);
  set.run('bo@example.com', '+1 555-101-0000', JSON.stringify({ emailAddresses: [{ value: 'bo@example.com' }], phoneNumbers: [{ value: '+1 555-101-0000' }] }), 'c1');
  set.run('ada@example.com', null, JSON.stringify({ emailAddresses: [{ value: 'ada@example.com' }, { value: 'ada.work@corp.example' }], phoneNumbers: [{ value: '(555) 202-0000' }] }), 'c2');
  service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: path.join(dir, 'index') }, embedder: createHashEmbedder(32) });
});

afterAll(async () => {
  await service.close();
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const top = async (text: string, extra: Record<string, unknown> = {}) => (await service.search({ text, ...extra })).results;

describe('search by name, e-mail and phone', () => {
  it('ranks the named person first, exact or with a typo, and says why', async () => {
    for (const q of ['Ada Example', 'ada example', 'Example Ada', 'Ada Exmaple', 'Ada Exampel']) {
      const results = await top(q);
      expect(results[0]?.candidateId, q).toBe('c2');
    }
    expect((await top('Ada Example'))[0].why.summary).toContain('name matches "Ada Example"');
    expect((await top('Ada Exmaple'))[0].why.summary).toContain('name is close to "Ada Exmaple"');
  });

  it('finds people by any of their e-mail addresses or phone numbers, in any format', async () => {
    expect((await top('ada@example.com'))[0].candidateId).toBe('c2');
    expect((await top('ADA.WORK@corp.example'))[0].candidateId).toBe('c2');
    expect((await top('555 202 0000'))[0].candidateId).toBe('c2');
    expect((await top('+15551010000'))[0].candidateId).toBe('c1');
    expect((await top('ada@example.com'))[0].why.summary).toContain('e-mail matches');
  });

  it('still applies the filters: a named person outside them is not returned', async () => {
    const r = await top('Ada Example', { filters: { stage: ['Offer'] } });
    expect(r.map((x) => x.candidateId)).not.toContain('c2');
  });

  it('leaves queries that are not names alone', async () => {
    const r = await top('payroll benefits');
    expect(r[0].why.summary).not.toContain('name');
  });
});
