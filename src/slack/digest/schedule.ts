import { Cron } from 'croner';
import { logger } from '../../shared/logger.js';
import type { ProductApi } from '../../app/product-api.js';
import { buildDigest, type Digest } from './build-digest.js';

/** The first digest covers the last day: there is no earlier digest to continue from. */
const FIRST_DIGEST_LOOKBACK_MS = 24 * 60 * 60 * 1000;

export interface DigestSchedule {
  /** Build and post a digest now (also what each cron tick does). Never throws; false when it failed. */
  runNow(): Promise<boolean>;
  nextRun(): Date | null;
  stop(): void;
}

interface ScheduleDigestsOptions {
  cron: string;
  timezone: string;
  channel: string;
  /** The product as the digest's channel sees it (`slack`). */
  api: Pick<ProductApi, 'digest' | 'lastDigestAt' | 'setLastDigestAt' | 'now'>;
  post(channel: string, digest: Digest): Promise<void>;
}

/**
 * Post digests on a cron schedule. The last digest time lives with the product (the mirror's `meta`
 * table), so a restart continues where the last posted digest ended instead of repeating or skipping.
 * The time only advances after a successful post: a failed post is covered by the next one.
 */
export function scheduleDigests(opts: ScheduleDigestsOptions): DigestSchedule {
  const runNow = async (): Promise<boolean> => {
    const now = opts.api.now();
    try {
      const since = (await opts.api.lastDigestAt()) ?? new Date(now.getTime() - FIRST_DIGEST_LOOKBACK_MS);
      const digest = await buildDigest(opts.api, since, now);
      await opts.post(opts.channel, digest);
      await opts.api.setLastDigestAt(now);
      return true;
    } catch (err) {
      logger.error({ err: (err as Error).message }, 'slack digest failed');
      return false;
    }
  };
  // protect: a slow digest never overlaps the next tick.
  const job = new Cron(opts.cron, { timezone: opts.timezone, protect: true }, async () => {
    await runNow();
  });
  return { runNow, nextRun: () => job.nextRun(), stop: () => job.stop() };
}
