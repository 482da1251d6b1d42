import { Cron } from 'croner';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import type { AshbyCaller } from './ashby-caller.js';
import { runSync, type RunSyncOptions, type SyncSummary } from './run-sync.js';

/**
 * Runs syncs one at a time: a periodic incremental sync (the safety net behind webhooks) and a
 * scheduled full reconciliation (daily by default) that catches deletions no webhook reported.
 */
export class SyncScheduler {
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private cron: Cron | null = null;

  constructor(
    private readonly db: Db,
    private readonly client: AshbyCaller,
    private readonly base: Omit<RunSyncOptions, 'mode'>,
    private readonly onSynced?: (summary: SyncSummary) => void,
  ) {}

  /** Queue a sync behind any running one. */
  run(mode: 'full' | 'incremental', extra: Partial<RunSyncOptions> = {}): Promise<SyncSummary> {
    const next = this.chain.then(() => runSync(this.db, this.client, { ...this.base, ...extra, mode }));
    this.chain = next.catch(() => undefined);
    return next.then((summary) => {
      this.onSynced?.(summary);
      return summary;
    });
  }

  start(opts: { intervalMinutes: number; reconcileCron: string }): void {
    if (opts.intervalMinutes > 0) {
      this.timer = setInterval(() => {
        this.run('incremental').catch((error) => logger.error({ err: (error as Error).message }, 'periodic incremental sync failed'));
      }, opts.intervalMinutes * 60_000);
      this.timer.unref();
    }
    this.cron = new Cron(opts.reconcileCron, () => {
      this.run('full').catch((error) => logger.error({ err: (error as Error).message }, 'scheduled full reconciliation failed'));
    });
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.cron?.stop();
    await this.chain;
  }
}
