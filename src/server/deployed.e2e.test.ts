import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { postSigned, slackPayloads } from '../../test/support/slack/fake-slack.js';
import { BIN, eventually, freePort, runProduct, type ProductProcess } from '../../test/support/child-process.js';
import { startFakeSlackServer } from '../../test/support/fake-slack-server.js';

/*
 * The product as deployed, and the README's "With your Ashby account" section step by step: an
 * Ashby account in its own process (the fake, sending signed webhooks to the product), and
 * `rediscovery serve` as a child process configured only through its environment — API key, base
 * URL, webhook secret, MCP token, Slack in HTTP mode against a Slack Web API double on loopback.
 * Every wait polls or waits for a printed line with a generous deadline: a loaded 2-core machine is
 * slow, never wrong.
 */

const API_KEY = 'e2e-ashby-key';
const WEBHOOK_SECRET = 'e2e-webhook-secret';
const MCP_TOKEN = 'e2e-mcp-token-0123456789';
const SLACK_SECRET = 'e2e-slack-signing-secret';
const SLOW = 180_000;

interface Found {
  candidateId: string;
  name: string;
  currentTitle: string | null;
}

// Runs dist/ through bin/rediscovery.js: `npm test` builds first; a missing build fails here, never skips.
describe('deployed: serve with an Ashby key, webhooks, MCP over HTTP, Slack over HTTP', () => {
  let dir: string;
  let dataDir: string;
  let fake: ProductProcess;
  let fakeUrl: string;
  let serve: ProductProcess;
  let port: number;
  let slackServer: Awaited<ReturnType<typeof startFakeSlackServer>>;
  let env: Record<string, string | undefined>;
  const base = () => `http://127.0.0.1:${port}`;

  const ashby = async <T>(method: string, body: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${fakeUrl}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}` },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { success: boolean; results: T };
    if (!json.success) throw new Error(`${method} failed: ${JSON.stringify(json)}`);
    return json.results;
  };

  const mcp = async (token: string | null): Promise<Client> => {
    const transport = new StreamableHTTPClientTransport(new URL(`${base()}/mcp`), {
      requestInit: { headers: token ? { authorization: `Bearer ${token}` } : {} },
    });
    const client = new Client({ name: 'e2e', version: '0' });
    await client.connect(transport);
    return client;
  };

  const search = async (client: Client, args: Record<string, unknown>): Promise<{ results: Found[]; total: number; asOf: string | null }> => {
    const r = (await client.callTool({ name: 'search_candidates', arguments: args })) as { isError?: boolean; structuredContent?: { results: Found[]; total: number; asOf: string | null } };
    if (r.isError || !r.structuredContent) throw new Error(`search_candidates failed: ${JSON.stringify(r)}`);
    return r.structuredContent;
  };

  const readMirror = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(path.join(dataDir, 'mirror.db'), { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 10000');
    try {
      return read(db);
    } finally {
      db.close();
    }
  };

  const startServe = async (): Promise<ProductProcess> => {
    const p = runProduct(['serve', '--port', String(port)], env);
    await p.waitForLine(/^Serving on /, SLOW);
    return p;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deployed-e2e-'));
    dataDir = path.join(dir, 'data');
    slackServer = await startFakeSlackServer();
    port = await freePort();
    // The account, in its own process, with webhooks pointed at the product (as configured in Ashby's admin).
    fake = runProduct(
      ['fake-ashby', '--port', '0', '--seed', '9', '--candidates', '60', '--api-key', API_KEY, '--webhook-url', `http://127.0.0.1:${port}/webhooks/ashby`, '--webhook-secret', WEBHOOK_SECRET],
      {},
    );
    fakeUrl = (await fake.waitForLine(/^Fake Ashby listening on /, SLOW)).match(/(http:\/\/\S+)/)![1];
    env = {
      ASHBY_API_KEY: API_KEY,
      ASHBY_BASE_URL: fakeUrl,
      ASHBY_WEBHOOK_SECRET: WEBHOOK_SECRET,
      MCP_BEARER_TOKEN: MCP_TOKEN,
      REDISCOVERY_DATA_DIR: dataDir,
      // 3 seconds: the periodic incremental sync happens within the test.
      REDISCOVERY_SYNC_INTERVAL_MINUTES: '0.05',
      SLACK_MODE: 'http',
      SLACK_BOT_TOKEN: 'xoxb-e2e',
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_API_URL: `${slackServer.url}/api/`,
      SLACK_ALLOWED_USERS: 'U1',
      REDISCOVERY_MODEL_CACHE: process.env.REDISCOVERY_MODEL_CACHE,
    };
    serve = await startServe();
  }, SLOW * 2);

  afterAll(async () => {
    await serve?.stop('SIGKILL').catch(() => undefined);
    await fake?.stop().catch(() => undefined);
    await slackServer?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, SLOW);

  test('the first start runs a full sync of the account', async () => {
    expect(serve.lines.some((l) => /^Syncing http:\/\/127\.0\.0\.1:\d+ into .* \(full\)/.test(l))).toBe(true);
    expect(serve.lines.some((l) => l.startsWith('Demo mode'))).toBe(false);
    const health = (await (await fetch(`${base()}/healthz`)).json()) as { candidates: number };
    expect(health.candidates).toBe(60);
  });

  test('what it stores is owner-only: data folder and index 0700, mirror files 0600', () => {
    const mode = (p: string) => fs.statSync(path.join(dataDir, p)).mode & 0o777;
    expect({ data: mode('.'), index: mode('index'), lance: mode('index/lance') }).toEqual({ data: 0o700, index: 0o700, lance: 0o700 });
    for (const f of ['mirror.db', 'mirror.db-wal', 'mirror.db-shm', 'index/keyword.db', 'serve.lock']) expect([f, mode(f)]).toEqual([f, 0o600]);
  });

  test('MCP over Streamable HTTP answers with the token and refuses without it', async () => {
    await expect(mcp(null)).rejects.toThrow(/401|bearer/i);
    await expect(mcp('wrong-token-0123456789')).rejects.toThrow(/401|bearer/i);
    const client = await mcp(MCP_TOKEN);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['search_candidates', 'get_sync_status']));
      const all = await eventually('the initial index', async () => {
        const r = await search(client, { limit: 5 });
        return r.total === 60 ? r : undefined;
      }, SLOW);
      expect(all.results).toHaveLength(5);
    } finally {
      await client.close();
    }
  }, SLOW);

  test('a candidate and application added in Ashby arrive by webhook and become searchable', async () => {
    const job = (await ashby<{ id: string; status: string }[]>('job.list', {})).find((j) => j.status === 'Open')!;
    const created = await ashby<{ id: string }>('admin/createCandidate', { name: 'Wilhelmina Xylander', position: 'Xylophonist Platform Engineer', resumeText: 'Platform engineer, Kubernetes and Go.' });
    const application = await ashby<{ id: string }>('admin/createApplication', { candidateId: created.id, jobId: job.id });

    // The application's webhook, signed by the account, stored and applied by the product.
    await eventually('the applicationSubmit webhook to be applied', () =>
      readMirror((db) => db.prepare(`SELECT 1 AS ok FROM webhook_events WHERE action = 'applicationSubmit' AND status = 'applied' AND body LIKE ?`).get(`%${application.id}%`)),
    SLOW);
    const client = await mcp(MCP_TOKEN);
    try {
      const hit = await eventually('the new candidate in search', async () => {
        const r = await search(client, { boolean: 'xylophonist' });
        return r.results.length > 0 ? r.results : undefined;
      }, SLOW);
      expect(hit.map((r) => r.candidateId)).toEqual([created.id]);
    } finally {
      await client.close();
    }
  }, SLOW);

  test('a change with no webhook (candidate edit) arrives by the periodic incremental sync', async () => {
    const someone = (await ashby<{ id: string }[]>('candidate.list', { limit: 1 }))[0];
    await ashby('admin/updateCandidate', { candidateId: someone.id, position: 'Quasarwright Lead' });
    const client = await mcp(MCP_TOKEN);
    try {
      const hit = await eventually('the edited title in search', async () => {
        const r = await search(client, { boolean: 'quasarwright' });
        return r.results.length > 0 ? r.results : undefined;
      }, SLOW);
      expect(hit.map((r) => r.candidateId)).toEqual([someone.id]);
    } finally {
      await client.close();
    }
    const runs = readMirror((db) => db.prepare(`SELECT mode, status FROM sync_runs ORDER BY id`).all() as { mode: string; status: string }[]);
    expect(runs[0]).toEqual({ mode: 'full', status: 'ok' });
    expect(runs.filter((r) => r.mode === 'incremental' && r.status === 'ok').length).toBeGreaterThan(0);
  }, SLOW);

  test('get_sync_status is true: the real re-index backlog, and the same "data as of" as search', async () => {
    const client = await mcp(MCP_TOKEN);
    type Status = { outboxBacklog: number; asOf: string | null; counts: { candidates: number } };
    const status = async () => ((await client.callTool({ name: 'get_sync_status', arguments: {} })) as unknown as { structuredContent: Status }).structuredContent;
    try {
      const caughtUp = await eventually('the index to catch up', async () => {
        const st = await status();
        return st.outboxBacklog === 0 ? st : undefined;
      }, SLOW);
      expect(caughtUp.counts.candidates).toBe(61);
      // The periodic sync moves "as of" every few seconds: compare within a window no sync ended in.
      const { before, searched } = await eventually('a window without a sync finishing', async () => {
        const before = await status();
        const searched = await search(client, { limit: 1 });
        const after = await status();
        return before.asOf === after.asOf ? { before, searched } : undefined;
      }, SLOW);
      expect(before.asOf).not.toBeNull();
      expect(searched.asOf).toBe(before.asOf);
    } finally {
      await client.close();
    }
  }, SLOW);

  test('a CLI search and `rediscovery mcp` next to the running serve read its index', async () => {
    const cli = runProduct(['search', '--boolean', 'xylophonist', '--json'], env);
    expect(await cli.exited).toBe(0);
    const json = cli.lines.slice(cli.lines.findIndex((l) => l === '{')).join('\n');
    expect((JSON.parse(json.slice(0, json.lastIndexOf('}') + 1)) as { results: Found[] }).results.map((r) => r.name)).toEqual(['Wilhelmina Xylander']);

    const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp'], env: { ...env, PATH: process.env.PATH!, LOG_LEVEL: 'error' } as Record<string, string>, stderr: 'pipe' });
    const client = new Client({ name: 'e2e-stdio', version: '0' });
    await client.connect(transport);
    try {
      expect((await search(client, { boolean: 'quasarwright' })).results).toHaveLength(1);
    } finally {
      await client.close();
    }
  }, SLOW);

  test('a signed Slack command is answered through the Web API double; a bad signature is refused', async () => {
    const url = `${base()}/slack/events`;
    const body = (text: string) => {
      const form = new URLSearchParams(slackPayloads.command(text));
      form.set('response_url', slackServer.responseUrl);
      return form.toString();
    };
    const refused = await postSigned(url, SLACK_SECRET, body('status'), { contentType: 'form', signature: 'v0=' + '0'.repeat(64) });
    expect(refused.status).toBe(401);

    const acked = await postSigned(url, SLACK_SECRET, body('status'), { contentType: 'form' });
    expect(acked.status).toBe(200);
    const reply = await Promise.race([
      slackServer.slack.waitFor((c) => c.kind === 'response_url' && /candidates/.test(String(c.body.text))),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no Slack reply within the deadline')), SLOW).unref()),
    ]);
    expect(String(reply.body.text)).toMatch(/\d+ candidates/);
  }, SLOW);

  test('SIGTERM stops it cleanly, and a restart resumes incrementally', async () => {
    expect(await serve.stop('SIGTERM', SLOW)).toBe(0);
    expect(serve.lines).toContain('Stopping…');
    readMirror((db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare(`SELECT count(*) AS n FROM sync_runs WHERE status = 'running'`).get()).toEqual({ n: 0 });
    });
    const keyword = new Database(path.join(dataDir, 'index', 'keyword.db'), { readonly: true });
    expect(keyword.pragma('integrity_check', { simple: true })).toBe('ok');
    keyword.close();
    const fullRuns = () => readMirror((db) => (db.prepare(`SELECT count(*) AS n FROM sync_runs WHERE mode = 'full'`).get() as { n: number }).n);
    expect(fullRuns()).toBe(1);

    serve = await startServe();
    expect(serve.lines.some((l) => /^Syncing .* \(incremental\)/.test(l))).toBe(true);
    expect(fullRuns()).toBe(1);
    const client = await mcp(MCP_TOKEN);
    try {
      // What was indexed before the restart is searchable at once: no rebuild.
      expect((await search(client, { boolean: 'xylophonist' })).results).toHaveLength(1);
    } finally {
      await client.close();
    }
    expect(await serve.stop('SIGTERM', SLOW)).toBe(0);
  }, SLOW * 2);
});
