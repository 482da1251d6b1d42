import type { Command } from 'commander';
import { buildDoors } from '../../server/doors.js';
import { serve } from '../../server/serve.js';
import { environment, loadConfig } from '../../shared/config.js';
import { wholeNumber } from '../options.js';
import { createProgress } from '../progress.js';

/** `rediscovery serve`: the long-running product (what `npm start` runs). */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Mirror Ashby continuously and serve webhooks, MCP over HTTP and Slack (demo account when ASHBY_API_KEY is unset)')
    .option('-p, --port <port>', 'HTTP port (default REDISCOVERY_PORT or 3977)', wholeNumber(0, 65_535))
    .option('--demo-candidates <n>', 'size of the demo account', wholeNumber(1), 2000)
    .option('--demo-seed <n>', 'seed of the demo account', wholeNumber(0), 42)
    .action(async (opts: { port?: number; demoCandidates: number; demoSeed: number }) => {
      const config = loadConfig(opts.port !== undefined ? { ...environment(), REDISCOVERY_PORT: String(opts.port) } : environment());
      const running = await serve({
        config,
        progress: createProgress(),
        doors: buildDoors,
        demo: { seed: Number(opts.demoSeed), candidates: Number(opts.demoCandidates) },
      });
      const shutdown = async () => {
        process.stderr.write('Stopping…\n');
        await running.stop();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
