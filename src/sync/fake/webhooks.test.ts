import { afterEach, describe, expect, it } from 'vitest';
import { callFake } from './call.js';
import { startFakeAshby, type FakeAshby } from './server.js';
import { startReceiver } from '../../../test/support/webhook-receiver.js';
import { signWebhookBody } from './webhooks.js';

const SECRET = 'whsec-test';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(respond?: (n: number) => number) {
  const receiver = await startReceiver(respond);
  const fake = await startFakeAshby({ seed: 4, candidates: 30, webhook: { url: receiver.url, secret: SECRET, retryBaseMs: 2, maxAttempts: 4 } });
  cleanups.push(() => receiver.close(), () => fake.close());
  await fake.webhooks.flush();
  return { receiver, fake };
}

const actions = (fake: FakeAshby) => fake.webhooks.events.map((e) => e.action);

describe('fake Ashby webhooks', () => {
  it('pings on configuration and signs the exact body bytes with HMAC-SHA256', async () => {
    const { receiver, fake } = await setup();
    expect(receiver.received.length).toBe(1);
    const ping = receiver.received[0];
    expect(JSON.parse(ping.body)).toMatchObject({ action: 'ping', data: { webhookActionType: 'ping' } });
    expect(ping.signature).toBe(`sha256=${signWebhookBody(ping.body, SECRET)}`);
    const job = fake.state.jobs.all()[0];
    fake.admin.updateJob({ id: job.id, title: 'Renamed — with “unicode”' });
    await fake.webhooks.flush();
    const update = receiver.received[1];
    expect(update.signature).toBe(`sha256=${signWebhookBody(Buffer.from(update.body, 'utf8'), SECRET)}`);
    expect(update.signature).not.toBe(`sha256=${signWebhookBody(update.body, 'other-secret')}`);
    const body = JSON.parse(update.body);
    expect(Object.keys(body)).toEqual(['webhookActionId', 'action', 'data']);
    expect(body.action).toBe('jobUpdate');
    expect(body.data.job).toMatchObject({ id: job.id, title: 'Renamed — with “unicode”' });
  });

  it('retries failures with backoff and the same webhookActionId, and stops on 410', async () => {
    // Ping (1) succeeds; the next event fails twice with 503 then succeeds.
    const { receiver, fake } = await setup((n) => (n === 2 || n === 3 ? 503 : 200));
    const app = fake.state.applications.all().find((a) => a.status === 'Active')!;
    fake.admin.updateApplication({ applicationId: app.id, sourceId: fake.state.sources.all()[1].id });
    await fake.webhooks.flush();
    const bodies = receiver.received.slice(1).map((r) => JSON.parse(r.body));
    expect(bodies.length).toBe(3);
    expect(new Set(bodies.map((b) => b.webhookActionId)).size).toBe(1);
    expect(new Set(receiver.received.slice(1).map((r) => r.body)).size).toBe(1);
    expect(fake.webhooks.deliveries.slice(1).map((d) => d.status)).toEqual([503, 503, 200]);

    const gone = await setup(() => 410);
    gone.fake.admin.updateApplication({ applicationId: gone.fake.state.applications.all()[0].id });
    await gone.fake.webhooks.flush();
    expect(gone.receiver.received.length).toBe(2); // ping + one attempt, no retry on 410
  });

  it('gives up after maxAttempts', async () => {
    const { receiver, fake } = await setup((n) => (n === 1 ? 200 : 500));
    fake.admin.updateApplication({ applicationId: fake.state.applications.all()[0].id });
    await fake.webhooks.flush();
    expect(receiver.received.length).toBe(1 + 4);
    expect(fake.webhooks.pendingDeliveries()).toBe(0);
  });

  it('redelivers an event with the same id for duplicate-delivery tests', async () => {
    const { receiver, fake } = await setup();
    const event = fake.webhooks.emit('candidateDelete', { candidate: { id: 'c-1' } });
    fake.admin.redeliverWebhook({ webhookActionId: event.webhookActionId });
    await fake.webhooks.flush();
    const dupes = receiver.received.filter((r) => r.body === event.body);
    expect(dupes.length).toBe(2);
  });

  it('emits the documented events and companions for each admin operation', async () => {
    const { fake } = await setup();
    const app = fake.state.applications.all().find((a) => a.status === 'Active')!;
    const plan = fake.state.stagesOf(app.interviewPlanId);
    const next = plan.find((s) => s.type === 'Active' && s.id !== app.currentStageId)!;
    const mark = () => fake.webhooks.events.length;

    let from = mark();
    fake.admin.moveApplicationStage({ applicationId: app.id, interviewStageId: next.id });
    expect(actions(fake).slice(from)).toEqual(['candidateStageChange', 'applicationUpdate']);
    const moved = fake.webhooks.events[from].data as { application: Record<string, any> };
    expect(moved.application.currentInterviewStage.id).toBe(next.id);
    expect(moved.application).not.toHaveProperty('applicationHistory');
    expect(Object.keys(moved.application.candidate).sort()).toEqual(['id', 'name', 'primaryEmailAddress', 'primaryPhoneNumber']);

    from = mark();
    fake.admin.archiveApplication({ applicationId: app.id, archiveReason: 'Timing' });
    expect(actions(fake).slice(from)).toEqual(['candidateStageChange', 'applicationUpdate']);
    expect((fake.webhooks.events[from].data as any).application.archiveReason.text).toBe('Timing');
    expect(() => fake.admin.archiveApplication({ applicationId: app.id, archiveReason: 'Nope' })).toThrow(/Archive reason/);

    const other = fake.state.applications.all().find((a) => a.status === 'Active' && a.id !== app.id)!;
    from = mark();
    fake.admin.hireApplication({ applicationId: other.id });
    expect(actions(fake).slice(from)).toEqual(['candidateHire', 'candidateStageChange', 'applicationUpdate']);
    expect(fake.state.applications.get(other.id)!.status).toBe('Hired');

    const candidate = fake.state.candidates.all()[3];
    const job = fake.state.jobs.all().find((j) => j.status === 'Open')!;
    from = mark();
    const created = fake.admin.createApplication({ candidateId: candidate.id, jobId: job.id });
    expect(actions(fake).slice(from)).toEqual(['applicationSubmit']);
    expect(fake.state.candidates.get(candidate.id)!.applicationIds).toContain(created.id);

    from = mark();
    const newJob = fake.admin.createJob({ title: 'Staff Platform Engineer', department: 'Platform', location: 'Berlin' });
    fake.admin.publishPosting({ jobId: newJob.id as string });
    fake.admin.unpublishPosting({ jobId: newJob.id as string });
    expect(actions(fake).slice(from)).toEqual(['jobCreate', 'jobPostingPublish', 'jobPostingUpdate', 'jobPostingUnpublish', 'jobPostingUpdate']);

    const [survivor, removed] = fake.state.candidates.all().slice(5, 7);
    const movedApps = removed.applicationIds.slice();
    from = mark();
    fake.admin.mergeCandidates({ survivorId: survivor.id, removedId: removed.id });
    expect(fake.webhooks.events[from]).toMatchObject({ action: 'candidateMerge', data: { deletedCandidate: { id: removed.id }, mergedCandidate: { id: survivor.id } } });
    expect(fake.state.candidates.get(removed.id)).toBeUndefined();
    for (const id of movedApps) expect(fake.state.applications.get(id)!.candidateId).toBe(survivor.id);

    from = mark();
    fake.admin.deleteCandidate({ id: survivor.id });
    expect(fake.webhooks.events[from]).toMatchObject({ action: 'candidateDelete', data: { candidate: { id: survivor.id } } });
    expect(fake.admin.snapshot().applications.some((a) => a.candidateId === survivor.id)).toBe(false);
    await fake.webhooks.flush();
    expect(fake.webhooks.deliveries.every((d) => d.status === 200)).toBe(true);
  });

  it('serves the admin API over HTTP with the API key and application.create through the public API', async () => {
    const { fake } = await setup();
    const denied = await callFake(fake.url, 'admin/snapshot', {}, { apiKey: 'wrong' });
    expect(denied.status).toBe(403);
    const snap = await callFake(fake.url, 'admin/snapshot', {}, { apiKey: fake.apiKey });
    expect(snap.json.results.candidates.length).toBe(fake.state.candidates.size);
    const candidate = fake.state.candidates.all()[0];
    const job = fake.state.jobs.all().find((j) => j.status === 'Open')!;
    const created = await callFake(fake.url, 'application.create', { candidateId: candidate.id, jobId: job.id }, { apiKey: fake.apiKey });
    expect(created.json.success).toBe(true);
    expect(created.json.results.job.id).toBe(job.id);
    expect(fake.webhooks.events.at(-1)!.action).toBe('applicationSubmit');
    const bad = await callFake(fake.url, 'admin/deleteCandidate', { id: 'nope' }, { apiKey: fake.apiKey });
    expect(bad.json.errorInfo.code).toBe('candidate_not_found');
  });
});
