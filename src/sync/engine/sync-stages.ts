import { z } from 'zod';
import type { Db } from '../../store/db.js';
import { interviewPlans, interviewStages } from '../../store/schema.js';
import { eq } from 'drizzle-orm';
import { InterviewStage } from '../ashby/types.js';
import { writeInterviewStage } from '../mirror/write-reference.js';
import type { AshbyCaller } from './ashby-caller.js';

/** interviewStage.list is per plan and unpaginated; stages are few, so refresh all plans each run. */
export async function syncInterviewStages(db: Db, client: AshbyCaller): Promise<number> {
  const plans = db.select({ id: interviewPlans.id }).from(interviewPlans).all();
  let count = 0;
  for (const plan of plans) {
    const page = await client.call('interviewStage.list', { interviewPlanId: plan.id }, z.array(InterviewStage));
    db.transaction(() => {
      const seen = new Set<string>();
      for (const stage of page.results) {
        writeInterviewStage(db, stage, plan.id);
        seen.add(stage.id);
      }
      for (const row of db.select({ id: interviewStages.id }).from(interviewStages).where(eq(interviewStages.interviewPlanId, plan.id)).all()) {
        if (!seen.has(row.id)) db.delete(interviewStages).where(eq(interviewStages.id, row.id)).run();
      }
    });
    count += page.results.length;
  }
  return count;
}
