import { createAshbyClient } from '../app/context.js';
import { serveLockHolder } from '../app/serve-lock.js';
import type { AppConfig } from '../shared/config.js';
import { AppError } from '../shared/errors.js';
import type { AshbyClient } from '../sync/client/ashby-client.js';

/** Where a one-off `rediscovery sync` reads from: the configured Ashby, or the demo account (`--demo`). */
interface SyncSource {
  client: AshbyClient;
  label: string;
  close(): Promise<void>;
}

/**
 * Decide what `sync` may do, before it opens the mirror for writing:
 * - next to a running `serve` it refuses (one writer per folder), saying that serve keeps the mirror
 *   current itself and how;
 * - `--demo` syncs the demo account serve would show (the same seeded fake Ashby, on loopback, for
 *   the length of the command);
 * - otherwise it needs ASHBY_API_KEY, and says so, naming `--demo` and `npm start`.
 */
export async function openSyncSource(config: AppConfig, opts: { demo?: { seed: number; candidates: number } }): Promise<SyncSource> {
  const serving = serveLockHolder(config.dataDir);
  if (serving && serving.pid !== process.pid) {
    const every = config.REDISCOVERY_SYNC_INTERVAL_MINUTES > 0 ? `an incremental sync every ${config.REDISCOVERY_SYNC_INTERVAL_MINUTES} minutes` : 'no periodic sync (REDISCOVERY_SYNC_INTERVAL_MINUTES=0)';
    throw new AppError(
      'data_dir_in_use',
      `\`rediscovery serve\` (pid ${serving.pid}) is the writer for ${config.dataDir} and keeps it in sync itself (webhook changes within seconds, ${every}); a second writer is refused. Search it with \`rediscovery search\` or \`ask\` next to it, or stop serve to sync by hand.`,
      { details: { pid: serving.pid } },
    );
  }
  if (opts.demo) {
    if (config.ASHBY_API_KEY) throw new AppError('invalid_input', '--demo syncs the bundled demo account, but ASHBY_API_KEY is set: unset it, or drop --demo to sync your Ashby account.');
    const { startFakeAshby, DEFAULT_FAKE_API_KEY } = await import('../sync/fake/index.js');
    const fake = await startFakeAshby({ port: 0, seed: opts.demo.seed, candidates: opts.demo.candidates, apiKey: DEFAULT_FAKE_API_KEY, rateLimitPerMinute: 1_000_000 });
    const client = createAshbyClient(config, { apiKey: DEFAULT_FAKE_API_KEY, baseUrl: fake.url, maxRequestsPerMinute: 1_000_000 })!;
    return { client, label: `the demo account (seed ${opts.demo.seed}, ${opts.demo.candidates} candidates)`, close: () => fake.close() };
  }
  const client = createAshbyClient(config);
  if (!client) {
    throw new AppError(
      'ashby_auth_missing',
      'ASHBY_API_KEY is not set. Set it (and ASHBY_BASE_URL for a non-default host), or add --demo to sync the bundled demo account, or run `npm start` to serve the demo.',
    );
  }
  return { client, label: config.ASHBY_BASE_URL, close: async () => {} };
}
