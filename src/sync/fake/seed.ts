import { readCorpusCsv, seedCorpusCandidates, type CorpusRow } from './corpus.js';
import { Prng } from './prng.js';
import { seedSyntheticCandidates } from './seed-candidates.js';
import { seedOrganization } from './seed-org.js';
import { FakeState } from './state.js';

/** The fixed "today" of a seeded account: history spreads over the five years before it. */
const DEFAULT_ANCHOR_MS = Date.UTC(2026, 10, 1);
const DEFAULT_CANDIDATES = 2000;

interface SeedOptions {
  seed?: number;
  /** Synthetic candidates (ignored with a corpus). */
  candidates?: number;
  /** Seed from a livecareer-shaped CSV instead of synthetic people. */
  corpus?: string | CorpusRow[];
  corpusLimit?: number;
  anchorMs?: number;
  /** Wall clock for later mutations (tests inject one). */
  now?: () => number;
  duplicateRate?: number;
}

/** Build a deterministic account: the same options always give the same records, ids and timestamps. */
export function seedAccount(options: SeedOptions = {}): FakeState {
  const seed = options.seed ?? 1;
  const anchorMs = options.anchorMs ?? DEFAULT_ANCHOR_MS;
  const state = new FakeState({ now: options.now });
  const ctx = seedOrganization(state, new Prng(`${seed}:org`), anchorMs);
  if (options.corpus !== undefined) {
    const rows = typeof options.corpus === 'string' ? readCorpusCsv(options.corpus, options.corpusLimit) : options.corpus.slice(0, options.corpusLimit);
    seedCorpusCandidates(state, ctx, rows, seed);
  } else {
    seedSyntheticCandidates(state, ctx, { seed, count: options.candidates ?? DEFAULT_CANDIDATES, duplicateRate: options.duplicateRate });
  }
  state.observeTimestamp(anchorMs);
  return state;
}

export interface SeedVocabulary {
  jobs: Array<{ title: string; status: string; department: string | null; location: string | null }>;
  interviewPlans: Array<{ title: string; stages: string[] }>;
  stages: string[];
  recruiters: string[];
  users: string[];
  sources: string[];
  archiveReasons: string[];
  departments: string[];
  locations: string[];
  tags: string[];
}

/** The account's names (no ids), stable for a seed: what the README lists and the NL-parser eval uses. */
export function describeVocabulary(state: FakeState): SeedVocabulary {
  const fullName = (u: { firstName: string; lastName: string }) => `${u.firstName} ${u.lastName}`;
  const plans = state.interviewPlans.all().map((p) => ({ title: p.title, stages: state.stagesOf(p.id).map((s) => s.title) }));
  return {
    jobs: state.jobs.all().map((j) => ({
      title: j.title,
      status: j.status,
      department: j.departmentId ? (state.departments.get(j.departmentId)?.name ?? null) : null,
      location: j.locationId ? (state.locations.get(j.locationId)?.name ?? null) : null,
    })),
    interviewPlans: plans,
    stages: [...new Set(plans.flatMap((p) => p.stages))],
    recruiters: state.users.all().filter((u) => u.isRecruiter && u.isEnabled).map(fullName),
    users: state.users.all().map(fullName),
    sources: state.sources.all().filter((s) => !s.isArchived).map((s) => s.title),
    archiveReasons: state.archiveReasons.all().filter((r) => !r.isArchived).map((r) => r.text),
    departments: state.departments.all().map((d) => d.name),
    locations: state.locations.all().map((l) => l.name),
    tags: state.tags.all().map((t) => t.title),
  };
}
