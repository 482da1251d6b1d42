import { Command } from 'commander';
import { AppError } from '../shared/errors.js';
import { registerEvalIdentityCommand } from './commands/eval-identity.js';
import { registerEvalNlCommand } from './commands/eval-nl.js';
import { registerEvalProfilesCommand } from './commands/eval-profiles.js';
import { registerFakeAshbyCommand } from './commands/fake-ashby.js';
import { registerPurgeCommand } from './commands/purge.js';
import { registerServeCommand } from './commands/serve.js';
import { registerSyncCommand } from './commands/sync.js';
import { registerVerifyCommand } from './commands/verify.js';

/** The `rediscovery` CLI: each command lives in src/cli/commands/<name>.ts and registers itself here. */
const program = new Command('rediscovery').description('Talent rediscovery for Ashby').showHelpAfterError();

registerServeCommand(program);
registerSyncCommand(program);
registerVerifyCommand(program);
registerPurgeCommand(program);
registerFakeAshbyCommand(program);

const evalCommand = program.command('eval').description('Evaluations: profiles, identity, natural language, search');
registerEvalProfilesCommand(evalCommand);
registerEvalIdentityCommand(evalCommand);
registerEvalNlCommand(evalCommand);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Coded errors are for users: print the message, not a stack.
  if (AppError.isInstance(error)) {
    process.stderr.write(`Error (${error.code}): ${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}
