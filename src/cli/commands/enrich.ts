import type { Command } from 'commander';
import { enrichAll } from '../../match/enrich/enrich-candidates.js';
import { refreshIdentityLinks } from '../../match/enrich/refresh-identity.js';
import { loadConfig } from '../../shared/config.js';
import { openContext } from '../../app/context.js';
import { createProgress } from '../progress.js';

/** `rediscovery enrich [--all] [--no-identity] [--json]`: bring candidate profiles (and duplicate links) up to date. */
export function registerEnrichCommand(program: Command): void {
  program
    .command('enrich')
    .description('Extract candidate profiles from Ashby fields and resumes (only stale ones unless --all), then refresh duplicate links')
    .option('--all', 'recompute every profile, not only stale ones')
    .option('--no-identity', 'skip the account-wide duplicate detection')
    .option('--json', 'print the summary as JSON')
    .action((opts: { all?: boolean; identity: boolean; json?: boolean }) => {
      const config = loadConfig();
      const ctx = openContext(config, null);
      const db = ctx.db;
      try {
        const progress = createProgress();
        let phaseStarted = false;
        let reported = 0;
        const profiles = enrichAll(
          db,
          new Date(),
          ({ done, total }) => {
            if (!phaseStarted) {
              progress.phase('profiles', total);
              phaseStarted = true;
            }
            progress.tick(done - reported);
            reported = done;
          },
          { all: opts.all },
        );
        if (phaseStarted) progress.done();
        const identity = opts.identity ? refreshIdentityLinks(db) : null;
        const perCandidateMs = profiles.written + profiles.removed > 0 ? profiles.ms / (profiles.written + profiles.removed) : 0;
        const summary = { profiles: { ...profiles, perCandidateMs: Math.round(perCandidateMs * 100) / 100 }, identity };
        if (opts.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
        else {
          process.stdout.write(`profiles  written ${profiles.written}, removed ${profiles.removed} in ${profiles.ms} ms (${summary.profiles.perCandidateMs} ms per candidate)\n`);
          if (identity) process.stdout.write(`identity  ${identity.links} links in ${identity.groups} groups over ${identity.candidates} candidates (${identity.ms} ms)\n`);
        }
      } finally {
        ctx.close();
      }
    });
}
