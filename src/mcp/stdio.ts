import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { logger } from '../shared/logger.js';
import type { McpDeps } from './deps.js';
import { createServer } from './server.js';

/** Serve MCP over stdin/stdout until stdin closes. Nothing else may write to stdout. */
export async function runStdio(deps: McpDeps): Promise<void> {
  const server = createServer({ ...deps, actor: 'mcp:stdio' });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  logger.info('mcp stdio server ready');
  await closed;
  await server.close().catch(() => undefined);
}
