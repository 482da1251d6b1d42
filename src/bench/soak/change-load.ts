import { ErrorTally } from './stats.js';

type Ashby = <T>(method: string, body: Record<string, unknown>) => Promise<T>;

interface Stage {
  id: string;
  type: string;
  interviewPlanId?: string;
}

interface Movable {
  applicationId: string;
  stages: string[];
}

/*
 * Recruiters at work in Ashby: applications moved between interview stages through the fake's admin
 * API. Each move makes Ashby send two signed webhooks (candidateStageChange, applicationUpdate), so
 * moves are paced at half the webhook rate asked for.
 */

const WEBHOOKS_PER_MOVE = 2;

/** Active applications and, for each, the active stages of its plan it can move between. */
export async function movableApplications(ashby: Ashby, max = 200): Promise<Movable[]> {
  const apps = await ashby<{ id: string; currentInterviewStage: Stage | null }[]>('application.list', { status: 'Active', limit: max });
  const plans = new Map<string, string[]>();
  const out: Movable[] = [];
  for (const app of apps) {
    const plan = app.currentInterviewStage?.interviewPlanId;
    if (!plan) continue;
    if (!plans.has(plan)) {
      const stages = await ashby<Stage[]>('interviewStage.list', { interviewPlanId: plan });
      plans.set(plan, stages.filter((s) => s.type === 'Active').map((s) => s.id));
    }
    if (plans.get(plan)!.length >= 2) out.push({ applicationId: app.id, stages: plans.get(plan)! });
  }
  if (out.length === 0) throw new Error('the account has no active application with two active stages to move between');
  return out;
}

/** Stage moves at `webhooksPerSecond` (drift-free pacing) until `until`; counts moves and admin failures. */
export async function runStageMoves(ashby: Ashby, apps: Movable[], webhooksPerSecond: number, until: number): Promise<{ moves: number; errors: ErrorTally }> {
  const errors = new ErrorTally();
  const intervalMs = (1000 * WEBHOOKS_PER_MOVE) / webhooksPerSecond;
  const started = Date.now();
  const inFlight = new Set<Promise<void>>();
  let moves = 0;
  for (let i = 0; ; i++) {
    const at = started + i * intervalMs;
    if (at >= until) break;
    const wait = at - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const app = apps[i % apps.length]!;
    const stage = app.stages[(Math.floor(i / apps.length) + 1) % app.stages.length]!;
    const p = ashby('admin/moveApplicationStage', { applicationId: app.applicationId, interviewStageId: stage }).then(
      () => void moves++,
      (error: unknown) => errors.add(`admin move failed: ${(error as Error).message.slice(0, 160)}`),
    );
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  }
  await Promise.all(inFlight);
  return { moves, errors };
}
