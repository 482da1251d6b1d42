import { loadConfig } from '../shared/config.js';
import { logger } from '../shared/logger.js';
import { openDb } from '../store/db.js';
import { createDevDeps } from './dev-deps.js';
import { runStdio } from './stdio.js';

/*
 * A development entry: MCP over stdio on the mirror in REDISCOVERY_DATA_DIR with the stand-in search
 * (src/mcp/dev-deps.ts). Used by the stdio spawn test and scripts/inspector-check.sh until
 * `rediscovery mcp` is wired with the real search engine.
 */
const config = loadConfig();
const db = openDb(config.mirrorPath);
try {
  await runStdio(createDevDeps(db, config, { actor: 'mcp:stdio' }));
} catch (err) {
  logger.error({ err: err instanceof Error ? err.message : String(err) }, 'mcp stdio failed');
  process.exitCode = 1;
} finally {
  db.$client.close();
}
