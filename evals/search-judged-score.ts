import { pairedComparison, postingMetrics, type Grade, type PairedComparison } from './jobs-judged-metrics.js';
import type { SearchJudgedFolder } from './search-judged-folder.js';
import type { SearchPoolEntry } from './search-judged-packets.js';

/*
 * Scores of every system's top 10 per request against the graded judgements (metrics shared with
 * the judged jobs eval: P@10 grade ≥ 1, strict P@10 grade 2, nDCG@10 with gain 2^g − 1 and the
 * ideal from every judged resume of the request), each system paired against BM25 request by
 * request, and the top-10 results nobody has judged (they count as 0 until judged).
 */

/** Top-10 resume ids per system, per request id. */
export type Rankings = Record<string, Record<string, string[]>>;

interface SystemSummary {
  requests: number;
  precisionAt10: number;
  strictPrecisionAt10: number;
  ndcgAt10: number;
}

export interface JudgedScores {
  judgements: number;
  systems: Record<string, SystemSummary>;
  /** nDCG@10 per request kind (title, skills, boolean, …) and system. */
  byKind: Record<string, Record<string, number>>;
  versusBm25: Record<string, PairedComparison>;
  perRequest: { request: string; kind: string; text: string; ndcgAt10: Record<string, number> }[];
  unjudged: { request: string; resumeId: string; systems: string[] }[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** Union of every system's top 10 per request, each resume with the systems that returned it. */
export function poolOf(rankings: Rankings): Map<string, SearchPoolEntry[]> {
  const pools = new Map<string, Map<string, SearchPoolEntry>>();
  for (const [system, byRequest] of Object.entries(rankings)) {
    for (const [request, ids] of Object.entries(byRequest)) {
      const pool = pools.get(request) ?? new Map<string, SearchPoolEntry>();
      for (const resumeId of ids.slice(0, 10)) {
        const entry = pool.get(resumeId) ?? { resumeId, systems: [] };
        entry.systems.push(system);
        pool.set(resumeId, entry);
      }
      pools.set(request, pool);
    }
  }
  return new Map([...pools].map(([request, pool]) => [request, [...pool.values()]]));
}

export function scoreSearchRankings(folder: SearchJudgedFolder, rankings: Rankings): JudgedScores {
  const grades = new Map<string, Map<string, Grade>>();
  for (const j of folder.judgements) {
    const g = grades.get(j.request) ?? new Map<string, Grade>();
    g.set(j.resumeId, j.grade);
    grades.set(j.request, g);
  }
  const systems = Object.keys(rankings);
  const rows = folder.requests.map((r) => ({
    r,
    metrics: Object.fromEntries(systems.filter((s) => rankings[s][r.id]).map((s) => [s, postingMetrics(rankings[s][r.id], grades.get(r.id) ?? new Map())])),
  }));
  const summary: JudgedScores['systems'] = {};
  const versus: JudgedScores['versusBm25'] = {};
  for (const s of systems) {
    const mine = rows.filter((x) => x.metrics[s]).map((x) => x.metrics[s]);
    summary[s] = {
      requests: mine.length,
      precisionAt10: round(mean(mine.map((m) => m.precisionAt10))),
      strictPrecisionAt10: round(mean(mine.map((m) => m.strictPrecisionAt10))),
      ndcgAt10: round(mean(mine.map((m) => m.ndcgAt10))),
    };
    if (s === 'bm25' || !rankings.bm25) continue;
    const paired = rows.filter((x) => x.metrics[s] && x.metrics.bm25);
    const c = pairedComparison(paired.map((x) => x.metrics[s].ndcgAt10), paired.map((x) => x.metrics.bm25.ndcgAt10));
    versus[s] = { ...c, meanDifference: round(c.meanDifference), signTestP: round(c.signTestP), bootstrap95: [round(c.bootstrap95[0]), round(c.bootstrap95[1])] };
  }
  const byKind: JudgedScores['byKind'] = {};
  for (const kind of new Set(folder.requests.map((r) => r.kind))) {
    const inKind = rows.filter((x) => x.r.kind === kind);
    byKind[kind] = Object.fromEntries(systems.map((s) => [s, round(mean(inKind.filter((x) => x.metrics[s]).map((x) => x.metrics[s].ndcgAt10)))]));
  }
  const unjudged = new Map<string, { request: string; resumeId: string; systems: string[] }>();
  for (const { r, metrics } of rows) {
    for (const [s, m] of Object.entries(metrics)) {
      for (const resumeId of m.unjudged) {
        const key = `${r.id}|${resumeId}`;
        const entry = unjudged.get(key) ?? { request: r.id, resumeId, systems: [] };
        entry.systems.push(s);
        unjudged.set(key, entry);
      }
    }
  }
  return {
    judgements: folder.judgements.length,
    systems: summary,
    byKind,
    versusBm25: versus,
    perRequest: rows.map(({ r, metrics }) => ({ request: r.id, kind: r.kind, text: r.text, ndcgAt10: Object.fromEntries(Object.entries(metrics).map(([s, m]) => [s, round(m.ndcgAt10)])) })),
    unjudged: [...unjudged.values()],
  };
}
