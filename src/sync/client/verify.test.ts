import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { registerVerifyCommand } from '../../cli/commands/verify.js';
import { AshbyClient } from './ashby-client.js';
import { fixture, startReplayServer, type ReplayServer } from '../../../test/support/ashby-recordings/replay-server.js';
import { formatVerifyReport, verifyKey } from './verify.js';

let server: ReplayServer;
beforeEach(async () => {
  server = await startReplayServer();
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await server.close();
});

const client = () => new AshbyClient({ apiKey: 'k', baseUrl: server.baseUrl, sleep: async () => {}, maxRetries: 0 });
const okList = { body: { success: true, results: [], moreDataAvailable: false } };
const denied = { status: 403, body: fixture('error-missing-permission') };

describe('verifyKey', () => {
  it('reports the key and which areas it may read', async () => {
    server.reply({ body: fixture('api-key-info') }, okList, denied, okList, { body: fixture('source-list') }, { body: fixture('user-list-last-page') });
    const report = await verifyKey(client());
    expect(report.title).toBe('Rediscovery mirror');
    expect(report.scopes).toContain('candidatesRead');
    expect(report.checks.map((c) => [c.endpoint, c.scope, c.ok])).toEqual([
      ['candidate.list', 'candidatesRead', true],
      ['job.list', 'jobsRead', false],
      ['interviewPlan.list', 'interviewsRead', true],
      ['source.list', 'hiringProcessMetadataRead', true],
      ['user.list', 'organizationRead', true],
    ]);
    expect(report.checks[1].code).toBe('ashby_permission_denied');
    expect(server.requests.map((r) => r.path)).toEqual(['/apiKey.info', '/candidate.list', '/job.list', '/interviewPlan.list', '/source.list', '/user.list']);
    expect(server.requests[1].body).toEqual({ limit: 1 });
    const text = formatVerifyReport(report, server.baseUrl);
    expect(text).toContain('✗ job.list (jobsRead)');
    expect(text).toContain('1 check(s) failed');
  });

  it('throws when the key is refused', async () => {
    server.reply({ status: 403, body: 'Forbidden' });
    await expect(verifyKey(client())).rejects.toMatchObject({ code: 'ashby_auth_invalid' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('rediscovery verify', () => {
  async function run(): Promise<{ out: string; err: string }> {
    let out = '';
    let err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
    const program = new Command('rediscovery').exitOverride();
    registerVerifyCommand(program);
    await program.parseAsync(['node', 'rediscovery', 'verify']);
    vi.restoreAllMocks();
    return { out, err };
  }

  it('prints what the key may read', async () => {
    vi.stubEnv('ASHBY_API_KEY', 'k');
    vi.stubEnv('ASHBY_BASE_URL', server.baseUrl);
    server.reply({ body: fixture('api-key-info') }, okList);
    const { out } = await run();
    expect(out).toContain('Key: Rediscovery mirror');
    expect(out).toContain('✓ candidate.list (candidatesRead)');
    expect(process.exitCode ?? 0).toBe(0);
  });

  it('exits 1 and says what to fix when the key is missing', async () => {
    vi.stubEnv('ASHBY_API_KEY', undefined);
    vi.stubEnv('ASHBY_BASE_URL', server.baseUrl);
    const { err } = await run();
    expect(err).toContain('ASHBY_API_KEY');
    expect(process.exitCode).toBe(1);
    expect(server.requests).toHaveLength(0);
  });
});
