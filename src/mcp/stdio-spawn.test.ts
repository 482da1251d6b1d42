import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';
import { openDb } from '../store/db.js';
import { auditLog } from '../store/schema.js';
import { seedMirror } from '../views/mirror-fixture.js';

const ENTRY = fromPackageRoot('dist/src/mcp/dev-stdio-entry.js');

/** Seed a mirror file in a temp data dir for the built stdio entry to serve. */
export function seedDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rediscovery-stdio-'));
  const db = openDb(path.join(dir, 'mirror.db'));
  seedMirror(db);
  db.$client.close();
  return dir;
}

describe.skipIf(!fs.existsSync(ENTRY))('MCP over stdio (spawned built entry)', () => {
  const dir = seedDataDir();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists tools and calls search_candidates over a real child process', async () => {
    // StdioClientTransport passes only a few variables to the child, so the data dir is explicit.
    const transport = new StdioClientTransport({ command: process.execPath, args: [ENTRY], env: { REDISCOVERY_DATA_DIR: dir, LOG_LEVEL: 'error' }, stderr: 'pipe' });
    const client = new Client({ name: 'stdio-test', version: '0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('search_candidates');
      const r = (await client.callTool({ name: 'search_candidates', arguments: { text: 'lovelace' } })) as unknown as { structuredContent: { results: { candidateId: string }[] } };
      expect(r.structuredContent.results.map((x) => x.candidateId)).toEqual(['C1']);
    } finally {
      await client.close();
    }
    const db = openDb(path.join(dir, 'mirror.db'));
    expect(db.select().from(auditLog).all()).toEqual([expect.objectContaining({ actor: 'mcp:stdio', action: 'tool:search_candidates', resultCount: 1 })]);
    db.$client.close();
  });
});
