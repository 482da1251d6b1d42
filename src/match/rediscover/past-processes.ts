import type { Db } from '../../store/db.js';
import { readProcessApplications, readStageVisits, type StageVisitRow } from '../../store/past-processes.js';

/*
 * How far each candidate got in past hiring processes and why they left, from the mirror's
 * applications, stage history, interview stages and archive reasons.
 */

/** Furthest point reached in a process, in order. */
export const REACH_LEVELS = ['applied', 'screen', 'interview', 'onsite', 'offer', 'hired'] as const;
export type Reach = (typeof REACH_LEVELS)[number];

type LeaveKind = 'candidate' | 'circumstance' | 'skills' | 'culture' | 'overqualified' | 'unresponsive' | 'org' | 'other';

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
  const applications = readProcessApplications(db, candidateIds);
  const stages = readStageVisits(db, candidateIds);
  const stagesByApplication = new Map<string, StageVisitRow[]>();
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
