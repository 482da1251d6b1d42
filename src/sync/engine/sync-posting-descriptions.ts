import { eq, isNull } from 'drizzle-orm';
import { hasCode } from '../../shared/errors.js';
import { logger } from '../../shared/logger.js';
import type { Db } from '../../store/db.js';
import { jobPostings } from '../../store/schema.js';
import { JobPosting } from '../ashby/types.js';
import type { AshbyCaller } from './ashby-caller.js';

/**
 * jobPosting.list has no description; rediscovery matches candidates against it, so fetch
 * jobPosting.info once per posting that lacks one (postings are few: tens to hundreds).
 */
export async function syncPostingDescriptions(db: Db, client: AshbyCaller): Promise<number> {
  const todo = db.select({ id: jobPostings.id }).from(jobPostings).where(isNull(jobPostings.descriptionPlain)).all();
  let fetched = 0;
  for (const { id } of todo) {
    try {
      const res = await client.call('jobPosting.info', { jobPostingId: id }, JobPosting);
      db.update(jobPostings).set({ descriptionPlain: res.results.descriptionPlain ?? '' }).where(eq(jobPostings.id, id)).run();
      fetched += 1;
    } catch (error) {
      if (hasCode(error, 'ashby_auth_invalid') || hasCode(error, 'ashby_auth_missing')) throw error;
      logger.warn({ jobPostingId: id, err: (error as Error).message }, 'could not fetch a job posting description; will retry next sync');
    }
  }
  return fetched;
}
