import type { SearchFilters, SearchResult } from '../query/search-request.js';

/*
 * Every door shows one application per person: the one that explains why they matched (MCP's
 * compact answer, Slack's result line).
 */

export type ResultApplication = SearchResult['applications'][number];

/**
 * The application that best explains why this person matched: the one meeting most of the filters
 * (job, stage, status, rejection reason; as asked and as resolved), then the most recently active.
 */
export function relevantApplication(r: SearchResult, filters: SearchFilters = {}): ResultApplication | null {
  if (r.applications.length === 0) return null;
  const wanted = new Map<string, Set<string>>();
  const add = (filter: string, values: string[] | undefined) => {
    for (const v of values ?? []) (wanted.get(filter) ?? wanted.set(filter, new Set()).get(filter)!).add(v.toLowerCase());
  };
  for (const f of r.why.filtersSatisfied) add(f.filter, f.values);
  for (const key of ['job', 'stage', 'stageReached', 'applicationStatus', 'rejectionReason'] as const) add(key, filters[key]);
  const has = (filter: string, v: string | null | undefined) => v != null && (wanted.get(filter)?.has(v.toLowerCase()) ?? false);
  const reached = (a: ResultApplication) => (a.stagesReached ?? [a.stage]).some((s) => has('stageReached', s));
  const fit = (a: ResultApplication) =>
    Number(has('job', a.job)) + Number(has('stage', a.stage)) + Number(reached(a)) + Number(has('applicationStatus', a.status)) + Number(has('rejectionReason', a.archiveReason));
  return [...r.applications].sort((a, b) => fit(b) - fit(a) || (b.updatedAt < a.updatedAt ? -1 : b.updatedAt > a.updatedAt ? 1 : 0))[0];
}


/** Stage titles that say where an application ended, not how far it got. */
const END_STAGES = new Set(['archived']);

/**
 * The stage to name for an application: its current stage, except that an archived application's
 * current stage is usually the plan's "Archived" (38 of 70 applications of the demo's "reached
 * Onsite" people), which hides how far it got; then the last stage of its history before that.
 */
export function shownStage(a: ResultApplication): string | null {
  if (a.stage && !END_STAGES.has(a.stage.toLowerCase())) return a.stage;
  const history = (a.stagesReached ?? []).filter((s) => !END_STAGES.has(s.toLowerCase()));
  return history.at(-1) ?? null;
}
