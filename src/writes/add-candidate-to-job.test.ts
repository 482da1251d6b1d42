import { beforeEach, describe, expect, it } from 'vitest';
import { AshbyApiError } from '../sync/client/ashby-error.js';
import { hasCode } from '../shared/errors.js';
import { openDb, type Db } from '../store/db.js';
import { auditLog } from '../store/schema.js';
import { FIXTURE_NOW, seedMirror } from '../../test/support/fixed-mirror.js';
import { confirmAddToJob, previewAddToJob, type ApplicationCreator } from './add-candidate-to-job.js';
import { ConfirmationTokens } from './confirmation-token.js';

describe('add candidate to job', () => {
  let db: Db;
  let tokens: ConfirmationTokens;
  let created: unknown[];
  const client: ApplicationCreator = {
    applicationCreate: async (input) => {
      created.push(input);
      return { id: 'A-new' };
    },
  };
  const ctx = () => ({ tokens, now: FIXTURE_NOW, writesEnabled: true });
  beforeEach(() => {
    db = openDb(':memory:');
    seedMirror(db);
    tokens = new ConfirmationTokens();
    created = [];
  });

  it('previews with the plan\'s first stage, the existing application and a token', () => {
    const p = previewAddToJob(db, { candidateId: 'C1', jobId: 'J1' }, ctx());
    expect(p).toMatchObject({
      candidate: { id: 'C1', name: 'Ada Lovelace' },
      job: { id: 'J1', title: 'Senior Backend Engineer' },
      stage: { id: 'ST1', title: 'Application Review' },
      source: null,
      existingApplication: { applicationId: 'A1', stage: 'Onsite', status: 'Archived' },
      expiresAt: '2026-11-27T12:05:00.000Z',
    });
    expect(p.summary).toContain('already have an application');
    const p3 = previewAddToJob(db, { candidateId: 'C3', jobId: 'J1', stage: 'onsite', source: 'Rediscovered' }, ctx());
    expect(p3).toMatchObject({ stage: { id: 'ST3', title: 'Onsite' }, source: { id: 'S3' }, existingApplication: null });
  });

  it('lists valid stages for an unknown stage, valid sources for an unknown source', () => {
    const err = (() => { try { previewAddToJob(db, { candidateId: 'C1', jobId: 'J1', stage: 'Final' }, ctx()); } catch (e) { return e as Error; } })();
    expect(hasCode(err, 'stage_unknown')).toBe(true);
    expect(err!.message).toBe('Unknown stage "Final" for job "Senior Backend Engineer". Valid stages: "Application Review", "Phone Screen", "Onsite", "Offer".');
    expect(() => previewAddToJob(db, { candidateId: 'C1', jobId: 'J1', source: 'Old job board' }, ctx())).toThrow(/Valid sources: "Referral", "LinkedIn", "Rediscovered"/);
    expect(() => previewAddToJob(db, { candidateId: 'nope', jobId: 'J1' }, ctx())).toThrow(/No candidate with id "nope"/);
  });

  it('confirms with the token: calls application.create with the resolved ids and audits', async () => {
    const req = { candidateId: 'C3', jobId: 'J1', stage: 'Phone Screen', source: 'Rediscovered' };
    const { confirmationToken } = previewAddToJob(db, req, ctx());
    const res = await confirmAddToJob({ request: req, token: confirmationToken, client, db, actor: 'mcp:stdio', ...ctx() });
    expect(res).toMatchObject({ created: true, applicationId: 'A-new' });
    expect(created).toEqual([{ candidateId: 'C3', jobId: 'J1', interviewStageId: 'ST2', sourceId: 'S3' }]);
    expect(db.select().from(auditLog).all()).toEqual([expect.objectContaining({ actor: 'mcp:stdio', action: 'ashby:application.create', outcome: 'ok', detail: 'A-new' })]);
    // single use
    const again = await confirmAddToJob({ request: req, token: confirmationToken, client, db, actor: 'x', ...ctx() }).catch((e) => e);
    expect(hasCode(again, 'confirmation_invalid')).toBe(true);
    expect(again.message).toContain('already used');
  });

  it('refuses changed parameters, expired and forged tokens', async () => {
    const { confirmationToken } = previewAddToJob(db, { candidateId: 'C3', jobId: 'J1' }, ctx());
    const other = await confirmAddToJob({ request: { candidateId: 'C3', jobId: 'J2' }, token: confirmationToken, client, db, actor: 'x', ...ctx() }).catch((e) => e);
    expect(other.message).toContain('jobId differs');
    const late = { ...ctx(), now: new Date(FIXTURE_NOW.getTime() + 5 * 60_000 + 1) };
    const expired = await confirmAddToJob({ request: { candidateId: 'C3', jobId: 'J1' }, token: confirmationToken, client, db, actor: 'x', ...late }).catch((e) => e);
    expect(expired.message).toContain('expired');
    const forged = await confirmAddToJob({ request: { candidateId: 'C3', jobId: 'J1' }, token: `${confirmationToken.split('.')[0]}.AAAA`, client, db, actor: 'x', ...ctx() }).catch((e) => e);
    expect(hasCode(forged, 'confirmation_invalid')).toBe(true);
    expect(created).toEqual([]);
  });

  it('refuses when writes are disabled', async () => {
    const { confirmationToken } = previewAddToJob(db, { candidateId: 'C3', jobId: 'J1' }, { ...ctx(), writesEnabled: false });
    const err = await confirmAddToJob({ request: { candidateId: 'C3', jobId: 'J1' }, token: confirmationToken, client, db, actor: 'x', ...ctx(), writesEnabled: false }).catch((e) => e);
    expect(hasCode(err, 'writes_disabled')).toBe(true);
    expect(err.message).toContain('REDISCOVERY_ALLOW_WRITES=true');
    expect(created).toEqual([]);
  });

  it('explains a key without write permission', async () => {
    const denied: ApplicationCreator = {
      applicationCreate: async () => {
        throw new AshbyApiError('ashby_permission_denied', 'x', { method: 'application.create', ashbyCode: 'missing_endpoint_permission', status: 403 });
      },
    };
    const { confirmationToken } = previewAddToJob(db, { candidateId: 'C3', jobId: 'J1' }, ctx());
    const err = await confirmAddToJob({ request: { candidateId: 'C3', jobId: 'J1' }, token: confirmationToken, client: denied, db, actor: 'x', ...ctx() }).catch((e) => e);
    expect(hasCode(err, 'ashby_permission_denied')).toBe(true);
    expect(err.message).toContain('missing_endpoint_permission');
    expect(err.message).toContain('candidatesWrite');
    expect(db.select().from(auditLog).all()).toEqual([expect.objectContaining({ outcome: 'error', detail: 'ashby_permission_denied' })]);
  });
});
