import { z } from 'zod';

/*
 * The export's inputs. Insights are the shape the exports and the MCP `get_insights` tool share:
 * per dimension, values with counts and shares of the result set (the retrieval service's insights
 * are adapted to this by the wiring).
 */

const InsightValue = z.object({
  value: z.string(),
  count: z.number().int(),
  share: z.number().min(0).max(1).describe('count / total of the result set'),
});

export const ExportInsightDimension = z.object({
  dimension: z.string().describe('e.g. location, currentCompany, stage'),
  label: z.string().describe('Human label, e.g. "Current company"'),
  values: z.array(InsightValue),
});
export type ExportInsightDimension = z.infer<typeof ExportInsightDimension>;

export const ExportInsights = z.object({
  total: z.number().int().describe('Candidates in the result set the shares are taken of'),
  asOf: z.string().nullable(),
  dimensions: z.array(ExportInsightDimension),
  // Kept small: get_insights' output schema counts against the tools/list budget (answer-budget.test.ts).
  unavailable: z.array(z.object({ label: z.string(), reason: z.string() })).optional(),
  basis: z.string().optional(),
});
export type ExportInsights = z.infer<typeof ExportInsights>;

const ExportApplication = z.object({
  job: z.string().nullable(),
  stage: z.string().nullable().describe('Current interview stage, as every door shows it'),
  /**
   * The last stage the application was in that says more than its status: an archived application's
   * stage before it was archived ("Onsite"), a hire's stage before "Hired". The workbook's Stage column.
   */
  lastStage: z.string().nullable().optional(),
  status: z.string().nullable(),
  recruiter: z.string().nullable(),
  source: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
type ExportApplication = z.infer<typeof ExportApplication>;

/** One candidate as exported; the workbook writes one row per application (see workbook.ts). */
export const ExportCandidate = z.object({
  candidateId: z.string(),
  name: z.string(),
  currentTitle: z.string().nullable(),
  currentCompany: z.string().nullable(),
  location: z.string().nullable(),
  yearsExperience: z.number().nullable(),
  linkedIn: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  profileUrl: z.string().nullable(),
  lastUpdated: z.string().nullable(),
  applications: z.array(ExportApplication),
});
export type ExportCandidate = z.infer<typeof ExportCandidate>;

export const ExportProvenance = z.object({
  query: z.string().nullable().describe('Free text'),
  boolean: z.string().nullable(),
  filters: z.record(z.string(), z.unknown()),
  asOf: z.string().nullable(),
  exportedBy: z.string(),
  exportedAt: z.string(),
  rowCount: z.number().int().describe('Candidates exported'),
  /** Who the Candidates sheet lists, in words with both counts, e.g. "89 best matches of 502 reached" (issue 15). */
  scope: z.string().optional(),
  /** How a free-text export chose them (the relevance floor insights use), or how to include everyone. */
  scopeNote: z.string().optional(),
  appVersion: z.string(),
});
export type ExportProvenance = z.infer<typeof ExportProvenance>;

/**
 * The people an export lists and the insights over exactly them, from one ranking (the retrieval
 * service's `membersWithInsights`): with free text, the ranked matches above the relevance floor, or
 * everyone reached with `allReached`; with filters only, every match.
 */
export interface ExportSelection {
  /** Rank order; empty when `count` is over the row limit asked for. */
  ids: string[];
  count: number;
  kind: 'all matches' | 'relevant matches';
  /** Candidates the search reached before the floor. */
  reached: number;
  description: string;
  asOf: string | null;
  /** Null when `count` is over the row limit asked for. */
  insights: ExportInsights | null;
}
