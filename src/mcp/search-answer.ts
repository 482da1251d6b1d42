import { z } from 'zod';
import type { SearchFilters, SearchResponse } from '../retrieval/query/search-request.js';
import { relevantApplication, shownStage } from '../retrieval/search/relevant-application.js';

/*
 * What search_candidates hands an assistant. Its context window is the scarce resource: the full
 * SearchResponse of 3 results was 35 KB (facet counts for every dimension, scores, snippets, every
 * application). The compact answer keeps what a recruiter needs per person — who, current role,
 * where, the one application that explains the match, why in one line — and facets only on request,
 * top values only. get_candidate_profile has everything else.
 */

/** Facet values kept per dimension when facets are asked for. */
const TOP_FACET_VALUES = 5;

const CompactApplication = z.object({
  job: z.string().nullable(),
  stage: z.string().nullable().describe('Current stage; for an archived one, the last stage it reached'),
  status: z.string(),
  reason: z.string().nullable().describe('Rejection reason'),
  date: z.string().describe('Last activity'),
});

const CompactResult = z.object({
  candidateId: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  application: CompactApplication.nullable().describe('The application that best explains the match'),
  otherApplications: z.number().int(),
  why: z.string(),
  duplicateIds: z.array(z.string()).optional().describe('Other records of the same person'),
});
type CompactResult = z.infer<typeof CompactResult>;

export const CompactSearchOutput = z.object({
  total: z.number().int(),
  results: z.array(CompactResult),
  nextCursor: z.string().nullable(),
  asOf: z.string().nullable(),
  facets: z.record(z.string(), z.array(z.object({ value: z.string(), count: z.number().int() }))).optional(),
});
export type CompactSearchOutput = z.infer<typeof CompactSearchOutput>;

/** The compact answer for one search response. */
export function compactSearch(res: SearchResponse, opts: { facets: boolean; filters?: SearchFilters }): CompactSearchOutput {
  return {
    total: res.total,
    results: res.results.map((r) => {
      const a = relevantApplication(r, opts.filters);
      return {
        candidateId: r.candidateId,
        name: r.name,
        title: r.currentTitle,
        company: r.currentCompany,
        location: r.location,
        application: a ? { job: a.job, stage: shownStage(a), status: a.status, reason: a.archiveReason ?? null, date: a.updatedAt.slice(0, 10) } : null,
        otherApplications: Math.max(0, r.applications.length - 1),
        why: r.why.summary,
        ...(r.duplicateIds.length ? { duplicateIds: r.duplicateIds } : {}),
      };
    }),
    nextCursor: res.nextCursor,
    asOf: res.asOf,
    ...(opts.facets ? { facets: Object.fromEntries(Object.entries(res.facets).map(([k, v]) => [k, v.slice(0, TOP_FACET_VALUES)])) } : {}),
  };
}

/** "Onsite for Senior Backend Engineer · Archived (Timing) · 2026-03-01": the compact answer's line (the Slack and CLI line is retrieval's applicationLine). */
function compactApplicationLine(a: z.infer<typeof CompactApplication>): string {
  const stage = a.stage && a.stage !== a.status ? `${a.stage} for ` : '';
  const status = a.reason ? `${a.status} (${a.reason})` : a.status;
  return `${stage}${a.job ?? 'an unknown job'} · ${status} · ${a.date}`;
}

/** The text content: a short numbered list a person (or a client without structured output) can read. */
export function searchSummaryText(out: CompactSearchOutput): string {
  const lines = [`${out.total} candidate${out.total === 1 ? '' : 's'} match${out.total === 1 ? 'es' : ''}${out.results.length < out.total ? `; showing ${out.results.length}` : ''} (data as of ${out.asOf ?? 'unknown'}).`];
  out.results.forEach((r, i) => {
    const role = [r.title, r.company].filter(Boolean).join(' @ ');
    lines.push(`${i + 1}. ${r.name}${role ? ` — ${role}` : ''}${r.location ? `, ${r.location}` : ''} [${r.candidateId}]`);
    if (r.application) lines.push(`   ${compactApplicationLine(r.application)}${r.otherApplications ? ` (+${r.otherApplications} more)` : ''}`);
    lines.push(`   Why: ${r.why}`);
  });
  if (out.nextCursor) lines.push(`More: call again with cursor "${out.nextCursor}".`);
  if (out.facets) {
    for (const [dim, values] of Object.entries(out.facets)) if (values.length) lines.push(`${dim}: ${values.map((v) => `${v.value} (${v.count})`).join(', ')}`);
  }
  return lines.join('\n');
}
