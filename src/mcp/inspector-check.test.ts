import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPackageRoot } from '../shared/paths.js';

const built = fs.existsSync(fromPackageRoot('dist/src/mcp/dev-stdio-entry.js')) && fs.existsSync(fromPackageRoot('node_modules/.bin/mcp-inspector'));

describe.skipIf(!built)('MCP Inspector CLI against the stdio server', () => {
  it('lists the tools and calls search_candidates', () => {
    const out = execFileSync('bash', [fromPackageRoot('scripts/inspector-check.sh')], { encoding: 'utf8', timeout: 110_000, env: { ...process.env, LOG_LEVEL: 'error' } });
    expect(out).toContain('tools/list OK');
    expect(out).toContain('tools/call search_candidates OK');
  }, 120_000);
});
