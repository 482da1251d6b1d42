import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { logger } from '../shared/logger.js';
import type { ProductApi } from '../app/product-api.js';
import { createServer } from './server.js';

/** Serve MCP over stdin/stdout until stdin closes. Nothing else may write to stdout. */
export async function runStdio(api: ProductApi): Promise<void> {
  const server = createServer(api);
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
