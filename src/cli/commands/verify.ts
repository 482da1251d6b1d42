import type { Command } from 'commander';
import { loadConfig } from '../../shared/config.js';
import { userMessage } from '../../shared/errors.js';
import { AshbyClient } from '../../sync/client/ashby-client.js';
import { formatVerifyReport, verifyKey } from '../../sync/client/verify.js';

/**
 * `rediscovery verify`: check ASHBY_API_KEY against ASHBY_BASE_URL and print what it may read.
 * Exit code 1 when the key is missing or refused, 2 when it works but some areas are not readable.
 */
export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('Check the Ashby API key (ASHBY_API_KEY) and print what it may read')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { json?: boolean }) => {
      const config = loadConfig();
      const client = new AshbyClient({
        apiKey: config.ASHBY_API_KEY ?? '',
        baseUrl: config.ASHBY_BASE_URL,
        maxRequestsPerMinute: config.ASHBY_MAX_REQUESTS_PER_MINUTE,
        // A check should answer quickly rather than sit out a long outage.
        maxRetries: 2,
        timeoutMs: 15_000,
      });
      try {
        const report = await verifyKey(client);
        process.stdout.write(`${opts.json ? JSON.stringify(report, null, 2) : formatVerifyReport(report, config.ASHBY_BASE_URL)}\n`);
        if (report.checks.some((c) => !c.ok)) process.exitCode = 2;
      } catch (error) {
        process.stderr.write(`${userMessage(error)}\n`);
        process.exitCode = 1;
      }
    });
}
