import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';

/*
 * The MCP Inspector CLI (a real client we did not write) against `bin/rediscovery.js mcp` on a mirror
 * synced from an account and indexed by the shipped CLI (scripts/inspector-check.sh does the set-up).
 */
describe('MCP Inspector CLI against `rediscovery mcp`', () => {
  it('lists the tools and finds the marked candidate through the real index', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'error' };
    delete env.REDISCOVERY_DATA_DIR;
    const { stdout } = await promisify(execFile)('bash', [fromPackageRoot('scripts/inspector-check.sh')], { encoding: 'utf8', timeout: 280_000, env });
    expect(stdout).toContain('tools/list OK');
    expect(stdout).toContain('tools/call search_candidates OK');
  }, 300_000);
});
