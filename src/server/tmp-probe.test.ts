import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { loadConfig } from '../shared/config.js';
import { buildDoors } from './doors.js';
import { serve } from './serve.js';
test('probe', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oversized-'));
  const config = loadConfig({ REDISCOVERY_DATA_DIR: dir, REDISCOVERY_PORT: '0', REDISCOVERY_SYNC_INTERVAL_MINUTES: '0' });
  const server = await serve({ config, demo: { seed: 7, candidates: 30 }, doors: buildDoors, print: () => undefined });
  const token = fs.readFileSync(path.join(dir, 'mcp-token'), 'utf8').trim();
  const call = async (args: unknown, name = 'get_candidate_profile') => { const t = performance.now(); const r = await fetch(`${server.url}/mcp`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${token}` }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }) }); const b = await r.text(); return [Math.round(performance.now() - t), b.slice(0, 200)]; };
  for (let i = 0; i < 6; i++) console.log(i, await call({ candidateId: 'x'.repeat(200_000) }), await call({ candidateId: 'short' }), await call({}, 'get_sync_status').then(x=>x[0]));
  await server.stop();
}, 120000);
