import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../shared/config.js';

/*
 * The HTTP bearer token: `MCP_BEARER_TOKEN` when set, else a random token created on first start and
 * kept in `<dataDir>/mcp-token` (mode 0600, so other local users cannot read it).
 */

const TOKEN_FILE = 'mcp-token';

/** The token the HTTP transport requires, creating and storing one on first start. */
export function loadOrCreateMcpToken(dataDir: string, env: { MCP_BEARER_TOKEN?: string } = loadConfig()): { token: string; source: 'env' | 'file' | 'created'; file: string } {
  const file = path.join(dataDir, TOKEN_FILE);
  const fromEnv = env.MCP_BEARER_TOKEN?.trim();
  if (fromEnv) return { token: fromEnv, source: 'env', file };
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 16) {
      fs.chmodSync(file, 0o600);
      return { token: existing, source: 'file', file };
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  // `wx` so two processes starting at once cannot both write different tokens silently.
  try {
    fs.writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateMcpToken(dataDir, env);
    throw err;
  }
  fs.chmodSync(file, 0o600);
  return { token, source: 'created', file };
}
