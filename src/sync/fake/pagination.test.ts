import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callFake } from './call.js';
import { startFakeAshby, type FakeAshby } from './server.js';

/** Page through a list to the end; returns every result and the final syncToken. */
async function listAll(fake: FakeAshby, name: string, body: Record<string, unknown> = {}) {
  const results: Array<Record<string, any>> = [];
  let cursor: string | undefined;
  let pages = 0;
  for (;;) {
    const { json } = await callFake(fake.url, name, { ...body, ...(cursor ? { cursor } : {}) }, { apiKey: fake.apiKey });
    expect(json.success).toBe(true);
    results.push(...json.results);
    pages++;
    if (!json.moreDataAvailable) {
      expect(json.nextCursor).toBeUndefined();
      return { results, syncToken: json.syncToken as string | undefined, pages };
    }
    expect(json.syncToken).toBeUndefined();
    cursor = json.nextCursor;
  }
}

describe('fake Ashby pagination and sync tokens', () => {
  let fake: FakeAshby;
  beforeAll(async () => {
    let t = Date.UTC(2027, 0, 1);
    fake = await startFakeAshby({ seed: 11, candidates: 230, now: () => (t += 1000) });
  });
  afterAll(() => fake.close());

  it('pages with opaque cursors, clamps limit to 100 and ends with a syncToken', async () => {
    const { results, syncToken, pages } = await listAll(fake, 'candidate.list', { limit: 500 });
    expect(pages).toBe(3);
    expect(results.length).toBe(fake.state.candidates.size);
    expect(new Set(results.map((c) => c.id)).size).toBe(results.length);
    expect(syncToken).toMatch(/^[A-Za-z0-9_-]+$/);
    const small = await listAll(fake, 'application.list', { limit: 37 });
    expect(small.results.length).toBe(fake.state.applications.size);
  });

  it('returns only what changed since the token, accepting syncToken and cursor together', async () => {
    const { syncToken } = await listAll(fake, 'candidate.list');
    const target = fake.state.candidates.all()[17];
    const before = target.updatedAt;
    fake.admin.updateCandidate({ id: target.id, position: 'Principal Engineer' });
    const first = await callFake(fake.url, 'candidate.list', { syncToken }, { apiKey: fake.apiKey });
    expect(first.json.results.map((c: { id: string }) => c.id)).toEqual([target.id]);
    expect(Date.parse(first.json.results[0].updatedAt)).toBeGreaterThan(before);
    expect(first.json.results[0].position).toBe('Principal Engineer');
    expect(first.json.syncToken).toBeDefined();

    const nothing = await callFake(fake.url, 'candidate.list', { syncToken: first.json.syncToken }, { apiKey: fake.apiKey });
    expect(nothing.json.results).toEqual([]);

    // 3 changes with limit 2: the second page is asked for with cursor and syncToken both.
    const ids = fake.state.candidates.all().slice(30, 33).map((c) => c.id);
    for (const id of ids) fake.admin.updateCandidate({ id, company: 'Acme' });
    const page1 = await callFake(fake.url, 'candidate.list', { syncToken: nothing.json.syncToken, limit: 2 }, { apiKey: fake.apiKey });
    expect(page1.json.moreDataAvailable).toBe(true);
    const page2 = await callFake(fake.url, 'candidate.list', { syncToken: nothing.json.syncToken, cursor: page1.json.nextCursor, limit: 2 }, { apiKey: fake.apiKey });
    expect([...page1.json.results, ...page2.json.results].map((c: { id: string }) => c.id)).toEqual(ids);
    expect(page2.json.syncToken).toBeDefined();
  });

  it('replays a record changed during a full sync on the next incremental sync', async () => {
    const page1 = await callFake(fake.url, 'candidate.list', { limit: 100 }, { apiKey: fake.apiKey });
    const early = fake.state.candidates.all()[0];
    fake.admin.updateCandidate({ id: early.id, school: 'Midsync University' });
    let cursor = page1.json.nextCursor;
    let token: string | undefined;
    while (cursor) {
      const next = await callFake(fake.url, 'candidate.list', { limit: 100, cursor }, { apiKey: fake.apiKey });
      cursor = next.json.nextCursor;
      token = next.json.syncToken;
    }
    const incremental = await callFake(fake.url, 'candidate.list', { syncToken: token }, { apiKey: fake.apiKey });
    expect(incremental.json.results.map((c: { id: string }) => c.id)).toContain(early.id);
  });

  it('answers the documented token and cursor errors with HTTP 200 envelopes', async () => {
    const { syncToken } = await listAll(fake, 'candidate.list');
    const page1 = await callFake(fake.url, 'candidate.list', { limit: 10 }, { apiKey: fake.apiKey });
    const code = async (body: Record<string, unknown>, name = 'candidate.list') => {
      const r = await callFake(fake.url, name, body, { apiKey: fake.apiKey });
      expect(r.status).toBe(200);
      expect(r.json.success).toBe(false);
      expect(r.json.errors).toEqual([r.json.errorInfo.code]);
      expect(r.json.errorInfo.requestId).toBe(r.headers.get('x-ashby-request-id'));
      return r.json.errorInfo.code as string;
    };
    expect(await code({ syncToken: 'garbage' })).toBe('sync_token_invalid');
    expect(await code({ syncToken }, 'application.list')).toBe('sync_token_invalid');
    expect(await code({ cursor: 'garbage' })).toBe('invalid_next_cursor');
    expect(await code({ limit: 0 })).toBe('invalid_input');

    fake.admin.expireCursors();
    expect(await code({ cursor: page1.json.nextCursor, limit: 10 })).toBe('next_cursor_expired');
    fake.admin.expireSyncTokens();
    expect(await code({ syncToken })).toBe('sync_token_expired');

    const fresh = await listAll(fake, 'candidate.list');
    fake.admin.setFaults({ syncTokenError: 'sync_token_invalid', cursorError: 'next_cursor_expired' });
    expect(await code({ syncToken: fresh.syncToken })).toBe('sync_token_invalid');
    expect(await code({ cursor: 'x' })).toBe('next_cursor_expired');
    fake.admin.setFaults({ syncTokenError: null, cursorError: null });

    const current = await listAll(fake, 'candidate.list');
    for (const c of fake.state.candidates.all().slice(0, 25)) fake.admin.updateCandidate({ id: c.id, company: 'Bulk Co' });
    fake.admin.setFaults({ incrementalPageCap: 2 });
    expect(await code({ syncToken: current.syncToken, limit: 10 })).toBe('incremental_sync_too_large');
    const within = await callFake(fake.url, 'candidate.list', { syncToken: current.syncToken, limit: 20 }, { apiKey: fake.apiKey });
    expect(within.json.success).toBe(true);
    fake.admin.setFaults({ incrementalPageCap: null });
  });

  it('serves the other list modes as documented', async () => {
    const jobs = await listAll(fake, 'job.list');
    expect(jobs.results.every((j) => j.status !== 'Draft')).toBe(true);
    expect(jobs.syncToken).toBeDefined();
    const drafts = await callFake(fake.url, 'job.list', { status: ['Draft'] }, { apiKey: fake.apiKey });
    expect(drafts.json.results.length).toBeGreaterThan(0);
    const postings = await callFake(fake.url, 'jobPosting.list', {}, { apiKey: fake.apiKey });
    expect(Object.keys(postings.json).sort()).toEqual(['results', 'success']);
    const sources = await callFake(fake.url, 'source.list', {}, { apiKey: fake.apiKey });
    expect(sources.json.moreDataAvailable).toBe(false);
    expect(sources.json.syncToken).toBeUndefined();
    expect(sources.json.results[0].sourceType.title).toBeTruthy();
    const plans = await listAll(fake, 'interviewPlan.list');
    const stages = await callFake(fake.url, 'interviewStage.list', { interviewPlanId: plans.results[0].id }, { apiKey: fake.apiKey });
    expect(stages.json.results.map((s: { orderInInterviewPlan: number }) => s.orderInInterviewPlan)).toEqual([...stages.json.results.keys()]);
    const app = fake.state.applications.all().find((a) => a.history.length >= 3)!;
    const hist = await callFake(fake.url, 'application.listHistory', { applicationId: app.id, limit: 2 }, { apiKey: fake.apiKey });
    expect(hist.json.moreDataAvailable).toBe(true);
    const rest = await callFake(fake.url, 'application.listHistory', { applicationId: app.id, limit: 2, cursor: hist.json.nextCursor }, { apiKey: fake.apiKey });
    expect(rest.json.results[0].stageNumber).toBe(2);
    const info = await callFake(fake.url, 'application.info', { applicationId: app.id }, { apiKey: fake.apiKey });
    expect(info.json.results.applicationHistory.length).toBe(app.history.length);
    expect(info.json.results.currentInterviewStage.id).toBe(app.history[app.history.length - 1].stageId);
    for (const name of ['user.list', 'department.list', 'location.list', 'candidateTag.list', 'customField.list']) {
      const r = await listAll(fake, name);
      expect(r.results.length, name).toBeGreaterThan(0);
      expect(r.syncToken, name).toBeDefined();
    }
    const ts = (await callFake(fake.url, 'candidate.info', { id: fake.state.candidates.all()[0].id }, { apiKey: fake.apiKey })).json.results.createdAt;
    expect(ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
