import type { Command } from 'commander';
import type { McpDeps } from '../../mcp/deps.js';
import { runStdio } from '../../mcp/stdio.js';

/** `rediscovery mcp`: serve the MCP tools over stdio (for Claude Desktop and other local clients). */
export function registerMcpCommand(program: Command, makeDeps: () => Promise<McpDeps>): void {
  program
    .command('mcp')
    .description('Serve the MCP tools over stdio (Claude Desktop, IDE agents). Logs go to stderr; stdout is the protocol.')
    .action(async () => {
      await runStdio(await makeDeps());
    });
}
