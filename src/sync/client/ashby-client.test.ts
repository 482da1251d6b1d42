import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixture, startReplayServer, type ReplayServer } from '../../../test/support/ashby-recordings/replay-server.js';
import { ashbyFailure, replayClient } from '../../../test/support/ashby-recordings/test-client.js';

let server: ReplayServer;
let sleeps: number[];

const client = (overrides: Parameters<typeof replayClient>[2] = {}) => replayClient(server, sleeps, overrides);
const failure = ashbyFailure;

beforeEach(async () => {
  server = await startReplayServer();
  sleeps = [];
});
afterEach(() => server.close());

describe('envelope parsing', () => {
  it('sends Basic auth with the key as user name, JSON and the versioned Accept header', async () => {
    server.reply({ body: fixture('api-key-info'), headers: { 'x-ashby-request-id': '01KSRTEST' } });
    const res = await client().call('apiKey.info', {});
    const req = server.requests[0];
    expect(req.path).toBe('/apiKey.info');
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from('test-key:').toString('base64')}`);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers.accept).toBe('application/json; version=1');
    expect(res).toMatchObject({ moreDataAvailable: false, requestId: '01KSRTEST', warnings: [] });
    expect((res.results as { title: string }).title).toBe('Rediscovery mirror');
  });

  it('reads a candidate.list page (moreDataAvailable + nextCursor "bB") into typed candidates', async () => {
    server.reply({ body: fixture('candidate-list-page') });
    const pages = client().candidatePages();
    const first = await pages.next();
    await pages.return();
    expect(first.value).toMatchObject({ moreDataAvailable: true, nextCursor: 'bB', syncToken: undefined });
    const [withResume, without] = first.value!.results;
    expect(withResume.resumeFileHandle?.name).toBe('resume.pdf');
    expect(without.resumeFileHandle).toBeNull();
    expect(without.location?.locationSummary).toContain('Lublin');
    expect(server.requests[0].body).toEqual({ limit: 100 });
  });

  it('reads the last page of a sync-capable list: syncToken, no cursor', async () => {
    server.reply({ body: fixture('job-list-last-page') });
    const { results, syncToken } = await client().listAll('job.list', {}, z.looseObject({ id: z.string() }));
    expect(results).toHaveLength(1);
    expect(syncToken).toBe('nRW7mj0zY');
  });

  it('reads non-paginated lists: source.list (moreDataAvailable only) and jobPosting.list ({success, results} only)', async () => {
    server.reply({ body: fixture('source-list') }, { body: fixture('job-posting-list') });
    const c = client();
    const sources = await c.sourceList();
    const postings = await c.jobPostingList();
    expect(sources.map((s) => s.title)).toEqual(['Applied', 'LinkedIn Recruiter']);
    expect(postings[0].publishedDate).toBe('2022-07-22');
    expect(server.requests.map((r) => r.body)).toEqual([{ includeArchived: true }, {}]);
  });

  it('passes warnings through', async () => {
    server.reply({ body: { success: true, results: [], warnings: ['deprecated field'] } });
    expect((await client().call('source.list', {})).warnings).toEqual(['deprecated field']);
  });

  it.each([
    ['errors[] only', 'error-errors-only', 'not_found', 'application_not_found', undefined],
    ['errorInfo only', 'error-errorinfo-only', 'ashby_sync_token_expired', 'sync_token_expired', '01JSJ8FEK5ZN4XQBZP7DBKK7ZC'],
    ['errors[] and errorInfo', 'error-both', 'ashby_cursor_expired', 'next_cursor_expired', '01JSJ8FEK5ZN4XQBZP7DBKK7ZD'],
  ])('reads an error envelope with %s', async (_label, name, code, ashbyCode, requestId) => {
    server.reply({ body: fixture(name) });
    const error = await failure(client().call('application.info', { applicationId: 'x' }));
    expect(error).toMatchObject({ code, ashbyCode, requestId, status: 200, method: 'application.info' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('error codes', () => {
  it.each([
    ['sync_token_expired', 'ashby_sync_token_expired'],
    ['sync_token_invalid', 'ashby_sync_token_expired'],
    ['next_cursor_expired', 'ashby_cursor_expired'],
    ['invalid_next_cursor', 'ashby_cursor_expired'],
    ['incremental_sync_too_large', 'ashby_incremental_sync_too_large'],
    ['candidate_not_found', 'not_found'],
    ['invalid_input', 'ashby_request_failed'],
  ])('maps %s to %s without retrying', async (ashbyCode, code) => {
    server.reply({ body: { success: false, errors: [ashbyCode] } });
    const error = await failure(client().call('candidate.list', { syncToken: 't' }));
    expect(error.code).toBe(code);
    expect(error.ashbyCode).toBe(ashbyCode);
    expect(server.requests).toHaveLength(1);
  });

  it('tells the user to resync when a token or cursor expired', async () => {
    server.reply({ body: { success: false, errors: ['incremental_sync_too_large'] } });
    const error = await failure(client().call('application.list', { syncToken: 't' }));
    expect(error.message).toMatch(/full sync/);
  });

  it('403 missing_endpoint_permission names the endpoint and the scope, after one request', async () => {
    server.reply({ status: 403, body: fixture('error-missing-permission') });
    const error = await failure(client().call('candidate.list', {}));
    expect(error.code).toBe('ashby_permission_denied');
    expect(error.message).toContain('candidate.list');
    expect(error.message).toContain('candidatesRead');
    expect(error.status).toBe(403);
    expect(server.requests).toHaveLength(1);
  });

  it('names the right scope for other areas', async () => {
    server.reply({ status: 403, body: fixture('error-missing-permission') });
    const error = await failure(client().call('source.list', {}));
    expect(error.message).toContain('hiringProcessMetadataRead');
  });

  it('401 fails fast with ashby_auth_missing and says to set ASHBY_API_KEY', async () => {
    server.reply({ status: 401, body: 'Unauthorized', headers: { 'content-type': 'text/plain' } });
    const error = await failure(client().call('candidate.list', {}));
    expect(error.code).toBe('ashby_auth_missing');
    expect(error.message).toContain('ASHBY_API_KEY');
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('403 with a bad key fails fast with ashby_auth_invalid and says how to create a key', async () => {
    server.reply({ status: 403, body: 'Forbidden', headers: { 'content-type': 'text/plain' } });
    const error = await failure(client().call('candidate.list', {}));
    expect(error.code).toBe('ashby_auth_invalid');
    expect(error.message).toContain('Ashby Admin → API Keys');
    expect(error.message).toContain('candidatesRead');
    expect(server.requests).toHaveLength(1);
  });

  it('refuses to call at all without a key', async () => {
    const error = await failure(client({ apiKey: '' }).call('candidate.list', {}));
    expect(error.code).toBe('ashby_auth_missing');
    expect(server.requests).toHaveLength(0);
  });

  it('other HTTP errors become ashby_request_failed', async () => {
    server.reply({ status: 404, body: '<html>Not found</html>', headers: { 'content-type': 'text/html' } });
    const error = await failure(client().call('nope.list', {}));
    expect(error).toMatchObject({ code: 'ashby_request_failed', status: 404 });
  });

  it('a body that is not JSON is ashby_invalid_response', async () => {
    server.reply({ body: 'not json' });
    const error = await failure(client().call('candidate.list', {}));
    expect(error.code).toBe('ashby_invalid_response');
    expect(error.message).toContain('candidate.list');
  });

  it('a result that fails the schema names the method and the field', async () => {
    server.reply({ body: { success: true, results: [{ name: 'No Id' }], moreDataAvailable: false } });
    const error = await failure(client().candidatePages().next());
    expect(error.code).toBe('ashby_invalid_response');
    expect(error.message).toContain('candidate.list');
    expect(error.message).toContain('results[0].id');
    expect(error.message).not.toContain('No Id');
  });
});

describe('pagination', () => {
  const Item = z.looseObject({ id: z.string() });
  const page = (ids: string[], more: { nextCursor?: string; syncToken?: string }) => ({
    body: { success: true, results: ids.map((id) => ({ id })), moreDataAvailable: !!more.nextCursor, ...more },
  });

  it('follows cursors across three pages and reports each page', async () => {
    server.reply(page(['a', 'b'], { nextCursor: 'bB' }), page(['c'], { nextCursor: 'cC' }), page(['d'], { syncToken: 'nRW7mj0zY' }));
    const seen: string[] = [];
    const ids: string[] = [];
    for await (const p of client().paginate('candidate.list', {}, Item, { onPage: (pg) => void seen.push(pg.nextCursor ?? pg.syncToken!) })) {
      ids.push(...p.results.map((r) => r.id));
    }
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(seen).toEqual(['bB', 'cC', 'nRW7mj0zY']);
    expect(server.requests.map((r) => r.body)).toEqual([{ limit: 100 }, { limit: 100, cursor: 'bB' }, { limit: 100, cursor: 'cC' }]);
  });

  it('sends the syncToken on every page and the cursor on later ones (incremental sync)', async () => {
    server.reply(page(['a'], { nextCursor: 'x1' }), page(['b'], { syncToken: 'new-token' }));
    const { results, syncToken } = await client().listAll('application.list', {}, Item, { syncToken: 'old-token' });
    expect(results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(syncToken).toBe('new-token');
    expect(server.requests.map((r) => r.body)).toEqual([
      { limit: 100, syncToken: 'old-token' },
      { limit: 100, syncToken: 'old-token', cursor: 'x1' },
    ]);
  });

  it('resumes from a checkpointed cursor', async () => {
    server.reply(page(['z'], { syncToken: 't' }));
    await client().listAll('candidate.list', {}, Item, { cursor: 'saved' });
    expect(server.requests[0].body).toEqual({ limit: 100, cursor: 'saved' });
  });

  it('stops with ashby_invalid_response when more data is promised without a new cursor', async () => {
    server.reply(page(['a'], { nextCursor: 'same' }), page(['b'], { nextCursor: 'same' }));
    const error = await failure(client().listAll('candidate.list', {}, Item));
    expect(error.code).toBe('ashby_invalid_response');
    expect(server.requests).toHaveLength(2);
  });

  it('pages application history for one application', async () => {
    const item = (id: string, n: number) => ({ id, stageId: 's', title: 'Review', stageNumber: n, enteredStageAt: '2024-01-01T00:00:00.000Z', leftStageAt: null, actorId: null });
    server.reply(
      { body: { success: true, results: [item('h1', 0)], moreDataAvailable: true, nextCursor: 'c' } },
      { body: { success: true, results: [item('h2', 1)], moreDataAvailable: false } },
    );
    const history = await client().applicationHistory('app-1');
    expect(history.map((h) => h.stageNumber)).toEqual([0, 1]);
    expect(server.requests[1].body).toEqual({ applicationId: 'app-1', limit: 100, cursor: 'c' });
  });

  it('creates an application with only the given fields', async () => {
    server.reply({ body: { success: true, results: { id: 'app', updatedAt: '2026-01-01T00:00:00.000Z', status: 'Active', candidate: { id: 'c1' } } } });
    const app = await client().applicationCreate({ candidateId: 'c1', jobId: 'j1' });
    expect(app.id).toBe('app');
    expect(server.requests[0]).toMatchObject({ path: '/application.create', body: { candidateId: 'c1', jobId: 'j1' } });
  });
});
