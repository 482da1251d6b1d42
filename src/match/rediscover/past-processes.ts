import type { Db } from '../../store/db.js';

/*
 * How far each candidate got in past hiring processes and why they left, from the mirror's
 * applications, stage history, interview stages and archive reasons.
 */

/** Furthest point reached in a process, in order. */
export const REACH_LEVELS = ['applied', 'screen', 'interview', 'onsite', 'offer', 'hired'] as const;
export type Reach = (typeof REACH_LEVELS)[number];

export type LeaveKind = 'candidate' | 'circumstance' | 'skills' | 'culture' | 'overqualified' | 'unresponsive' | 'org' | 'other';

export interface PastProcess {
  applicationId: string;
  jobId: string | null;
  jobTitle: string | null;
  status: string;
  reach: Reach;
  /** Title of the furthest stage as the account names it ("Onsite", "Final Round"). */
  reachedStage: string | null;
  /** Year the process ended (archived) or was last active. */
  year: number | null;
  archiveReason: { text: string; type: string | null; kind: LeaveKind } | null;
}

interface ApplicationRow {
  id: string;
  candidateId: string;
  jobId: string | null;
  jobTitle: string | null;
  status: string;
  currentStageId: string | null;
  currentStageTitle: string | null;
  currentStageType: string | null;
  archivedAt: string | null;
  updatedAt: string;
  reasonText: string | null;
  reasonType: string | null;
}

interface StageRow {
  applicationId: string;
  title: string;
  type: string | null;
  stageNumber: number;
}

const level = (reach: Reach): number => REACH_LEVELS.indexOf(reach);

/** The reach a stage stands for, by its type where Ashby gives one and by its title otherwise. Null for Archived. */
export function reachOfStage(title: string, type: string | null): Reach | null {
  if (type === 'Archived' || /\b(archived|rejected)\b/i.test(title)) return null;
  if (type === 'Hired' || /\bhired\b/i.test(title)) return 'hired';
  if (type === 'Offer' || /\boffer\b/i.test(title)) return 'offer';
  if (type === 'Lead') return 'applied';
  if (/\b(on-?\s?site|final|panel|super\s?day)\b/i.test(title)) return 'onsite';
  if (type === 'PreInterviewScreen' || /\b(screen|screening|review|new lead|applied|application|sourced)\b/i.test(title)) return 'screen';
  return 'interview';
}

/** What an archive reason says about rediscovering the candidate (reason types are Ashby's; texts are the account's own). */
export function leaveKindOf(text: string, type: string | null): LeaveKind {
  const t = text.toLowerCase();
  if (/overqualified|over-qualified|too senior/.test(t)) return 'overqualified';
  if (/skill|qualif|experience|technical|assessment|not a fit for the role|competenc/.test(t)) return 'skills';
  if (/culture|values|conduct|reference/.test(t)) return 'culture';
  if (/unresponsive|no.?show|ghost|no response/.test(t)) return 'unresponsive';
  if (/position filled|filled|headcount|freeze|budget|closed|cancel|on hold|another candidate|hired someone/.test(t)) return 'circumstance';
  if (type === 'RejectedByCandidate' || /timing|compensation|salary|location|relocat|withdr|accepted another|counter.?offer|personal|visa/.test(t)) {
    return 'candidate';
  }
  if (type === 'RejectedByOrg') return 'org';
  return 'other';
}

const yearOf = (iso: string | null | undefined): number | null => (iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null);

/** Past processes of the given candidates, keyed by candidate id. */
export function loadPastProcesses(db: Db, candidateIds: string[]): Map<string, PastProcess[]> {
  const out = new Map<string, PastProcess[]>();
  if (candidateIds.length === 0) return out;
  const params = { ids: JSON.stringify(candidateIds) };
  const applications = db.$client
    .prepare(
      `SELECT a.id, a.candidate_id AS candidateId, a.job_id AS jobId, j.title AS jobTitle, a.status,
              a.current_stage_id AS currentStageId, a.current_stage_title AS currentStageTitle, a.current_stage_type AS currentStageType,
              a.archived_at AS archivedAt, a.updated_at AS updatedAt, r.text AS reasonText, r.reason_type AS reasonType
         FROM applications a
         LEFT JOIN jobs j ON j.id = a.job_id
         LEFT JOIN archive_reasons r ON r.id = a.archive_reason_id
        WHERE a.candidate_id IN (SELECT value FROM json_each(@ids))`,
    )
    .all(params) as ApplicationRow[];
  const stages = db.$client
    .prepare(
      `SELECT h.application_id AS applicationId, COALESCE(s.title, h.title) AS title, s.type AS type, h.stage_number AS stageNumber
         FROM application_history h
         JOIN applications a ON a.id = h.application_id
         LEFT JOIN interview_stages s ON s.id = h.stage_id
        WHERE a.candidate_id IN (SELECT value FROM json_each(@ids))`,
    )
    .all(params) as StageRow[];
  const stagesByApplication = new Map<string, StageRow[]>();
  for (const stage of stages) {
    const list = stagesByApplication.get(stage.applicationId);
    if (list) list.push(stage);
    else stagesByApplication.set(stage.applicationId, [stage]);
  }
  for (const app of applications) {
    const visited = [...(stagesByApplication.get(app.id) ?? [])];
    if (app.currentStageTitle) visited.push({ applicationId: app.id, title: app.currentStageTitle, type: app.currentStageType, stageNumber: Number.MAX_SAFE_INTEGER });
    let reach: Reach = app.status === 'Hired' ? 'hired' : 'applied';
    let reachedStage: string | null = null;
    for (const stage of visited.sort((a, b) => a.stageNumber - b.stageNumber)) {
      const stageReach = reachOfStage(stage.title, stage.type);
      if (stageReach && level(stageReach) >= level(reach)) {
        reach = stageReach;
        reachedStage = stage.title;
      }
    }
    const process: PastProcess = {
      applicationId: app.id,
      jobId: app.jobId,
      jobTitle: app.jobTitle,
      status: app.status,
      reach,
      reachedStage,
      year: yearOf(app.archivedAt ?? app.updatedAt),
      archiveReason: app.status === 'Archived' && app.reasonText ? { text: app.reasonText, type: app.reasonType, kind: leaveKindOf(app.reasonText, app.reasonType) } : null,
    };
    const list = out.get(app.candidateId);
    if (list) list.push(process);
    else out.set(app.candidateId, [process]);
  }
  return out;
}

/** Candidates in a live process for `jobId` (Active, Lead or Hired): rediscovery must not suggest them again. */
export function candidatesInProcessFor(db: Db, jobId: string): Set<string> {
  const rows = db.$client
    .prepare(`SELECT DISTINCT candidate_id AS id FROM applications WHERE job_id = ? AND status IN ('Active', 'Lead', 'Hired')`)
    .all(jobId) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}
