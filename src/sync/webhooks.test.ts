import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHttpServer } from '../server/http-server.js';
import { openDb, type Db } from '../store/db.js';
import { applications, candidates, candidateTombstones, files, outbox, webhookEvents } from '../store/schema.js';
import type { AshbyCaller } from './engine/ashby-caller.js';
import { runSync } from './engine/run-sync.js';
import { signWebhookBody, type WebhookEvent } from './fake/index.js';
import * as S from './fake/serialize.js';
import { EventWorker } from './webhooks/event-worker.js';
import { receiveWebhook } from './webhooks/receive-webhook.js';
import { mirrorSnapshot, startAccount, type Account } from '../../test/support/sync/harness.js';

/*
 * Webhooks through the real receiver on a loopback HTTP server, delivered by the fake Ashby (signed,
 * retried with a stable webhookActionId) or posted by hand for the refusal cases.
 */

const SECRET = 'whsec-test-0123456789';
const MAX_BYTES = 64 * 1024;

describe('webhook receiver and event worker', () => {
  let account: Account;
  let worker: EventWorker;
  let receiver: Awaited<ReturnType<typeof startHttpServer>>;
  /** When false the receiver stores events but nobody applies them (a crash before the worker ran). */
  let workerOn = true;
  let db: Db;

  /** Wait until every delivery finished and every stored event was applied. */
  async function settle(): Promise<void> {
    await account.fake.webhooks.flush();
    if (workerOn) await worker.kick();
  }

  async function post(body: string | Buffer, signature: string | null = `sha256=${signWebhookBody(body, SECRET)}`): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await fetch(`${receiver.url}/webhooks/ashby`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { 'ashby-signature': signature } : {}) },
      body,
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  const eventRows = () => db.select().from(webhookEvents).all();
  const outboxCount = () => db.select().from(outbox).all().length;
  const lastEvent = (action: string): WebhookEvent => account.fake.webhooks.events.filter((e) => e.action === action).at(-1)!;

  beforeAll(async () => {
    account = await startAccount({ seed: 41, candidates: 80 });
    db = account.db;
    await runSync(db, account.client, { mode: 'full' });
    worker = new EventWorker({ db, client: account.client });
    receiver = await startHttpServer(
      { 'POST /webhooks/ashby': (req, res) => receiveWebhook(req, res, { db, secret: SECRET, maxBytes: MAX_BYTES, onStored: () => void (workerOn && worker.kick()) }) },
      { port: 0, host: '127.0.0.1' },
    );
    account.fake.webhooks.configure({ url: `${receiver.url}/webhooks/ashby`, secret: SECRET, retryBaseMs: 5, maxAttempts: 3 });
    await settle();
  });
  afterAll(async () => {
    await receiver.close();
    await account.close();
  });

  test('the ping is acknowledged and stored as ignored', () => {
    const ping = eventRows().find((e) => e.action === 'ping');
    expect(ping?.status).toBe('ignored');
  });

  test('an event delivered twice changes the mirror once', async () => {
    const { fake } = account;
    const app = fake.state.applications.all().find((a) => a.status === 'Active')!;
    const stage = fake.state.stagesOf(app.interviewPlanId).find((s) => s.id !== app.currentStageId && !['Archived', 'Hired'].includes(s.type))!;
    const eventsBefore = eventRows().length;
    const outboxBefore = outboxCount();
    fake.admin.moveApplicationStage({ applicationId: app.id, interviewStageId: stage.id });
    await settle();

    const mirrored = db.select().from(applications).where(eq(applications.id, app.id)).get()!;
    expect(mirrored.currentStageId).toBe(stage.id);
    expect(mirrored.updatedAt).toBe(new Date(app.updatedAt).toISOString());
    expect(mirrored.historyUpdatedAt).toBe(mirrored.updatedAt); // the follow-up fetched the new history
    // candidateStageChange + applicationUpdate: two events, one change.
    expect(eventRows().length).toBe(eventsBefore + 2);
    expect(outboxCount()).toBe(outboxBefore + 1);

    const event = lastEvent('candidateStageChange');
    fake.admin.redeliverWebhook({ webhookActionId: event.webhookActionId });
    await settle();
    const second = fake.webhooks.deliveries.filter((d) => d.webhookActionId === event.webhookActionId);
    expect(second.map((d) => d.status)).toEqual([200, 200]);
    expect(eventRows().filter((e) => e.webhookActionId === event.webhookActionId)).toHaveLength(1);
    expect(eventRows().length).toBe(eventsBefore + 2);
    expect(outboxCount()).toBe(outboxBefore + 1);

    // The receiver tells Ashby it saw the repeat.
    const again = await post(event.body);
    expect(again).toEqual({ status: 200, json: { ok: true, duplicate: true } });
  });

  test('a bad signature is refused with 401 and nothing is written', async () => {
    const before = eventRows().length;
    const body = JSON.stringify({ webhookActionId: 'forged-1', action: 'candidateDelete', data: { candidate: { id: account.fake.state.candidates.all()[0]!.id } } });
    expect((await post(body, `sha256=${signWebhookBody(body, 'wrong-secret')}`)).status).toBe(401);
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, 'sha256=zz')).status).toBe(401);
    // Signed over different bytes than were sent.
    expect((await post(body + ' ', `sha256=${signWebhookBody(body, SECRET)}`)).status).toBe(401);
    expect(eventRows().length).toBe(before);
    expect(db.select().from(candidates).where(eq(candidates.id, account.fake.state.candidates.all()[0]!.id)).get()).toBeDefined();
  });

  test('malformed bodies get 400 and oversized ones 413, nothing written', async () => {
    const before = eventRows().length;
    const notJson = await post('{"webhookActionId": "x", ');
    expect(notJson.status).toBe(400);
    expect(notJson.json.error).toBe('webhook_body_invalid');
    expect((await post(JSON.stringify({ action: 'applicationUpdate', data: {} }))).status).toBe(400);
    expect((await post(JSON.stringify([1, 2, 3]))).status).toBe(400);
    const huge = JSON.stringify({ webhookActionId: 'big', action: 'ping', data: { pad: 'x'.repeat(MAX_BYTES) } });
    const tooBig = await post(huge);
    expect(tooBig.status).toBe(413);
    expect(tooBig.json.error).toBe('webhook_body_too_large');
    expect(eventRows().length).toBe(before);
  });

  test('an oversized body sent without Content-Length (chunked) also gets 413', async () => {
    const before = eventRows().length;
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${receiver.url}/webhooks/ashby`, { method: 'POST', headers: { 'ashby-signature': 'sha256=' + '0'.repeat(64) }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(eventRows().length).toBe(before);
  });

  test('an unknown action is acknowledged and stored as ignored', async () => {
    const body = JSON.stringify({ webhookActionId: 'unknown-1', action: 'somethingAshbyAddsLater', data: { foo: 1 } });
    expect((await post(body)).status).toBe(200);
    await settle();
    expect(eventRows().find((e) => e.webhookActionId === 'unknown-1')?.status).toBe('ignored');
  });

  test('an old application update arriving after a newer one is ignored', async () => {
    const { fake } = account;
    const app = fake.state.applications.all().filter((a) => a.status === 'Active')[3]!;
    const stages = fake.state.stagesOf(app.interviewPlanId).filter((s) => s.id !== app.currentStageId && !['Archived', 'Hired'].includes(s.type));
    // Make two changes while the webhook is off, then deliver them newest first.
    const config = fake.webhooks.configured!;
    fake.webhooks.configure(null);
    fake.admin.moveApplicationStage({ applicationId: app.id, interviewStageId: stages[0]!.id });
    const older = lastEvent('applicationUpdate');
    fake.admin.moveApplicationStage({ applicationId: app.id, interviewStageId: stages[1]!.id });
    const newer = lastEvent('applicationUpdate');
    fake.webhooks.configure(config);
    await settle();

    expect((await post(newer.body)).status).toBe(200);
    await settle();
    const outboxAfterNewer = outboxCount();
    expect((await post(older.body)).status).toBe(200);
    await settle();
    // Nothing was written for the stale copy (a write would have queued the candidate for reindexing).
    expect(outboxCount()).toBe(outboxAfterNewer);
    const row = db.select().from(applications).where(eq(applications.id, app.id)).get()!;
    expect(row.currentStageId).toBe(stages[1]!.id);
    expect(row.updatedAt).toBe(new Date(app.updatedAt).toISOString());
    expect(eventRows().find((e) => e.webhookActionId === older.webhookActionId)?.status).toBe('applied');
  });

  test('candidateDelete removes the candidate, its applications and files; a stale sync page does not resurrect it', async () => {
    const { fake, client } = account;
    const victim = fake.state.candidates.all().find((c) => c.applicationIds.length > 0 && c.fileIds.length > 0)!;
    const staleCopy = (await client.call('candidate.info', { id: victim.id })).results;
    const staleApp = (await client.call('application.info', { applicationId: victim.applicationIds[0] })).results;
    expect(db.select().from(files).where(eq(files.candidateId, victim.id)).all().length).toBeGreaterThan(0);

    fake.admin.deleteCandidate({ candidateId: victim.id });
    await settle();
    expect(db.select().from(candidates).where(eq(candidates.id, victim.id)).get()).toBeUndefined();
    expect(db.select().from(applications).where(eq(applications.candidateId, victim.id)).all()).toEqual([]);
    expect(db.select().from(files).where(eq(files.candidateId, victim.id)).all()).toEqual([]);
    expect(db.select().from(candidateTombstones).where(eq(candidateTombstones.candidateId, victim.id)).get()?.reason).toBe('deleted');

    // A sync whose pages still carry the deleted candidate and application (fetched before the delete).
    const withStale: AshbyCaller = {
      async call(method, body, schema) {
        const page = await client.call(method, body, schema);
        if (method === 'candidate.list') return { ...page, results: [...(page.results as unknown[]), staleCopy] as never };
        if (method === 'application.list') return { ...page, results: [...(page.results as unknown[]), staleApp] as never };
        return page;
      },
    };
    await runSync(db, withStale, { mode: 'incremental' });
    expect(db.select().from(candidates).where(eq(candidates.id, victim.id)).get()).toBeUndefined();
    expect(db.select().from(applications).where(inArray(applications.id, victim.applicationIds)).all()).toEqual([]);
    // Deletes came by webhook, so even an incremental sync leaves the mirror exact.
    expect(mirrorSnapshot(db)).toEqual(fake.admin.snapshot());
  });

  test('candidateMerge moves applications and files to the surviving candidate', async () => {
    const { fake } = account;
    const [survivor, removed] = fake.state.candidates.all().filter((c) => c.applicationIds.length > 0 && c.fileIds.length > 0).slice(-2);
    const movedApps = [...removed!.applicationIds];
    const movedFiles = [...removed!.fileIds];
    fake.admin.mergeCandidates({ survivorId: survivor!.id, removedId: removed!.id });
    await settle();

    expect(db.select().from(candidates).where(eq(candidates.id, removed!.id)).get()).toBeUndefined();
    expect(db.select({ c: applications.candidateId }).from(applications).where(inArray(applications.id, movedApps)).all().map((r) => r.c)).toEqual(movedApps.map(() => survivor!.id));
    expect(db.select({ c: files.candidateId }).from(files).where(inArray(files.id, movedFiles)).all().map((r) => r.c)).toEqual(movedFiles.map(() => survivor!.id));
    const tomb = db.select().from(candidateTombstones).where(eq(candidateTombstones.candidateId, removed!.id)).get();
    expect(tomb).toMatchObject({ reason: 'merged', mergedIntoId: survivor!.id });
    // The survivor was re-fetched (the merge changed it in Ashby).
    expect(db.select().from(candidates).where(eq(candidates.id, survivor!.id)).get()?.updatedAt).toBe(new Date(fake.state.candidates.get(survivor!.id)!.updatedAt).toISOString());
    const changed = db.select({ id: outbox.candidateId }).from(outbox).all().map((r) => r.id);
    expect(changed).toContain(survivor!.id);
    expect(changed).toContain(removed!.id);

    await runSync(db, account.client, { mode: 'incremental' });
    expect(mirrorSnapshot(db)).toEqual(fake.admin.snapshot());
  });

  test('events stored before a crash are applied by a fresh worker after restart', async () => {
    const { fake } = account;
    workerOn = false;
    const app = fake.state.applications.all().filter((a) => a.status === 'Active')[6]!;
    const reason = fake.state.archiveReasons.all().find((r) => !r.isArchived)!;
    fake.admin.archiveApplication({ applicationId: app.id, archiveReasonId: reason.id });
    await settle();
    const pending = eventRows().filter((e) => e.status === 'pending');
    expect(pending.map((e) => e.action).sort()).toEqual(['applicationUpdate', 'candidateStageChange']);
    expect(db.select().from(applications).where(eq(applications.id, app.id)).get()?.status).not.toBe('Archived');

    // Restart: a new connection to the same file and a new worker.
    db.$client.close();
    db = openDb(account.dbFile);
    account.db = db;
    worker = new EventWorker({ db, client: account.client });
    workerOn = true;
    await worker.kick();
    expect(eventRows().filter((e) => e.status === 'pending')).toEqual([]);
    const row = db.select().from(applications).where(eq(applications.id, app.id)).get()!;
    expect(row.status).toBe('Archived');
    expect(row.archiveReasonId).toBe(reason.id);
  });

  test('an applicationSubmit for a candidate the mirror lacks never leaves an orphan application', async () => {
    const { fake } = account;
    const template = fake.state.applications.all()[0]!;
    const payload = S.application(fake.state, template) as Record<string, unknown> & { candidate: Record<string, unknown> };
    // A candidate Ashby cannot return (deleted before we could fetch it): the application must wait, not be stored alone.
    const ghost = { ...payload, id: 'ghost-application', candidate: { ...payload.candidate, id: 'ghost-candidate' } };
    const body = JSON.stringify({ webhookActionId: 'ghost-submit', action: 'applicationSubmit', data: { application: ghost } });
    expect((await post(body)).status).toBe(200);
    await settle();
    expect(eventRows().find((e) => e.webhookActionId === 'ghost-submit')?.status).toBe('applied');
    expect(db.select().from(applications).where(eq(applications.id, 'ghost-application')).get()).toBeUndefined();
    const orphans = db.$client.prepare('SELECT COUNT(*) AS n FROM applications a LEFT JOIN candidates c ON c.id = a.candidate_id WHERE c.id IS NULL').get() as { n: number };
    expect(orphans.n).toBe(0);

    // A candidate Ashby has but the mirror has not seen yet: fetched, then the application stored.
    const created = fake.admin.createCandidate({ name: 'Late Arrival' }) as { id: string };
    const job = fake.state.jobs.all().find((j) => j.status === 'Open') ?? fake.state.jobs.all()[0]!;
    const createdApp = fake.admin.createApplication({ candidateId: created.id, jobId: job.id }) as { id: string };
    await settle();
    expect(db.select().from(candidates).where(eq(candidates.id, created.id)).get()?.name).toBe('Late Arrival');
    expect(db.select().from(applications).where(eq(applications.id, createdApp.id)).get()?.candidateId).toBe(created.id);
  });
  test('a candidateDelete for a candidate Ashby still lists is undone by the next full sync', async () => {
    const { fake } = account;
    const kept = fake.state.candidates.all().find((c) => c.applicationIds.length > 0 && db.select().from(candidates).where(eq(candidates.id, c.id)).get())!;
    const body = JSON.stringify({ webhookActionId: 'mistaken-delete', action: 'candidateDelete', data: { candidate: { id: kept.id } } });
    expect((await post(body)).status).toBe(200);
    await settle();
    expect(db.select().from(candidates).where(eq(candidates.id, kept.id)).get()).toBeUndefined();

    await runSync(db, account.client, { mode: 'full' });
    expect(db.select().from(candidates).where(eq(candidates.id, kept.id)).get()?.name).toBe(kept.name);
    expect(db.select().from(applications).where(eq(applications.candidateId, kept.id)).all().map((a) => a.id).sort()).toEqual([...kept.applicationIds].sort());
    expect(db.select().from(candidateTombstones).where(eq(candidateTombstones.candidateId, kept.id)).get()).toBeUndefined();
  });
});
