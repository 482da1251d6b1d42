import type { Command } from 'commander';
import type { ProductApi } from '../../app/product-api.js';
import { runStdio } from '../../mcp/stdio.js';

/** `rediscovery mcp`: serve the MCP tools over stdio (for Claude Desktop and other local clients). */
export function registerMcpCommand(program: Command, openApi: () => Promise<ProductApi>): void {
  program
    .command('mcp')
    .description('Serve the MCP tools over stdio (Claude Desktop, IDE agents). Logs go to stderr; stdout is the protocol.')
    .action(async () => {
      await runStdio(await openApi());
    });
}
