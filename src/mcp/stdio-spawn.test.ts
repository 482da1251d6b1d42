import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../../test/support/child-process.js';
import { syncedDataDir, type SyncedDataDir } from '../../test/support/synced-data-dir.js';
import { auditActionsInFile } from '../../test/support/mirror-rows.js';

/*
 * `rediscovery mcp` as Claude Desktop runs it: the shipped entry point over stdio, on a mirror that
 * `rediscovery sync` filled from an account and an index `rediscovery reindex` built — the product's
 * own search, not a stand-in.
 */
describe('MCP over stdio (bin/rediscovery.js mcp on a synced mirror)', () => {
  let account: SyncedDataDir;
  let marked: string;
  beforeAll(async () => {
    // One candidate gets a title no one else has, so the expected answer is exact.
    account = await syncedDataDir({
      seed: 5,
      candidates: 40,
      prepare: (fake) => {
        marked = fake.state.candidates.all()[7]!.id;
        fake.admin.updateCandidate({ candidateId: marked, position: 'Zymurgist Platform Lead' });
      },
    });
  }, 300_000);
  afterAll(async () => account?.cleanup());

  it('lists tools and finds a synced candidate through the real index', async () => {
    // StdioClientTransport passes only a few variables to the child, so the data dir is explicit.
    const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp'], env: { ...account.env, PATH: process.env.PATH! } as Record<string, string>, stderr: 'pipe' });
    const client = new Client({ name: 'stdio-test', version: '0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('search_candidates');
      const r = (await client.callTool({ name: 'search_candidates', arguments: { boolean: 'zymurgist', limit: 5 } })) as unknown as {
        structuredContent: { results: { candidateId: string }[]; total: number; mode: string };
      };
      expect(r.structuredContent.results.map((x) => x.candidateId)).toEqual([marked]);
      const status = (await client.callTool({ name: 'get_sync_status', arguments: {} })) as unknown as { structuredContent: { counts: { candidates: number } } };
      expect(status.structuredContent.counts.candidates).toBe(40);
    } finally {
      await client.close();
    }
    expect(auditActionsInFile(path.join(account.dataDir, 'mirror.db'))).toEqual([
      { actor: 'mcp:stdio', action: 'tool:search_candidates' },
      { actor: 'mcp:stdio', action: 'tool:get_sync_status' },
    ]);
  }, 120_000);
});
