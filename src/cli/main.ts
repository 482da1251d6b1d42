import { Command } from 'commander';

/** The `rediscovery` CLI: each command lives in src/cli/commands/<name>.ts and registers itself here. */
const program = new Command('rediscovery').description('Talent rediscovery for Ashby').showHelpAfterError();

await program.parseAsync(process.argv);
