import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';
import { startFakeAshby, type FakeAshby } from '../sync/fake/index.js';
import { bestOfReached, readWorkbookCounts } from '../../test/support/workbook-counts.js';

/*
 * The assistant's context window is the scarce resource. This budget test measures what an MCP
 * client receives from the shipped entry (`bin/rediscovery.js mcp`) over stdio, on a 300-candidate
 * demo account synced by `bin/rediscovery.js sync`, and fails when an answer outgrows its budget,
 * so growth is noticed (issue 15: tools/list was 36 KB, a 3-result search 35 KB, an export 687 KB).
 */

const BIN = fromPackageRoot('bin/rediscovery.js');
const KB = 1024;
const BUDGET = { toolsList: 24 * KB, search3: 6 * KB, export: 16 * KB, jobMatches: 16 * KB };
const size = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

let fake: FakeAshby;
let dir: string;
let env: Record<string, string>;

function run(args: string[], extraEnv: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`rediscovery ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

beforeAll(async () => {
  fake = await startFakeAshby({ seed: 1, candidates: 300, rateLimitPerMinute: 10_000_000 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-budget-'));
  // The encoder's cache is shared when the environment names one (CI), so embeddings are reused.
  env = { REDISCOVERY_DATA_DIR: dir, REDISCOVERY_MODEL_CACHE: process.env.REDISCOVERY_MODEL_CACHE ?? path.join(dir, 'models'), LOG_LEVEL: 'error', PATH: process.env.PATH ?? '' };
  await run(['sync'], { ASHBY_BASE_URL: fake.url, ASHBY_API_KEY: fake.apiKey });
}, 600_000);

afterAll(async () => {
  await fake?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('MCP answer sizes on the 300-candidate demo account (stdio, shipped entry)', () => {
  it('keeps tools/list, a 3-result search, an export and job matches within budget, and answers usefully', async () => {
    const client = new Client({ name: 'budget-test', version: '0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp'], env, stderr: 'pipe' }));
    try {
      const tools = await client.listTools();
      expect(size(tools)).toBeLessThanOrEqual(BUDGET.toolsList);

      const search = (await client.callTool({ name: 'search_candidates', arguments: { text: 'backend engineer', limit: 3 } })) as any;
      expect(search.isError).toBeFalsy();
      expect(search.structuredContent.results).toHaveLength(3);
      expect(search.structuredContent.results[0]).toMatchObject({ name: expect.any(String), why: expect.any(String) });
      expect(size(search)).toBeLessThanOrEqual(BUDGET.search3);

      // A person by name: the first thing users try.
      const someone = fake.state.candidates.all()[17];
      const byName = (await client.callTool({ name: 'search_candidates', arguments: { text: someone.name, limit: 3 } })) as any;
      expect(byName.structuredContent.results[0].candidateId).toBe(someone.id);
      const byEmail = (await client.callTool({ name: 'search_candidates', arguments: { text: someone.emails[0], limit: 3 } })) as any;
      expect(byEmail.structuredContent.results[0].candidateId).toBe(someone.id);

      const exported = (await client.callTool({ name: 'export_candidates_xlsx', arguments: { text: 'backend engineer' } })) as any;
      expect(exported.isError).toBeFalsy();
      expect(exported.structuredContent.rowCount).toBeGreaterThan(0);
      expect(size(exported)).toBeLessThanOrEqual(BUDGET.export);
      const file = await client.readResource({ uri: exported.structuredContent.uri });
      expect(Buffer.from((file.contents[0] as { blob: string }).blob, 'base64').subarray(0, 2).toString()).toBe('PK');

      const jobs = (await client.callTool({ name: 'list_jobs', arguments: { query: 'product manager platform' } })) as any;
      expect(jobs.structuredContent.jobs.map((j: { title: string }) => j.title)).toEqual(['Product Manager, Platform']);

      const fit = (await client.callTool({ name: 'find_candidates_for_job', arguments: { job: 'Senior Backend Engineer' } })) as any;
      expect(fit.isError).toBeFalsy();
      expect(fit.structuredContent.job.title).toBe('Senior Backend Engineer');
      expect(fit.structuredContent.results.length).toBeGreaterThan(0);
      expect(size(fit)).toBeLessThanOrEqual(BUDGET.jobMatches);

      // Printed so a change in size shows up in the test log, not only when a budget breaks.
      console.log(`MCP sizes (bytes): tools/list ${size(tools)}, search limit 3 ${size(search)}, export ${size(exported)}, find_candidates_for_job ${size(fit)}`);
    } finally {
      await client.close();
    }
  }, 600_000);

  it('exports a free-text search as its best matches, the set its insights describe; allReached lists everyone reached', async () => {
    const client = new Client({ name: 'export-scope-test', version: '0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp'], env, stderr: 'pipe' }));
    const exportOf = async (args: Record<string, unknown>) => {
      const res = (await client.callTool({ name: 'export_candidates_xlsx', arguments: args })) as any;
      expect(res.isError, JSON.stringify(res.content)).toBeFalsy();
      const file = await client.readResource({ uri: res.structuredContent.uri });
      return { res, book: await readWorkbookCounts(Buffer.from((file.contents[0] as { blob: string }).blob, 'base64')) };
    };
    try {
      const best = await exportOf({ text: 'product designer' });
      const counts = bestOfReached(best.book.provenance.get('Who the Candidates sheet lists'));
      expect(counts, [...best.book.provenance].join('\n')).not.toBeNull();
      const [n, reached] = counts!;
      expect(n).toBeLessThan(reached);
      expect(best.res.structuredContent.scope).toBe(`${n} best matches of ${reached} reached`);
      // The Candidates sheet and the Insights sheet describe the same people.
      expect(Number(best.book.provenance.get('Candidates (people)'))).toBe(n);
      expect(Number(best.book.provenance.get('Insights computed over (candidates)'))).toBe(n);
      expect(best.book.provenance.get('How they were chosen')).toContain(`the ${n} best matches of "product designer"`);

      const all = await exportOf({ text: 'product designer', allReached: true });
      expect(all.book.provenance.get('Who the Candidates sheet lists')).toBe(`everyone the search reached: all ${reached}`);
      expect(Number(all.book.provenance.get('Candidates (people)'))).toBe(reached);
      // With allReached the Insights sheet covers everyone listed, and Provenance says so.
      expect(Number(all.book.provenance.get('Insights computed over (candidates)'))).toBe(reached);
      expect(all.book.provenance.get('Who the Insights sheet describes')).toMatch(new RegExp(`^everyone the search for "product designer" reached: all ${reached} candidates, of whom the ${n} best matches`));
      expect(all.book.candidateRows).toBeGreaterThan(best.book.candidateRows);

      // Filters only: every match, as before.
      const filtered = await exportOf({ filters: { stage: ['Onsite'] } });
      expect(filtered.book.provenance.get('Who the Candidates sheet lists')).toMatch(/^every match: all \d+$/);
      console.log(`export "product designer": ${n} best matches of ${reached} reached (rows ${best.book.candidateRows} vs ${all.book.candidateRows} with allReached)`);
    } finally {
      await client.close();
    }
  }, 600_000);
});
