import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerMatches, handleMcpHttp, originAllowed } from './http.js';
import { makeTestDeps } from '../../test/support/mcp-harness.js';
import { auditRows } from '../../test/support/mirror-rows.js';
import { loadOrCreateMcpToken } from './token.js';

const TOKEN = 'test-token-0123456789abcdef';

describe('MCP over Streamable HTTP (real loopback server)', () => {
  const env = makeTestDeps({ actor: 'mcp:http' });
  let server: http.Server;
  let url: URL;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/mcp') void handleMcpHttp(req, res, { api: env.api, token: TOKEN, allowedOrigins: ['https://claude.example'] });
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`);
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    env.cleanup();
  });

  const post = (headers: Record<string, string>) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
    });

  it('lists and calls tools with the bearer token, audited as mcp:http', async () => {
    const client = new Client({ name: 'http-test', version: '0' });
    await client.connect(new StreamableHTTPClientTransport(url, { requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } } }));
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(9);
    const r = (await client.callTool({ name: 'search_candidates', arguments: { text: 'grace' } })) as unknown as { structuredContent: { results: { name: string }[] } };
    expect(r.structuredContent.results.map((x) => x.name)).toEqual(['Grace Hopper']);
    await client.close();
    expect(auditRows(env.db).at(-1)).toMatchObject({ actor: 'mcp:http', action: 'tool:search_candidates', resultCount: 1 });
  });

  it('refuses requests without the token or with a wrong one (401)', async () => {
    const none = await post({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await post({ authorization: 'Bearer wrong' })).status).toBe(401);
    const client = new Client({ name: 'no-token', version: '0' });
    await expect(client.connect(new StreamableHTTPClientTransport(url))).rejects.toThrow();
  });

  it('refuses a foreign Origin (403) and allows loopback or configured origins', async () => {
    expect((await post({ authorization: `Bearer ${TOKEN}`, origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ authorization: `Bearer ${TOKEN}`, origin: 'http://localhost:5173' })).status).toBe(200);
    expect((await post({ authorization: `Bearer ${TOKEN}`, origin: 'https://claude.example' })).status).toBe(200);
  });

  it('answers 405 to GET and DELETE in stateless mode', async () => {
    expect((await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(405);
    expect((await fetch(url, { method: 'DELETE', headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(405);
  });

  it('checks Origin and bearer headers precisely', () => {
    expect(originAllowed(undefined)).toBe(true);
    expect(originAllowed('http://127.0.0.1:8080')).toBe(true);
    expect(originAllowed('http://[::1]')).toBe(true);
    expect(originAllowed('http://localhost.evil.example')).toBe(false);
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(TOKEN, TOKEN)).toBe(false);
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
  });
});

describe('loadOrCreateMcpToken', () => {
  it('creates a 0600 token file once, reuses it, and prefers MCP_BEARER_TOKEN', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-token-'));
    try {
      const first = loadOrCreateMcpToken(dir, {});
      expect(first.source).toBe('created');
      expect(first.token.length).toBeGreaterThanOrEqual(32);
      expect(fs.statSync(path.join(dir, 'mcp-token')).mode & 0o777).toBe(0o600);
      expect(loadOrCreateMcpToken(dir, {})).toMatchObject({ token: first.token, source: 'file' });
      expect(loadOrCreateMcpToken(dir, { MCP_BEARER_TOKEN: 'from-env-0123456789' })).toMatchObject({ token: 'from-env-0123456789', source: 'env' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
