// The memory of serve's search composition on an existing data folder, while it answers searches:
// `node scripts/serve-memory.mjs DATA_DIR [--searches 50] [--dist dist]`.
//
// It starts what `serve` starts for search (src/server/doors.ts): the indexer thread, the search
// pool (REDISCOVERY_SEARCH_WORKERS, else the default for the folder's size) and the product over
// them, then runs never-seen hybrid + filters + facets searches, filter values, the NL parser and
// the status through the product API, as a door does. It leaves out serve's HTTP server and Ashby
// sync (small, and a sync against no account would change the folder). Worker threads live in this
// process, so /proc/self covers all of them: VmRSS, VmHWM (the peak) and Pss (smaps_rollup).
// Set MALLOC_MMAP_THRESHOLD_ and REDISCOVERY_VECTOR_PRECISION as serve would run.
//
// A folder built by the search bench holds hash vectors (`hash-512`), which serve cannot embed
// queries for; the script then labels the index with the configured model's id for the run (same
// dimension) and restores the label at the end, so serve's threads load the real encoder as they
// would in production. Rankings in such a run are meaningless; the memory is what serve holds.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dataDir, ...rest] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: node scripts/serve-memory.mjs DATA_DIR [--searches N] [--dist DIR]');
const opt = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const searches = Number(opt('searches', '50'));
const dist = path.resolve(opt('dist', new URL('../dist', import.meta.url).pathname));
const load = (p) => import(pathToFileURL(path.join(dist, p)).href);

const { loadConfig } = await load('src/shared/config.js');
const { openContext } = await load('src/app/context.js');
const { startIndexerThread } = await load('src/app/indexer-thread.js');
const { defaultSearchWorkers, startSearchPool } = await load('src/app/search-pool.js');
const { openProduct } = await load('src/app/product.js');
const { threadMemory } = await load('src/app/thread-memory.js');
const { generateRequests, defaultFilters } = await load('src/bench/search-queries.js');

const kb = (file, field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(file, 'utf8'))?.[1] ?? NaN);
const mb = (k) => Math.round(k / 1024);
const mem = () => ({ rssMb: mb(kb('/proc/self/status', 'VmRSS')), peakMb: mb(kb('/proc/self/status', 'VmHWM')), pssMb: mb(kb('/proc/self/smaps_rollup', 'Pss')) });
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const say = (s) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}   [${JSON.stringify(mem())}, load ${loadavg()}]\n`);

const config = loadConfig({ ...process.env, REDISCOVERY_DATA_DIR: dataDir });
const { default: Database } = await import('better-sqlite3');
const keywordDb = new Database(path.join(config.indexDir, 'keyword.db'));
const builtWith = keywordDb.prepare("SELECT value FROM index_meta WHERE key = 'model_id'").pluck().get();
const { openConfiguredEmbedder } = await load('src/app/open-retrieval.js');
const probe = await openConfiguredEmbedder(config);
const configured = probe.modelId;
await probe.close?.();
const relabel = builtWith !== configured;
if (relabel) keywordDb.prepare("UPDATE index_meta SET value = ? WHERE key = 'model_id'").run(configured);
const restore = () => {
  if (relabel) keywordDb.prepare("UPDATE index_meta SET value = ? WHERE key = 'model_id'").run(builtWith);
  keywordDb.close();
};
process.on('exit', () => {
  try {
    restore();
  } catch {
    // already restored
  }
});
if (relabel) process.stderr.write(`index built with ${builtWith}: labelled ${configured} for this run (restored at exit)\n`);
const ctx = openContext(config, null);
const candidates = ctx.db.$client.prepare('SELECT count(*) FROM candidates').pluck().get();
const workers = config.REDISCOVERY_SEARCH_WORKERS ?? defaultSearchWorkers(candidates);
say(`${candidates} candidates in ${dataDir}; ${workers} search worker(s); vectors ${config.REDISCOVERY_VECTOR_PRECISION}; code ${dist}`);

let peakSeen = 0;
const sampler = setInterval(() => (peakSeen = Math.max(peakSeen, mem().rssMb)), 1000);
const t0 = performance.now();
const indexer = await startIndexerThread(config);
const pool = workers > 0 ? startSearchPool(config, workers) : undefined;
const product = await openProduct(ctx, { autoDrain: false, searchPool: pool, indexer });
const loop = await product.startIndexer({ intervalMs: 1000 });
const api = product.api('cli');
say(`product open in ${((performance.now() - t0) / 1000).toFixed(1)} s (the main thread's part; workers open on first use)`);
const status = await api.status();
say(`first status in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(status).slice(0, 160)}`);
const afterOpen = mem();

const requests = generateRequests(searches);
const ms = [];
for (const [i, r] of requests.entries()) {
  const t = performance.now();
  await api.search({ text: r.text, boolean: r.boolean, mode: 'hybrid', facets: true, limit: 20, filters: Object.keys(r.filters).length ? r.filters : defaultFilters(i) });
  ms.push(performance.now() - t);
}
ms.sort((a, b) => a - b);
say(`${searches} hybrid + filters + facets searches: p50 ${ms[Math.floor(ms.length / 2)].toFixed(0)} ms (through the pool, load above)`);
await api.filterValues('skill');
await api.parseRequest('python developers who reached onsite');
say('filter values and the NL parser (its vocabulary) answered');
const end = mem();
const heaps = threadMemory();
const main = process.memoryUsage();
clearInterval(sampler);
const report = {
  candidates, workers, searches, dist, precision: config.REDISCOVERY_VECTOR_PRECISION, mallocMmapThreshold: process.env.MALLOC_MMAP_THRESHOLD_ ?? null,
  afterOpen, end, peakMb: end.peakMb, sampledPeakRssMb: peakSeen,
  mainThread: { heapUsedMb: Math.round(main.heapUsed / 2 ** 20), externalMb: Math.round(main.external / 2 ** 20), arrayBuffersMb: Math.round(main.arrayBuffers / 2 ** 20) },
  threads: heaps, loadavg: loadavg(),
};
process.stdout.write(`${JSON.stringify(report)}\n`);
await loop.stop();
await product.close();
await pool?.close();
await indexer.stop();
ctx.close?.();
restore();
process.exit(0);
