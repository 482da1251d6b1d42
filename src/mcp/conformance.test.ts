import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';

/*
 * The official MCP conformance suite (a client we did not write) against serve's /mcp on a demo
 * account: the generic server scenarios of issue 15. scripts/conformance-check.sh installs the pinned
 * suite and a Node 22 from npm (the suite needs Node >= 22; CI and the product run Node 20) outside the
 * project, starts serve and stops it. It runs in CI: npm's registry is all it needs, ≈ 50 s.
 */
const SCENARIOS = ['server-initialize', 'ping', 'tools-list', 'resources-list', 'prompts-list', 'dns-rebinding-protection', 'logging-set-level', 'completion-complete'];

describe('MCP conformance suite against `rediscovery serve` /mcp', () => {
  it('passes every generic server scenario', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error' };
    for (const key of ['REDISCOVERY_DATA_DIR', 'MCP_URL', 'MCP_BEARER_TOKEN', 'ASHBY_API_KEY', 'ASHBY_BASE_URL']) delete env[key];
    const { stdout } = await promisify(execFile)('bash', [fromPackageRoot('scripts/conformance-check.sh')], { encoding: 'utf8', timeout: 560_000, env });
    for (const scenario of SCENARIOS) expect(stdout).toMatch(new RegExp(`^conformance-check: ${scenario} OK \\(Passed: (\\d+)/\\1\\)$`, 'm'));
    expect(stdout).toContain(`all ${SCENARIOS.length} scenarios pass`);
  }, 600_000);
});
