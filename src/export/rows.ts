import type { Db } from '../store/db.js';
import type { Visibility } from '../store/read-model/index.js';
import { getCandidateProfile, type CandidateProfileView } from '../views/candidate-profile.js';
import type { ExportCandidate } from './types.js';

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The stage worth a column next to Status: the current stage unless it only repeats the status
 * (an "Archived" stage of an archived application, "Hired" of a hire), else the last stage visited
 * that does not; null when nothing but the status is known.
 */
export function lastMeaningfulStage(a: Pick<CandidateProfileView['applications'][number], 'stage' | 'status' | 'stageHistory'>): string | null {
  const repeats = (stage: string | null) => !stage || same(stage, a.status) || same(stage, 'Archived');
  if (!repeats(a.stage)) return a.stage;
  const visited = [...a.stageHistory].reverse().find((h) => !repeats(h.stage));
  return visited?.stage ?? null;
}

/** One export row from a profile view: enrichment wins over Ashby's own fields where it has a value. */
function exportRowFromView(v: CandidateProfileView): ExportCandidate {
  const e = v.enrichment;
  const linkedIn =
    v.contact.socialLinks.find((l) => /linkedin/i.test(l.type) || /linkedin\.com/i.test(l.url))?.url ??
    e?.social.find((l) => l.type === 'linkedin')?.url ??
    null;
  const primary = <T extends { isPrimary: boolean }>(list: T[]) => list.find((x) => x.isPrimary) ?? list[0];
  const updated = [v.updatedAt, ...v.applications.map((a) => a.updatedAt)].sort().at(-1) ?? null;
  return {
    candidateId: v.candidateId,
    name: v.name,
    currentTitle: e?.currentTitle?.value ?? v.position,
    currentCompany: e?.currentCompany?.value ?? v.company,
    location: e?.location?.value ?? v.location,
    yearsExperience: e?.yearsExperience ?? null,
    linkedIn,
    email: primary(v.contact.emails)?.value ?? null,
    phone: primary(v.contact.phones)?.value ?? null,
    profileUrl: v.profileUrl,
    lastUpdated: updated,
    applications: v.applications.map((a) => ({
      job: a.job,
      stage: a.stage,
      lastStage: lastMeaningfulStage(a),
      status: a.status,
      recruiter: a.recruiter,
      source: a.source,
      rejectionReason: a.archiveReason,
      updatedAt: a.updatedAt,
    })),
  };
}

/** Export rows for candidate ids in the given order; ids missing from the mirror or hidden from the viewer are skipped. */
export function buildExportRows(db: Db, candidateIds: string[], visibility: Visibility): ExportCandidate[] {
  const rows: ExportCandidate[] = [];
  for (const id of candidateIds) {
    const view = getCandidateProfile(db, id, { includeResume: false, visibility });
    if (view) rows.push(exportRowFromView(view));
  }
  return rows;
}
