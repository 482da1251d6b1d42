import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import Database from 'better-sqlite3';
import { seedAccount, DEFAULT_ACCOUNT } from '../retrieval/catalog/mirror-fixture.js';
import { createEmbedder } from '../retrieval/embedding/create-embedder.js';
import type { Embedder } from '../retrieval/embedding/embedder.js';
import { createHashEmbedder } from '../retrieval/embedding/hash-embedder.js';
import { DEFAULT_CHUNK_PLAN, chunkText } from '../retrieval/index/candidate-document.js';
import { reindex } from '../retrieval/index/reindex.js';
import { openSearchIndex } from '../retrieval/index/search-index.js';
import type { SearchRequestInput } from '../retrieval/query/search-request.js';
import { freeTextQuery } from '../retrieval/search/free-text.js';
import { createRetrievalService } from '../retrieval/service.js';
import { openDb, type Db } from '../store/db.js';

/*
 * Search benchmark on a synthetic account: build time, embedding throughput, index size, peak RSS,
 * warm query latency per mode with/without filters and facets, and two peers on the same documents
 * and vectors (Orama hybrid, plain SQLite FTS5 BM25). Rows go straight into a temp mirror for speed.
 */

export interface SearchBenchOptions {
  candidates?: number;
  /** Texts embedded with the real model to measure throughput (0 to skip). */
  embeddingSample?: number;
  /** 'hash' builds the index with a 512-d hash embedder (fast); 'real' embeds everything with the configured model. */
  indexEmbedder?: 'hash' | 'real';
  rounds?: number;
  out?: (line: string) => void;
}

const TITLES = ['Payroll Specialist', 'Backend Engineer', 'Registered Nurse', 'Sales Manager', 'Data Scientist', 'Accountant', 'Teacher', 'Chef', 'Graphic Designer', 'Mechanical Engineer', 'HR Generalist', 'Loan Officer'];
const SKILLS = ['payroll', 'benefits', 'kubernetes', 'python', 'java', 'react', 'patient care', 'negotiation', 'excel', 'autocad', 'photoshop', 'sql', 'forecasting', 'recruiting', 'lesson planning', 'budgeting', 'menu design', 'crm', 'go', 'aws'];
const FILLER = 'managed led built delivered improved designed coordinated supported trained analysed reported reviewed planned the team projects customers clients processes systems quality operations across multiple sites with stakeholders'.split(' ');
const PLACES = ['Berlin, Germany', 'Austin, TX, USA', 'London, UK', 'Toronto, Canada', 'Paris, France'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka'];
const STAGES = ['Application Review', 'Phone Screen', 'Onsite', 'Offer', 'Hired'];
const QUERIES = ['payroll and benefits administration', 'kubernetes backend engineer', 'patient care nurse', 'sales negotiation crm', 'python data scientist forecasting', 'graphic designer photoshop', 'autocad mechanical design', 'budgeting accountant excel', 'lesson planning teacher', 'chef menu design', 'recruiting hr generalist', 'java aws engineer'];

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

/** Write `n` synthetic candidates (with resume text, profile and applications) into the mirror. */
export function seedSyntheticMirror(db: Db, n: number): { resumes: Map<string, string> } {
  const r = prng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const c = db.$client;
  seedAccount(db);
  const at = '2025-01-01T00:00:00.000Z';
  const insCand = c.prepare(`INSERT INTO candidates (id, name, position, company, location_summary, source_id, created_at, updated_at, raw, mirrored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`);
  const insFile = c.prepare(`INSERT INTO files (id, candidate_id, kind, name, handle, status, text, updated_at) VALUES (?, ?, 'resume', 'r.pdf', 'h', 'ok', ?, ?)`);
  const insProfile = c.prepare(`INSERT INTO candidate_profiles (candidate_id, years_experience, profile, source_updated_at, extractor_version, updated_at) VALUES (?, ?, ?, ?, 1, ?)`);
  const insApp = c.prepare(`INSERT INTO applications (id, candidate_id, job_id, status, current_stage_title, source_id, archive_reason_id, recruiter_user_id, created_at, updated_at, raw, mirrored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insHist = c.prepare(`INSERT INTO application_history (id, application_id, title, stage_number, entered_stage_at, raw) VALUES (?, ?, ?, ?, ?, '{}')`);
  const resumes = new Map<string, string>();
  c.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = `cand_${i}`;
      const title = pick(TITLES);
      const skills = Array.from({ length: 4 }, () => pick(SKILLS));
      const words = Array.from({ length: 60 + Math.floor(r() * 90) }, () => (r() < 0.15 ? pick(SKILLS) : pick(FILLER)));
      const resume = `${title}\n${skills.join(', ')}\n${words.join(' ')}`;
      const updated = `202${Math.floor(r() * 5)}-0${1 + Math.floor(r() * 9)}-15T00:00:00.000Z`;
      insCand.run(id, `Person ${i}`, title, pick(COMPANIES), pick(PLACES), pick(DEFAULT_ACCOUNT.sources).id, at, updated, at);
      insFile.run(`f_${id}`, id, resume, at);
      const profile = { currentTitle: { value: title, source: 'resume', confidence: 1 }, skills: skills.map((value) => ({ value, source: 'resume', confidence: 1 })) };
      insProfile.run(id, Math.floor(r() * 20), JSON.stringify(profile), at, at);
      for (let k = 0; k < Math.floor(r() * 3); k++) {
        const reached = Math.floor(r() * STAGES.length);
        const appId = `app_${i}_${k}`;
        const status = reached === 4 ? 'Hired' : r() < 0.6 ? 'Archived' : 'Active';
        const job = pick(DEFAULT_ACCOUNT.jobs).id; // picked in the order the generator always has
        const source = pick(DEFAULT_ACCOUNT.sources).id;
        const reason = status === 'Archived' ? pick(DEFAULT_ACCOUNT.reasons).id : null;
        // The recruiter lives on the hiring team in the raw record, as sync stores it.
        const recruiter = pick(DEFAULT_ACCOUNT.users).id;
        insApp.run(appId, id, job, status, STAGES[reached], source, reason, recruiter, at, updated, JSON.stringify({ hiringTeam: [{ userId: recruiter, role: 'Recruiter' }] }), at);
        for (let h = 0; h < reached; h++) insHist.run(`${appId}_${h}`, appId, STAGES[h], h, at);
      }
      resumes.set(id, resume);
    }
  })();
  return { resumes };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function dirSize(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return total;
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** Embedding throughput of the configured real model on profile-like and chunk-like texts. */
async function measureRealThroughput(resumes: string[], sample: number, log: (s: string) => void) {
  const cacheDir = process.env.REDISCOVERY_MODEL_CACHE ?? path.join(os.tmpdir(), 'rediscovery-models');
  const embedder: Embedder = await createEmbedder({ model: process.env.EMBEDDING_MODEL, cacheDir });
  const profiles = resumes.slice(0, sample).map((t) => t.split(/\s+/).slice(0, 40).join(' '));
  // Chunk throughput is measured even when the default plan embeds none, to price `--max-chunks`.
  const chunks = resumes.slice(0, sample).flatMap((t) => chunkText(t, { chunkWords: DEFAULT_CHUNK_PLAN.chunkWords, maxChunks: 2 })).slice(0, sample);
  const rate = async (texts: string[]) => {
    await embedder.embed(texts.slice(0, 8));
    const { ms } = await time(async () => {
      for (let i = 0; i < texts.length; i += 32) await embedder.embed(texts.slice(i, i + 32));
    });
    return texts.length / (ms / 1000);
  };
  const profileRate = await rate(profiles);
  const chunkRate = await rate(chunks);
  await embedder.close?.();
  log(`real embedding throughput (${embedder.modelId}, measured on ${profiles.length} profile texts and ${chunks.length} chunks): ${profileRate.toFixed(0)} profiles/s, ${chunkRate.toFixed(0)} chunks/s`);
  return { profileRate, chunkRate, modelId: embedder.modelId };
}

export async function runSearchBench(opts: SearchBenchOptions = {}): Promise<Record<string, unknown>> {
  const n = opts.candidates ?? 100_000;
  const log = opts.out ?? ((s: string) => process.stdout.write(`${s}\n`));
  const rounds = opts.rounds ?? 2;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  const report: Record<string, unknown> = { candidates: n };
  try {
    const db = openDb(path.join(dir, 'mirror.db'));
    const seeded = await time(() => seedSyntheticMirror(db, n));
    log(`seeded ${n} synthetic candidates into a temp mirror in ${(seeded.ms / 1000).toFixed(1)} s`);
    const resumes = [...seeded.value.resumes.values()];

    if ((opts.embeddingSample ?? 512) > 0) {
      const t = await measureRealThroughput(resumes, opts.embeddingSample ?? 512, log);
      const chunksPerCandidate = resumes.slice(0, 2000).reduce((s, r) => s + chunkText(r, DEFAULT_CHUNK_PLAN).length, 0) / Math.min(2000, resumes.length);
      const projected = n / t.profileRate + (n * chunksPerCandidate) / t.chunkRate;
      log(`EXTRAPOLATED (not measured end-to-end): embedding ${n} candidates × (1 profile + ${chunksPerCandidate.toFixed(2)} chunks) ≈ ${(projected / 60).toFixed(1)} min on this machine`);
      Object.assign(report, { embedding: { ...t, chunksPerCandidate, projectedEmbeddingMinutes: projected / 60 } });
    }

    const embedder = opts.indexEmbedder === 'real'
      ? await createEmbedder({ model: process.env.EMBEDDING_MODEL, cacheDir: process.env.REDISCOVERY_MODEL_CACHE ?? path.join(os.tmpdir(), 'rediscovery-models') })
      : createHashEmbedder(512);
    const indexDir = path.join(dir, 'index');
    const built = await time(() => reindex({ db, indexDir, embedder, batchSize: 1000 }));
    const size = dirSize(indexDir);
    log(`index build (${embedder.modelId}${opts.indexEmbedder === 'real' ? '' : ': hash vectors of the same shape, so this measures the index work, not the encoder'}): ${(built.ms / 1000).toFixed(1)} s, ${(size / 1e6).toFixed(1)} MB on disk`);

    const open = await time(() => createRetrievalService({ db, config: { indexDir }, embedder, autoDrain: false }));
    const service = open.value;
    log(`service open (catalog + vectors into memory): ${(open.ms / 1000).toFixed(1)} s`);
    const filters = { stageReached: ['Onsite'], source: ['Referral', 'LinkedIn'] };
    const latencies: Record<string, { p50: number; p95: number; total: number }> = {};
    for (const mode of ['keyword', 'vector', 'hybrid'] as const) {
      for (const withFilters of [false, true]) {
        for (const facets of [false, true]) {
          const samples: number[] = [];
          let total = 0;
          const req = (q: string): SearchRequestInput => ({ text: q, mode, facets, limit: 20, filters: withFilters ? filters : {} });
          await service.search(req(QUERIES[0]));
          for (let round = 0; round < rounds; round++) {
            for (const q of QUERIES) {
              const r = await time(() => service.search(req(q)));
              samples.push(r.ms);
              total = r.value.total;
            }
          }
          const key = `${mode}${withFilters ? '+filters' : ''}${facets ? '+facets' : ''}`;
          latencies[key] = { p50: percentile(samples, 50), p95: percentile(samples, 95), total };
          log(`${key.padEnd(26)} p50 ${latencies[key].p50.toFixed(1)} ms  p95 ${latencies[key].p95.toFixed(1)} ms  (result set ${total})`);
        }
      }
    }
    // The engine caches keyword results and query vectors per text, so repeated queries above are
    // served warm; texts never searched before (each query plus a word) show the cold cost too.
    {
      const samples: number[] = [];
      for (const [i, q] of QUERIES.entries()) {
        const r = await time(() => service.search({ text: `${q} ${FILLER[(i * 7) % FILLER.length]}`, mode: 'hybrid', facets: true, limit: 20, filters }));
        samples.push(r.ms);
      }
      latencies['hybrid+filters+facets (first-seen text)'] = { p50: percentile(samples, 50), p95: percentile(samples, 95), total: -1 };
      log(`${'hybrid+filters+facets, first-seen text'.padEnd(26)} p50 ${percentile(samples, 50).toFixed(1)} ms  p95 ${percentile(samples, 95).toFixed(1)} ms`);
    }
    report.latencyMs = latencies;

    // Peers on the same documents and the same vectors: each candidate's profile vector, read back
    // from the index just built (so the real encoder is not run a second time).
    const vectorsByCandidate = await (async () => {
      const m = new Map<string, number[]>();
      const index = await openSearchIndex({ dir: indexDir, embedder });
      try {
        for (const [id, v] of await index.vectors.load()) {
          const p = v.profile ?? v.chunks[0];
          if (p) m.set(id, Array.from(p));
        }
      } finally {
        index.close();
      }
      return m;
    })();
    const orama = create({ schema: { id: 'string', text: 'string', embedding: `vector[${embedder.dimension}]` } as const });
    const oramaBuild = await time(async () => {
      const docs = resumes.map((text, i) => ({ id: `cand_${i}`, text, embedding: vectorsByCandidate.get(`cand_${i}`) })).filter((d): d is { id: string; text: string; embedding: number[] } => d.embedding !== undefined);
      for (let i = 0; i < docs.length; i += 5000) await insertMultiple(orama, docs.slice(i, i + 5000));
    });
    log(`orama build: ${(oramaBuild.ms / 1000).toFixed(1)} s`);
    const oramaSamples: number[] = [];
    const queryVectors = await embedder.embed(QUERIES);
    for (let round = 0; round < rounds; round++) {
      for (const [i, q] of QUERIES.entries()) {
        const r = await time(() => oramaSearch(orama, { mode: 'hybrid', term: q, vector: { value: Array.from(queryVectors[i]), property: 'embedding' }, similarity: 0.1, limit: 20 }));
        oramaSamples.push(r.ms);
      }
    }
    const fts = new Database(path.join(dir, 'peer-fts.db'));
    fts.exec(`CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, text, tokenize='porter unicode61')`);
    const ins = fts.prepare('INSERT INTO docs (id, text) VALUES (?, ?)');
    fts.transaction(() => resumes.forEach((t, i) => ins.run(`cand_${i}`, t)))();
    const ftsQuery = fts.prepare('SELECT id, bm25(docs) AS s FROM docs WHERE docs MATCH ? ORDER BY s LIMIT 20');
    const ftsSamples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const q of QUERIES) ftsSamples.push((await time(() => ftsQuery.all(freeTextQuery(q).expression!))).ms);
    }
    fts.close();
    const peers = {
      oramaHybrid: { p50: percentile(oramaSamples, 50), p95: percentile(oramaSamples, 95) },
      sqliteFts5: { p50: percentile(ftsSamples, 50), p95: percentile(ftsSamples, 95) },
    };
    report.peers = peers;
    const ours = latencies['hybrid+filters+facets'];
    log(`peer orama hybrid          p50 ${peers.oramaHybrid.p50.toFixed(1)} ms  p95 ${peers.oramaHybrid.p95.toFixed(1)} ms  (ours hybrid+filters+facets / orama p50 = ${(ours.p50 / peers.oramaHybrid.p50).toFixed(2)}×)`);
    log(`peer sqlite fts5 bm25      p50 ${peers.sqliteFts5.p50.toFixed(1)} ms  p95 ${peers.sqliteFts5.p95.toFixed(1)} ms  (ours keyword / fts5 p50 = ${(latencies.keyword.p50 / peers.sqliteFts5.p50).toFixed(2)}×)`);
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    report.peakRssMb = peakRssMb;
    report.buildSeconds = built.ms / 1000;
    report.indexBytes = size;
    log(`peak RSS ${peakRssMb.toFixed(0)} MB (whole run, peers included)`);
    await service.close();
    db.$client.close();
    return report;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  await runSearchBench({
    candidates: Number(arg('--candidates') ?? 100_000),
    embeddingSample: Number(arg('--embedding-sample') ?? 512),
    indexEmbedder: arg('--index-embedder') === 'real' ? 'real' : 'hash',
    rounds: Number(arg('--rounds') ?? 2),
  });
}
