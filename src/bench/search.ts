import { EXTRACTOR_VERSION } from '../match/enrich/enrich-candidates.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedFixtureAccount, DEFAULT_ACCOUNT } from './search-account.js';
import { loadCatalog } from '../retrieval/catalog/load-catalog.js';
import { createEmbedder } from '../embedding/create-embedder.js';
import type { Embedder } from '../embedding/embedder.js';
import { createHashEmbedder } from '../embedding/hash-embedder.js';
import { DEFAULT_CHUNK_PLAN, chunkText } from '../retrieval/index/candidate-document.js';
import { reindex } from '../retrieval/index/reindex.js';
import { openSearchIndex } from '../retrieval/index/search-index.js';
import type { SearchFilters, SearchResponse } from '../retrieval/query/search-request.js';
import { embeddingText } from '../retrieval/search/free-text-query.js';
import { dropRequestCaches } from '../retrieval/search/rank.js';
import { createRetrievalService } from '../retrieval/service.js';
import { openDb, type Db } from '../store/db.js';
import { KeywordPostings } from '../retrieval/index/postings/keyword-postings.js';
import { percentile } from './percentile.js';
import { Fts5Peer, OramaPeer, type PeerAnswer } from './search-peers.js';
import { answerLine, checkAnswers, saveAnswers, type AnswerLine } from './search-answers.js';
import { CORPUS_SKILLS, CORPUS_TITLES, defaultFilters, generateRequests, type BenchRequest } from './search-queries.js';
import { refreshStaleProfiles } from '../match/enrich/enrich-stale.js';
import { loadConfig } from '../shared/config.js';

/*
 * `npm run bench -- search --candidates N [--json]`: what a recruiter feels. Every request is
 * generated (search-queries.ts) and distinct in what the engine caches; each row runs its own
 * requests once COLD (per-request caches dropped first, and the text never seen before: no cached
 * match set, no cached query vector, no cached filter set), then the same request again WARM.
 * Peers do the same work in the same run on the same documents and vectors (search-peers.ts), and
 * their answers are checked against ours (totals, facet counts), so the comparison is of equal work.
 * The machine is shared, so the load average is recorded next to every run.
 */

interface SearchBenchOptions {
  candidates?: number;
  /** Cold requests per row (each distinct, each run once cold then once warm). */
  queries?: number;
  /** Requests the FTS5 peer runs (the first of the keyword+filters+facets row's); default: all of them. */
  fts5Queries?: number;
  /** Requests the Orama peer runs (the first of the hybrid+filters+facets row's); 0 skips Orama. */
  oramaQueries?: number;
  /** Texts embedded with the real encoder to price a real build and a real query embedding (0 to skip). */
  embeddingSample?: number;
  /** 'hash' builds with hash vectors (the index work without the encoder); 'real' embeds everything with the configured model. */
  indexEmbedder?: 'hash' | 'real';
  /** Hash vector dimension (default 512, the real encoder's). */
  dimension?: number;
  /**
   * Keep the generated mirror and index in this folder and reuse them when it already holds a build
   * (its seed and build figures are read back from `built.json`): a 1M build takes most of an hour,
   * so a serving run after a code change need not repeat it. Default: a temp folder, removed.
   */
  dir?: string;
  /** Stop after seeding and building (with `dir`): the serving run comes later. */
  buildOnly?: boolean;
  /** Profile vectors in memory for the serving rows (default float32). */
  vectorPrecision?: 'float32' | 'int8';
  /** The coarse pass before hybrid's recall net (default auto; off: exact, for `--check-answers` against exact answers). */
  vectorPrefilter?: 'auto' | 'off' | number;
  /** 0 skips the warm repeat of each request (at 1M the cold pass alone takes most of an hour). */
  warm?: number;
  /** 0 skips both peers (FTS5 scores every match cold: at 1M it does not finish in a session). */
  peers?: number;
  /**
   * Run only these rows (comma-separated names, e.g. `hybrid+filters+facets`): each keeps the
   * requests it has in a full run, so figures and saved answers compare with a full run's rows.
   */
  rows?: string;
  /** Write every cold answer to this file (search-answers.ts), to compare a later run with. */
  saveAnswers?: string;
  /** Compare every cold answer with a file written by `saveAnswers` and report how many are the same. */
  checkAnswers?: string;
  json?: boolean;
  out?: (line: string) => void;
}

interface PriorBuild {
  candidates: number;
  seedMs: number;
  buildMs: number;
  buildPeakRssMb: number;
  loadavg: string;
}

const ROW_NAMES = ['keyword', 'keyword+filters+facets', 'vector', 'vector+filters+facets', 'hybrid', 'hybrid+filters+facets'] as const;
type RowName = (typeof ROW_NAMES)[number];

interface Latency {
  p50: number;
  p95: number;
}

// The synthetic resumes' ordinary words between skills (not a stopword list: these are indexed).
const RESUME_FILLER_WORDS = 'managed led built delivered improved designed coordinated supported trained analysed reported reviewed planned the team projects customers clients processes systems quality operations across multiple sites with stakeholders'.split(' ');
const PLACES = ['Berlin, Germany', 'Austin, TX, USA', 'London, UK', 'Toronto, Canada', 'Paris, France'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka'];
const STAGES = ['Application Review', 'Phone Screen', 'Onsite', 'Offer', 'Hired'];

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 4294967296;
  };
}

/**
 * Write `n` synthetic candidates (resume text, profile, applications with stage history) into the mirror.
 *
 * Raw statements on purpose, not the store's write functions: (1) scale — at 1M this writes ~1M
 * candidates, files and profiles, ~1M applications and ~2M history rows, as plain INSERTs prepared once
 * with no per-row lookups (the sync's writers read the stored version and tombstone of every record
 * first, and `writeProfiles` builds each row through drizzle); (2) the rows are synthetic and partial
 * in ways no product writer produces — a file already extracted (`ok`, with text) without a download, a
 * profile JSON holding only `currentTitle` and `skills` (not a whole `CandidateProfile`), history rows
 * without stage ids — so store functions for them would be bench-only exports in `src/store`. The
 * fixed account underneath (`seedFixtureAccount`) is written through the typed tables.
 */
export function seedSyntheticMirror(db: Db, n: number): void {
  const r = prng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const c = db.$client;
  seedFixtureAccount(db);
  const at = '2025-01-01T00:00:00.000Z';
  const insCand = c.prepare(`INSERT INTO candidates (id, name, position, company, location_summary, source_id, created_at, updated_at, raw, mirrored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)`);
  const insFile = c.prepare(`INSERT INTO files (id, candidate_id, kind, name, handle, status, text, updated_at) VALUES (?, ?, 'resume', 'r.pdf', 'h', 'ok', ?, ?)`);
  const insProfile = c.prepare(`INSERT INTO candidate_profiles (candidate_id, years_experience, profile, source_updated_at, extractor_version, updated_at) VALUES (?, ?, ?, ?, ${EXTRACTOR_VERSION}, ?)`);
  const insApp = c.prepare(`INSERT INTO applications (id, candidate_id, job_id, status, current_stage_title, source_id, archive_reason_id, recruiter_user_id, created_at, updated_at, raw, mirrored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insHist = c.prepare(`INSERT INTO application_history (id, application_id, title, stage_number, entered_stage_at, raw) VALUES (?, ?, ?, ?, ?, '{}')`);
  // Batches of 50k rows: one transaction per batch keeps the WAL (and memory) bounded at 1M candidates.
  for (let start = 0; start < n; start += 50_000) {
    c.transaction(() => {
      for (let i = start; i < Math.min(n, start + 50_000); i++) {
        const id = `cand_${i}`;
        const title = pick(CORPUS_TITLES);
        const skills = Array.from({ length: 4 }, () => pick(CORPUS_SKILLS));
        const words = Array.from({ length: 60 + Math.floor(r() * 90) }, () => (r() < 0.15 ? pick(CORPUS_SKILLS) : pick(RESUME_FILLER_WORDS)));
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
      }
    })();
  }
}

const latency = (xs: number[]): Latency => ({ p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)) });
const round = (x: number) => Math.round(x * 10) / 10;
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const rssMb = () => Math.round(process.memoryUsage().rss / 1048576);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function dirSize(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : fs.statSync(p).size;
  }
  return total;
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; value: T }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  const used = process.cpuUsage(c);
  // CPU time of the whole process (user + system, every thread): on a loaded machine wall-clock
  // mostly measures other processes, CPU time what this request cost.
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

function rowRequest(row: RowName, req: BenchRequest, i: number) {
  const mode = row.split('+')[0] as 'keyword' | 'vector' | 'hybrid';
  const full = row.endsWith('+filters+facets');
  const filters: SearchFilters = full ? (Object.keys(req.filters).length ? req.filters : defaultFilters(i)) : {};
  // Vector search has no Boolean operators in the product's sense beyond the exact set, which it honours too.
  return { text: req.text, boolean: req.boolean, mode, facets: full, limit: 20, filters };
}

/** The real encoder on a sample: documents per second for the build, and a query's embedding cost. */
async function measureRealEncoder(db: Db, sample: number, queries: string[], log: (s: string) => void) {
  const config = loadConfig();
  const cacheDir = config.REDISCOVERY_MODEL_CACHE ?? path.join(os.tmpdir(), 'rediscovery-models');
  const embedder: Embedder = await createEmbedder({ model: config.EMBEDDING_MODEL, cacheDir });
  try {
    const resumes = (db.$client.prepare('SELECT text FROM files LIMIT ?').pluck().all(sample) as string[]);
    const profiles = resumes.map((t) => t.split(/\s+/).slice(0, 40).join(' '));
    const chunks = resumes.flatMap((t) => chunkText(t, DEFAULT_CHUNK_PLAN));
    await embedder.embed(profiles.slice(0, 8));
    const rate = async (texts: string[]) => {
      if (texts.length === 0) return Number.POSITIVE_INFINITY;
      const { ms } = await time(async () => {
        for (let i = 0; i < texts.length; i += 32) await embedder.embed(texts.slice(i, i + 32));
      });
      return texts.length / (ms / 1000);
    };
    const profileRate = await rate(profiles);
    const chunkRate = await rate(chunks);
    const perQuery: number[] = [];
    for (const q of queries) perQuery.push((await time(() => embedder.embed([embeddingText(q)]))).ms);
    const chunksPerCandidate = chunks.length / Math.max(1, resumes.length);
    log(`real encoder ${embedder.modelId}: ${profileRate.toFixed(0)} profiles/s, ${chunkRate === Infinity ? 'no chunks in the default plan' : `${chunkRate.toFixed(0)} chunks/s`} (measured on ${resumes.length} candidates); one query embedding p50 ${percentile(perQuery, 50).toFixed(1)} ms p95 ${percentile(perQuery, 95).toFixed(1)} ms (${queries.length} never-seen texts)`);
    return { modelId: embedder.modelId, profileRate, chunkRate, chunksPerCandidate, query: latency(perQuery) };
  } finally {
    await embedder.close?.();
  }
}

export async function runSearchBench(opts: SearchBenchOptions = {}): Promise<Record<string, unknown>> {
  const n = opts.candidates ?? 100_000;
  const perRow = opts.queries ?? 500;
  const say = opts.out ?? ((s: string) => (opts.json ? process.stderr : process.stdout).write(`${s}\n`));
  const log = (s: string) => say(`${s}   [load ${loadavg()}]`);
  const loadStart = loadavg();
  const requests = generateRequests(perRow * ROW_NAMES.length + 200);
  const spare = requests.slice(perRow * ROW_NAMES.length);
  const keep = opts.dir !== undefined;
  const dir = keep ? path.resolve(opts.dir!) : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
  const builtFile = path.join(dir, 'built.json');
  const prior = keep && fs.existsSync(builtFile) ? (JSON.parse(fs.readFileSync(builtFile, 'utf8')) as PriorBuild) : null;
  if (prior && prior.candidates !== n) throw new Error(`${dir} holds a build of ${prior.candidates} candidates, not ${n}.`);
  if (keep) fs.mkdirSync(dir, { recursive: true });
  try {
    const db = openDb(path.join(dir, 'mirror.db'));
    const seeded = prior ? { ms: prior.seedMs } : await time(() => seedSyntheticMirror(db, n));
    log(`${prior ? 'reused' : 'seeded'} ${n} synthetic candidates (seeded in ${(seeded.ms / 1000).toFixed(1)} s); ${requests.length} distinct generated requests (${perRow} per row)`);

    const real = (opts.embeddingSample ?? 256) > 0 ? await measureRealEncoder(db, opts.embeddingSample ?? 256, spare.slice(0, 100).map((r) => r.text), log).catch((error: unknown) => {
      log(`real encoder not measured: ${(error as Error).message}`);
      return null;
    }) : null;

    const embedder = opts.indexEmbedder === 'real'
      ? await createEmbedder({ model: loadConfig().EMBEDDING_MODEL, cacheDir: loadConfig().REDISCOVERY_MODEL_CACHE ?? path.join(os.tmpdir(), 'rediscovery-models') })
      : createHashEmbedder(opts.dimension ?? 512);
    const indexDir = path.join(dir, 'index');
    const built = prior ? { ms: prior.buildMs } : await time(() => reindex({ db, beforeIndexing: refreshStaleProfiles(db), indexDir, embedder, batchSize: 1000 }));
    const indexBytes = dirSize(indexDir);
    const buildSeconds = built.ms / 1000;
    const buildPeakRssMb = prior ? prior.buildPeakRssMb : peakRssMb();
    if (keep && !prior) fs.writeFileSync(builtFile, JSON.stringify({ candidates: n, seedMs: seeded.ms, buildMs: built.ms, buildPeakRssMb, loadavg: loadavg() } satisfies PriorBuild));
    if (opts.buildOnly) {
      log(`built ${n} candidates in ${dir}: index ${buildSeconds.toFixed(1)} s, ${(indexBytes / 1e6).toFixed(1)} MB on disk, peak RSS ${buildPeakRssMb} MB`);
      db.$client.close();
      return { candidates: n, build: { seconds: round(buildSeconds), embedder: 'hash' }, buildPeakRssMb };
    }
    const realBuildMinutes = real ? (n / real.profileRate + (real.chunkRate === Infinity ? 0 : (n * real.chunksPerCandidate) / real.chunkRate)) / 60 + (opts.indexEmbedder === 'real' ? 0 : buildSeconds / 60) : null;
    log(`index build (${embedder.modelId}): ${buildSeconds.toFixed(1)} s, ${(indexBytes / 1e6).toFixed(1)} MB on disk${realBuildMinutes !== null && opts.indexEmbedder !== 'real' ? `; with the real encoder EXTRAPOLATED from its measured rate: ≈ ${realBuildMinutes.toFixed(1)} min` : ''}`);

    const hashQuery: number[] = [];
    for (const r of spare.slice(100, 200)) hashQuery.push((await time(() => embedder.embed([embeddingText(r.text)]))).ms);

    const open = await time(() => createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir }, embedder, autoDrain: false, vectorPrecision: opts.vectorPrecision ?? 'float32', vectorPrefilter: opts.vectorPrefilter ?? 'auto' }));
    const service = open.value;
    const postings = KeywordPostings.lastBuild;
    log(`service open (catalog + vectors + search columns + keyword postings): ${(open.ms / 1000).toFixed(1)} s, RSS ${rssMb()} MB; keyword postings ${postings ? `built in ${(postings.buildMs / 1000).toFixed(1)} s, ${(postings.bytes / 1e6).toFixed(0)} MB typed arrays (${postings.terms} terms, ${postings.entries} entries, ${postings.positions} positions, ${postings.sqliteTokenized} rows tokenized by SQLite)` : 'off'}`);

    const rows: { name: RowName; cold: Latency; coldCpu: Latency & { sum: number }; warm: Latency; loadavg: string }[] = [];
    const answers = new Map<RowName, SearchResponse[]>();
    const answerLines: AnswerLine[] = [];
    const only = opts.rows ? new Set(String(opts.rows).split(',').map((r) => r.trim())) : null;
    for (const r of only ?? []) if (!(ROW_NAMES as readonly string[]).includes(r)) throw new Error(`Unknown row "${r}" (rows: ${ROW_NAMES.join(', ')}).`);
    for (const [k, name] of ROW_NAMES.entries()) {
      if (only && !only.has(name)) continue;
      const cold: number[] = [];
      const coldCpu: number[] = [];
      const warm: number[] = [];
      const got: SearchResponse[] = [];
      const mine = requests.slice(k * perRow, (k + 1) * perRow);
      for (const [i, req] of mine.entries()) {
        const input = rowRequest(name, req, i);
        dropRequestCaches();
        const first = await time(() => service.search(input));
        cold.push(first.ms);
        coldCpu.push(first.cpuMs);
        got.push(first.value);
        if (opts.saveAnswers || opts.checkAnswers) answerLines.push(answerLine(name, i, first.value));
        if (opts.warm !== 0) warm.push((await time(() => service.search(input))).ms);
      }
      answers.set(name, got);
      const row = { name, cold: latency(cold), coldCpu: { ...latency(coldCpu), sum: round(coldCpu.reduce((a, b) => a + b, 0)) }, warm: latency(warm), loadavg: loadavg() };
      rows.push(row);
      log(`${name.padEnd(24)} cold p50 ${row.cold.p50} ms p95 ${row.cold.p95} ms (CPU p50 ${row.coldCpu.p50} p95 ${row.coldCpu.p95} sum ${row.coldCpu.sum} ms) | ${warm.length ? `warm (same request again) p50 ${row.warm.p50} ms p95 ${row.warm.p95} ms` : 'warm not run (--warm 0)'}`);
    }
    const servePeak = peakRssMb();
    const serveRss = rssMb();
    await service.close();
    if (opts.saveAnswers) saveAnswers(opts.saveAnswers, answerLines);
    const answerCheck = opts.checkAnswers ? checkAnswers(opts.checkAnswers, answerLines) : null;
    if (answerCheck) log(`answers compared with ${opts.checkAnswers}: ${answerCheck.sameTotalsAndIds}/${answerCheck.compared} same total and top ids, ${answerCheck.sameResponse}/${answerCheck.compared} same whole response${answerCheck.firstDifferences.length ? `; first differences: ${answerCheck.firstDifferences.join('; ')}` : ''}`);

    // Peers, after our rows (their memory is not ours): the same requests as our "+filters+facets" rows.
    const peers: { name: string; cold: Latency; queries: number; checked: string; loadavg: string }[] = [];
    // Peers compare with our filters+facets rows' answers, so a run of some rows only skips them.
    const runPeers = opts.peers !== 0 && only === null;
    const catalog = runPeers ? loadCatalog(db) : null;
    const now = new Date();
    if (!runPeers) log(`peers skipped (${only ? '--rows' : '--peers 0'}): no FTS5 or Orama figures in this run`);
    const ftsCount = Math.min(perRow, opts.fts5Queries ?? perRow);
    if (runPeers) {
      const peer = Fts5Peer.build(indexDir, dir, catalog!.candidates.values(), now);
      const mine = requests.slice(1 * perRow, 1 * perRow + ftsCount);
      const ours = answers.get('keyword+filters+facets')!;
      const cold: number[] = [];
      let totalsEqual = 0;
      let facetsEqual = 0;
      for (const [i, req] of mine.entries()) {
        const input = rowRequest('keyword+filters+facets', req, i);
        const r = await time(() => peer.run(req, input.filters));
        cold.push(r.ms);
        if (r.value.total === ours[i].total) totalsEqual++;
        if (sameFacets(r.value, ours[i])) facetsEqual++;
      }
      peer.close();
      const checked = `total equal to ours on ${totalsEqual}/${mine.length}, stage/stageReached/status/source facet counts equal on ${facetsEqual}/${mine.length}`;
      peers.push({ name: 'fts5 same work', cold: latency(cold), queries: mine.length, checked, loadavg: loadavg() });
      log(`peer fts5 same work (keyword+filters+facets): cold p50 ${latency(cold).p50} ms p95 ${latency(cold).p95} ms over ${mine.length} requests; ${checked}`);
    }
    const oramaCount = runPeers ? Math.min(perRow, opts.oramaQueries ?? 100) : 0;
    if (oramaCount > 0) {
      const index = await openSearchIndex({ dir: indexDir, embedder });
      const texts = new Map(index.keyword.db.prepare('SELECT candidate_id, text || \' \' || title || \' \' || company || \' \' || skill || \' \' || school FROM fts').raw().all() as [string, string][]);
      const vectors = await index.vectors.load();
      index.close();
      const docs = [...catalog!.candidates.values()].flatMap((c) => {
        const v = vectors.get(c.id);
        const vector = v?.profile ?? v?.chunks[0];
        return vector ? [{ id: c.id, text: texts.get(c.id) ?? '', vector, candidate: c }] : [];
      });
      texts.clear();
      vectors.clear();
      const built = await time(() => OramaPeer.build(docs, embedder.dimension, now));
      docs.length = 0;
      log(`orama build: ${(built.ms / 1000).toFixed(1)} s`);
      const mine = requests.slice(5 * perRow, 5 * perRow + oramaCount);
      const queryVectors = await embedder.embed(mine.map((r) => embeddingText(r.text)));
      const cold: number[] = [];
      let facetsEqual = 0;
      const ours = answers.get('hybrid+filters+facets')!;
      for (const [i, req] of mine.entries()) {
        const input = rowRequest('hybrid+filters+facets', req, i);
        const r = await time<PeerAnswer>(() => built.value.run(req, input.filters, queryVectors[i]));
        cold.push(r.ms);
        if (sameFacets(r.value, ours[i], ['applicationStatus'])) facetsEqual++;
      }
      const checked = `query vectors given (embedding not timed); Boolean requests run as free text; status facet equal to ours on ${facetsEqual}/${mine.length} (Orama's hybrid result set differs from ours by design)`;
      peers.push({ name: 'orama same work', cold: latency(cold), queries: mine.length, checked, loadavg: loadavg() });
      log(`peer orama same work (hybrid+filters+facets): cold p50 ${latency(cold).p50} ms p95 ${latency(cold).p95} ms over ${mine.length} requests; ${checked}`);
    }

    const hff = rows.find((r) => r.name === 'hybrid+filters+facets')!;
    const kff = rows.find((r) => r.name === 'keyword+filters+facets')!;
    const fts = peers.find((p) => p.name === 'fts5 same work');
    const report = {
      candidates: n,
      rows: rows.map(({ name, cold, warm }) => ({ name, cold, warm })),
      peers: peers.map(({ name, cold }) => ({ name, cold })),
      build: { seconds: round(buildSeconds), embedder: opts.indexEmbedder === 'real' ? 'use-lite' : 'hash' },
      peakRssMb: servePeak,
      detail: {
        queriesPerRow: perRow,
        distinctRequests: requests.length,
        serveRssMb: serveRss,
        peakRssNote: 'peakRssMb is this process\'s high-water mark after the query rows: seeding, index build and serving in one process (peers excluded)',
        indexMb: round(indexBytes / 1e6),
        serviceOpenSeconds: round(open.ms / 1000),
        keywordPostings: postings ? { buildSeconds: round(postings.buildMs / 1000), mb: round(postings.bytes / 1e6), terms: postings.terms, entries: postings.entries, positions: postings.positions, sqliteTokenizedRows: postings.sqliteTokenized } : null,
        queryEmbedding: { hash: latency(hashQuery), real: real ? real.query : null, realModel: real?.modelId ?? null },
        realBuildMinutesExtrapolated: realBuildMinutes === null ? null : round(realBuildMinutes),
        realEncoderRate: real ? { profilesPerSecond: round(real.profileRate), chunksPerSecond: real.chunkRate === Infinity ? null : round(real.chunkRate) } : null,
        ratios: fts ? {
          hybridFiltersFacetsOverFts5: Math.round((hff.cold.p50 / fts.cold.p50) * 100) / 100,
          keywordFiltersFacetsOverFts5: Math.round((kff.cold.p50 / fts.cold.p50) * 100) / 100,
        } : null,
        answerCheck,
        peersSkipped: !runPeers,
        peers: peers.map(({ name, queries, checked, loadavg: l }) => ({ name, queries, checked, loadavg: l })),
        loadavg: { start: loadStart, end: loadavg(), perRow: Object.fromEntries(rows.map((r) => [r.name, r.loadavg])) },
        coldCpuMs: Object.fromEntries(rows.map((r) => [r.name, r.coldCpu])),
      },
    };
    if (opts.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else printTable(report, say);
    db.$client.close();
    return report;
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Facet counts of the dimensions both sides count the same way (small value sets, no cut at 30). */
function sameFacets(peer: PeerAnswer, ours: SearchResponse, dims = ['stage', 'stageReached', 'applicationStatus', 'source']): boolean {
  for (const dim of dims) {
    const a = new Map((peer.facets[dim] ?? []).map((v) => [v.value, v.count]));
    const b = new Map((ours.facets[dim] ?? []).map((v) => [v.value, v.count]));
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (b.get(k) !== v) return false;
  }
  return true;
}

function printTable(report: { candidates: number; rows: { name: string; cold: Latency; warm: Latency }[]; peers: { name: string; cold: Latency }[]; build: { seconds: number; embedder: string }; peakRssMb: number; detail: Record<string, unknown> }, say: (s: string) => void) {
  say('');
  say(`search at ${report.candidates} candidates (ms; cold = never-seen request, warm = the same request again)`);
  say(`${'row'.padEnd(26)}${'cold p50'.padStart(10)}${'cold p95'.padStart(10)}${'warm p50'.padStart(10)}${'warm p95'.padStart(10)}`);
  // A row run with --warm 0 has no warm figures: a dash, not NaN.
  const ms = (x: number) => (Number.isFinite(x) ? String(x) : '—');
  for (const r of report.rows) say(`${r.name.padEnd(26)}${ms(r.cold.p50).padStart(10)}${ms(r.cold.p95).padStart(10)}${ms(r.warm.p50).padStart(10)}${ms(r.warm.p95).padStart(10)}`);
  for (const p of report.peers) say(`${`peer: ${p.name}`.padEnd(26)}${String(p.cold.p50).padStart(10)}${String(p.cold.p95).padStart(10)}`);
  say(`build ${report.build.seconds} s (${report.build.embedder}); peak RSS ${report.peakRssMb} MB; index ${String(report.detail.indexMb)} MB; load ${JSON.stringify(report.detail.loadavg)}`);
}
