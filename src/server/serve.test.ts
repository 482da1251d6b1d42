import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../shared/config.js';
import { serve, type RunningServer } from './serve.js';
import { applicationRow, candidateRow, webhookEventRows } from '../../test/support/mirror-rows.js';

/*
 * `rediscovery serve` in demo mode (no ASHBY_API_KEY): the bundled fake Ashby, a full first sync,
 * webhooks wired from the fake to this server's receiver, and a clean stop.
 */
describe('serve (demo mode)', () => {
  let dir: string;
  let server: RunningServer;
  const lines: string[] = [];
  let stopped = false;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
    const config = loadConfig({ REDISCOVERY_DATA_DIR: dir, REDISCOVERY_PORT: '0', REDISCOVERY_SYNC_INTERVAL_MINUTES: '0' });
    server = await serve({ config, demo: { seed: 7, candidates: 30 }, print: (line) => lines.push(line) });
  });
  afterAll(async () => {
    if (!stopped) await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('prints where things are and answers /healthz with the mirror size', async () => {
    expect(lines.some((l) => l.startsWith('Demo mode'))).toBe(true);
    expect(lines).toContain(`Serving on ${server.url}`);
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, candidates: 30, eventLoopDelayMs: { p50: expect.any(Number), p99: expect.any(Number), max: expect.any(Number) } });
    expect(fs.existsSync(path.join(dir, 'mirror.db'))).toBe(true);
  });

  test('an admin change in the fake reaches the mirror through the webhook', async () => {
    const fake = server.fakeAshby!;
    const db = server.ctx.db;
    const app = fake.state.applications.all().find((a) => a.status === 'Active')!;
    const reason = fake.state.archiveReasons.all().find((r) => !r.isArchived)!;
    fake.admin.archiveApplication({ applicationId: app.id, archiveReasonId: reason.id });
    await fake.webhooks.flush();
    await server.worker.kick();
    const row = applicationRow(db, app.id)!;
    expect(row.status).toBe('Archived');
    expect(row.archiveReasonId).toBe(reason.id);
    const stored = webhookEventRows(db);
    expect(stored.filter((e) => e.status === 'applied').map((e) => e.action)).toEqual(expect.arrayContaining(['candidateStageChange', 'applicationUpdate']));

    fake.admin.deleteCandidate({ candidateId: app.candidateId });
    await fake.webhooks.flush();
    await server.worker.kick();
    expect(candidateRow(db, app.candidateId)).toBeUndefined();
  });

  test('a refused signature is a 401 from the real server', async () => {
    const res = await fetch(`${server.url}/webhooks/ashby`, { method: 'POST', headers: { 'ashby-signature': 'sha256=' + '0'.repeat(64) }, body: '{}' });
    expect(res.status).toBe(401);
  });

  test('stop() closes the server, the fake and the mirror', async () => {
    const fakeUrl = server.fakeAshby!.url;
    await server.stop();
    stopped = true;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    await expect(fetch(`${fakeUrl}/apiKey.info`, { method: 'POST' })).rejects.toThrow();
    expect(server.ctx.db.$client.open).toBe(false);
  });
});

/*
 * `serve` with ASHBY_API_KEY (what every customer runs): the client must come from the key and
 * ASHBY_BASE_URL. It used to be left null, so the first sync crashed at start.
 */
describe('serve (with an API key)', () => {
  test('syncs the account behind ASHBY_BASE_URL and stops cleanly', async () => {
    const { startFakeAshby } = await import('../sync/fake/index.js');
    const fake = await startFakeAshby({ port: 0, seed: 9, candidates: 12, apiKey: 'real-key' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-key-test-'));
    try {
      const config = loadConfig({
        REDISCOVERY_DATA_DIR: dir, REDISCOVERY_PORT: '0', REDISCOVERY_SYNC_INTERVAL_MINUTES: '0',
        ASHBY_API_KEY: 'real-key', ASHBY_BASE_URL: fake.url, ASHBY_WEBHOOK_SECRET: 'secret',
      });
      const lines: string[] = [];
      const server = await serve({ config, print: (line) => lines.push(line) });
      try {
        expect(server.fakeAshby).toBeNull();
        expect(lines.some((l) => l.startsWith('Demo mode'))).toBe(false);
        const res = await fetch(`${server.url}/healthz`);
        expect(await res.json()).toMatchObject({ ok: true, candidates: 12 });
      } finally {
        await server.stop();
      }
    } finally {
      await fake.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
