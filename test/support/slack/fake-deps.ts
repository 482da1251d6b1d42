import type { AuditEntry } from '../../../src/audit/audit-log.js';
import type { SearchRequestInput, SearchResponse, SearchResult } from '../../../src/retrieval/query/search-request.js';
import type { AddToJobPreview, AddToJobRequest, AddToJobResult, CandidateContact, DigestData, ExportInsights, ParsedRequest, ProductApi, ProductApiFor, SyncStatus } from '../../../src/app/product-api.js';
import type { SlackConfig } from '../../../src/shared/config.js';

export const NOW = new Date('2026-11-27T12:00:00.000Z');

/** A search result with stable ids (C1, A1…) and every field a result block shows. */
export function result(n: number, extra: Partial<SearchResult> = {}): SearchResult {
  return {
    candidateId: `C${n}`,
    name: `Candidate ${n}`,
    score: 1 / n,
    currentTitle: 'Backend Engineer',
    currentCompany: `Company ${n}`,
    location: 'Berlin, Germany',
    profileUrl: `https://app.ashbyhq.com/candidates/C${n}`,
    applications: [{ applicationId: `A${n}`, job: 'Platform Engineer', stage: 'Onsite', status: 'Archived', recruiter: null, archiveReason: 'Timing', appliedAt: '2026-01-10T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' }],
    duplicateIds: [],
    why: { matchedTerms: ['python'], snippet: null, keywordScore: 1, semanticSimilarity: 0.5, filtersSatisfied: [], summary: `Matched python; reached Onsite for Platform Engineer` },
    ...extra,
  };
}

export function response(results: SearchResult[], extra: Partial<SearchResponse> = {}): SearchResponse {
  return { results, total: results.length, facets: {}, asOf: '2026-11-27T11:00:00.000Z', nextCursor: null, mode: 'hybrid', ...extra };
}

export const SYNC_STATUS: SyncStatus = {
  counts: { candidates: 120, applications: 300, jobs: 7, files: { ok: 100, failed: 2, pending: 1 }, webhookEventsPending: 0 },
  lastSyncRun: { mode: 'incremental', startedAt: '2026-11-27T11:55:00.000Z', finishedAt: '2026-11-27T11:56:00.000Z', status: 'ok', error: null },
  lastWebhookReceivedAt: null,
  asOf: '2026-11-27T11:56:00.000Z',
  freshness: '4 minutes ago',
  outboxBacklog: 0,
  extraction: {
    ok: [{ format: 'PDF', count: 90 }, { format: 'DOCX', count: 10 }],
    failed: [{ reason: 'corrupt', count: 2 }],
    imageOnly: 1,
    ocr: { available: false, hint: 'install tesseract' },
    summary: '90 PDF ok, 10 DOCX ok, 2 failed: 2 corrupt, 1 image-only (OCR off: install tesseract)',
  },
  stageHistory: { complete: 290, total: 300 },
};

export const EMPTY_DIGEST = (since: Date, until: Date): DigestData => ({
  since: since.toISOString(),
  until: until.toISOString(),
  newCandidates: 0,
  newApplications: 0,
  stageChanges: { total: 0, byStage: [] },
  newJobs: [],
  quality: { archivedWithoutReason: 0, resumesFailed: 0 },
});

/** A naive parser: "in <City>" becomes a location filter, the rest free text. */
export async function simpleParse(text: string): Promise<ParsedRequest> {
  const m = /\bin ([A-Z][a-z]+)\b/.exec(text);
  const rest = text.replace(/\bin [A-Z][a-z]+\b/, '').replace(/\s+/g, ' ').trim();
  return { request: { ...(rest ? { text: rest } : {}), filters: m ? { location: [m[1]!] } : {} }, notes: m ? [`location: ${m[1]}`] : [], unmapped: [] };
}

/**
 * What the bot asks of the product, flat, with the asking actor as a parameter where it matters: tests
 * override one function and read what was recorded; `apiFor` turns it into the ProductApi per actor.
 */
export interface SlackDeps {
  now(): Date;
  parse(text: string, now: Date): Promise<ParsedRequest>;
  search(req: SearchRequestInput, actor: string): Promise<SearchResponse>;
  insights(req: SearchRequestInput, actor: string): Promise<ExportInsights>;
  exportXlsx(input: { request: SearchRequestInput; actor: string; allReached?: true }): Promise<{ fileName: string; bytes: Buffer; rowCount: number; total: number; scope?: string }>;
  chartPng(insights: ExportInsights): Promise<Buffer | null>;
  contacts(candidateIds: string[]): Promise<Record<string, CandidateContact>>;
  syncStatus(): Promise<SyncStatus>;
  openJobs(): Promise<{ id: string; title: string }[]>;
  previewAddToJob(request: AddToJobRequest): Promise<AddToJobPreview>;
  confirmAddToJob(request: AddToJobRequest, token: string, actor: string): Promise<AddToJobResult>;
  audit(entry: AuditEntry): void | Promise<void>;
  digestData(since: Date, now: Date): Promise<DigestData>;
  lastDigestAt(): Promise<Date | null>;
  setLastDigestAt(at: Date): Promise<void>;
}

const unused = (what: string) => async (): Promise<never> => {
  throw new Error(`the Slack bot does not call ${what}`);
};

/** The in-memory ProductApi for `actor` over the fake's functions (read at call time, so tests may replace them). */
export function fakeApiFor(d: SlackDeps): ProductApiFor {
  return (actor: string): ProductApi => ({
    actor,
    now: () => d.now(),
    search: (request) => d.search(request, actor),
    insights: (request) => d.insights(request, actor),
    insightsDetail: unused('insightsDetail'),
    insightsChart: (insights) => d.chartPng(insights),
    parseRequest: (text, at) => d.parse(text, at ?? d.now()),
    profile: unused('profile'),
    candidateNames: unused('candidateNames'),
    contacts: (ids) => d.contacts(ids),
    rediscover: unused('rediscover'),
    listJobs: unused('listJobs'),
    openJobs: () => d.openJobs(),
    filterValues: unused('filterValues'),
    status: () => d.syncStatus(),
    readerState: unused('readerState'),
    exportXlsx: async (request, opts) => ({ path: '', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...(await d.exportXlsx({ request, actor, ...(opts?.allReached ? { allReached: true as const } : {}) })) }),
    readExport: unused('readExport'),
    previewAddToJob: (request) => d.previewAddToJob(request),
    confirmAddToJob: (request, token) => d.confirmAddToJob(request, token, actor),
    digest: (since, until) => d.digestData(since, until),
    lastDigestAt: () => d.lastDigestAt(),
    setLastDigestAt: (at) => d.setLastDigestAt(at),
    audit: async (entry) => {
      await d.audit({ ...entry, actor, at: entry.at ?? d.now() });
    },
  });
}

export interface FakeDeps extends SlackDeps {
  searches: SearchRequestInput[];
  parses: string[];
  exports: { request: SearchRequestInput; actor: string }[];
  audits: AuditEntry[];
  confirms: { request: AddToJobRequest; token: string; actor: string }[];
  lastDigest: Date | null;
}

/** In-memory SlackDeps that record what the bot asked for. Override any function per test. */
export function fakeDeps(overrides: Partial<SlackDeps> = {}): FakeDeps {
  const d: FakeDeps = {
    searches: [],
    parses: [],
    exports: [],
    audits: [],
    confirms: [],
    lastDigest: null,
    now: () => NOW,
    parse: async (text) => {
      d.parses.push(text);
      return simpleParse(text);
    },
    search: async (req) => {
      d.searches.push(req);
      return response([result(1), result(2)], { total: 2 });
    },
    insights: async () => ({ total: 2, asOf: null, dimensions: [{ dimension: 'location', label: 'Location', values: [{ value: 'Berlin', count: 2, share: 1 }] }] }),
    exportXlsx: async (input) => {
      d.exports.push(input);
      // A free-text export lists its best matches unless everyone reached is asked for (export-candidates.ts).
      const scope = input.request.text && !input.allReached ? { scope: '2 best matches of 5 reached' } : {};
      return { fileName: 'candidates.xlsx', bytes: Buffer.from('PK-fake-xlsx'), rowCount: 2, total: 2, ...scope };
    },
    chartPng: async () => Buffer.from('\x89PNG-fake'),
    contacts: async (ids) => Object.fromEntries(ids.map((id) => [id, { email: `${id.toLowerCase()}@example.com`, phone: null }])),
    syncStatus: async () => SYNC_STATUS,
    openJobs: async () => [
      { id: 'J1', title: 'Platform Engineer' },
      { id: 'J2', title: 'Data Engineer' },
    ],
    previewAddToJob: async (req) => ({
      candidate: { id: req.candidateId, name: 'Candidate 1' },
      job: { id: req.jobId, title: 'Platform Engineer', status: 'Open' },
      stage: { id: 'ST1', title: 'Application Review' },
      source: null,
      existingApplication: null,
      writesEnabled: true,
      confirmationToken: 'tok-123',
      expiresAt: '2026-11-27T12:05:00.000Z',
      summary: 'Add Candidate 1 to "Platform Engineer"',
    }),
    confirmAddToJob: async (request, token, actor) => {
      d.confirms.push({ request, token, actor });
      return { created: true, applicationId: 'A99', candidateId: request.candidateId, jobId: request.jobId, summary: 'Created the application in Ashby (A99).' };
    },
    audit: (entry) => {
      d.audits.push(entry);
    },
    digestData: async (since, until) => EMPTY_DIGEST(since, until),
    lastDigestAt: async () => d.lastDigest,
    setLastDigestAt: async (at) => {
      d.lastDigest = at;
    },
    ...overrides,
  };
  return d;
}

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

/** An HTTP-mode config with no allowlists and writes off. */
export function testConfig(extra: Partial<SlackConfig> = {}): SlackConfig {
  return {
    botToken: 'xoxb-test',
    mode: 'http',
    appToken: null,
    signingSecret: SIGNING_SECRET,
    apiUrl: null,
    allowedUsers: [],
    allowedUsergroups: [],
    allowedChannels: [],
    showContactsInChannels: false,
    digest: null,
    resultsPerPage: 8,
    writesEnabled: false,
    ...extra,
  };
}
