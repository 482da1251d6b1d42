import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { openDb, type Db } from '../../src/store/db.js';
import { FIXTURE_NOW, seedMirror } from './fixed-mirror.js';
import type { ApplicationCreator } from '../../src/writes/add-candidate-to-job.js';
import type { ProductApi } from '../../src/app/product-api.js';
import { createDevApi } from './stand-in-mcp-deps.js';
import { createServer } from '../../src/mcp/server.js';

/** A seeded in-memory mirror, the product API over it (stand-in search) and a temp exports dir; `cleanup()` removes the dir. */
export function makeTestDeps(opts: { allowWrites?: boolean; ashby?: ApplicationCreator; maxRows?: number; actor?: string } = {}): { db: Db; api: ProductApi; dir: string; cleanup(): void } {
  const db = openDb(':memory:');
  seedMirror(db);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-mcp-'));
  const api = createDevApi(
    db,
    { exportsDir: path.join(dir, 'exports'), REDISCOVERY_EXPORT_MAX_ROWS: opts.maxRows ?? 100, REDISCOVERY_ALLOW_WRITES: opts.allowWrites ?? false },
    { ashby: opts.ashby, now: () => FIXTURE_NOW, actor: opts.actor ?? 'mcp:test' },
  );
  return { db, api, dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A real SDK client connected in memory to a fresh server; `listTools()` is called so output schemas are validated. */
export async function connectInMemory(api: ProductApi): Promise<Client> {
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test', version: '0' });
  await Promise.all([createServer(api).connect(serverTransport), client.connect(clientTransport)]);
  await client.listTools();
  return client;
}
