import { Command } from 'commander';
import { openContext } from '../app/context.js';
import { openProduct } from '../app/product.js';
import { loadConfig } from '../shared/config.js';
import { logger } from '../shared/logger.js';
import { cliErrorLine, oneLine } from './error-line.js';
import { registerAskCommand } from './commands/ask.js';
import { registerEnrichCommand } from './commands/enrich.js';
import { registerExportCommand } from './commands/export.js';
import { registerEvalIdentityCommand } from './commands/eval-identity.js';
import { registerEvalJobsCommand } from './commands/eval-jobs.js';
import { registerEvalNlCommand } from './commands/eval-nl.js';
import { registerEvalProfilesCommand } from './commands/eval-profiles.js';
import { registerEvalSearchCommand } from './commands/eval-search.js';
import { registerFakeAshbyCommand } from './commands/fake-ashby.js';
import { registerInsightsCommand } from './commands/insights.js';
import { registerMcpCommand } from './commands/mcp.js';
import { registerPurgeCommand } from './commands/purge.js';
import { registerRediscoverCommand } from './commands/rediscover.js';
import { registerReindexCommand } from './commands/reindex.js';
import { registerSearchCommand } from './commands/search.js';
import { registerServeCommand } from './commands/serve.js';
import { registerSyncCommand } from './commands/sync.js';
import { registerVerifyCommand } from './commands/verify.js';

/** The `rediscovery` CLI: each command lives in src/cli/commands/<name>.ts and registers itself here. */
const program = new Command('rediscovery')
  .description('Talent rediscovery for Ashby')
  // Set before the commands are added so every subcommand inherits it: commander's usage errors
  // ("unknown option '--stages'" + "(Did you mean --stage?)") become one line.
  .configureOutput({ outputError: (message, write) => write(`${oneLine(message)} (see --help)\n`) });

registerServeCommand(program);
registerSyncCommand(program);
registerVerifyCommand(program);
registerSearchCommand(program);
registerInsightsCommand(program);
registerAskCommand(program);
registerExportCommand(program);
registerRediscoverCommand(program);
registerReindexCommand(program);
registerEnrichCommand(program);
registerMcpCommand(program, async () => {
  // Next to a running `serve` this is a reader: it serves from serve's index and never writes it.
  const ctx = openContext(loadConfig(), undefined, { readerIfServing: true });
  const product = await openProduct(ctx);
  if (ctx.reader) logger.info({ servePid: ctx.reader.pid }, 'reading next to a running serve: it keeps the index current');
  return product.mcpDeps('mcp:stdio');
});
registerPurgeCommand(program);
registerFakeAshbyCommand(program);

const evalCommand = program.command('eval').description('Evaluations: search, profiles, identity, natural language, job matching');
registerEvalSearchCommand(evalCommand);
registerEvalProfilesCommand(evalCommand);
registerEvalIdentityCommand(evalCommand);
registerEvalNlCommand(evalCommand);
registerEvalJobsCommand(evalCommand);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Errors are for users: one line saying what was wrong, never a stack trace.
  process.stderr.write(`${cliErrorLine(error)}\n`);
  process.exitCode = 1;
}
