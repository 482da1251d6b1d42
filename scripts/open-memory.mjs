// Where a search service's memory goes: opens a built search-bench folder step by step, as
// LiveIndex.open does, and prints process.memoryUsage() after each step (after a full GC), then
// after one cold query of each mode. Development measurement, not a test.
//   node --expose-gc scripts/open-memory.mjs /tmp/m100k [int8|float32] [--no-gc]
// (--no-gc: no collection before each figure, so the peak so far shows which step reached it.)
// (`npm run build` first: it reads dist/.)
import path from 'node:path';

const dist = (p) => new URL(`../dist/src/${p}`, import.meta.url).href;
const { openDb } = await import(dist('store/db.js'));
const { openSearchIndex } = await import(dist('retrieval/index/search-index.js'));
const { loadCatalogViews } = await import(dist('retrieval/catalog/load-catalog.js'));
const { loadIdentityLinks } = await import(dist('retrieval/catalog/mirror-facts.js'));
const { columnsFor } = await import(dist('retrieval/search/columns.js'));
const { createHashEmbedder } = await import(dist('embedding/hash-embedder.js'));
const { createRetrievalService } = await import(dist('retrieval/service.js'));
const { refreshStaleProfiles } = await import(dist('match/enrich/enrich-stale.js'));

const dir = path.resolve(process.argv[2] ?? '/tmp/m100k');
const precision = process.argv[3] ?? 'int8';
const gc = globalThis.gc ?? (() => undefined);
const mb = (x) => Math.round(x / 1048576);
let last = null;
const noGc = process.argv.includes('--no-gc');
function step(name) {
  if (!noGc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  name = `${name} [peak ${Math.round(process.resourceUsage().maxRSS / 1024)}]`;
  const delta = last ? ` (Δ heap ${mb(m.heapUsed - last.heapUsed)}, Δ arrayBuffers ${mb(m.arrayBuffers - last.arrayBuffers)}, Δ rss ${mb(m.rss - last.rss)})` : '';
  process.stdout.write(`${name.padEnd(46)} rss ${mb(m.rss)} heapUsed ${mb(m.heapUsed)} heapTotal ${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}${delta}\n`);
  last = m;
}

step('start');
const db = openDb(path.join(dir, 'mirror.db'));
const embedder = createHashEmbedder(512);
const indexDir = path.join(dir, 'index');

// In a function, so that everything it loads is garbage once it returns.
async function stepByStep() {
  const index = await openSearchIndex({ dir: indexDir, embedder });
  step('index open');
  const catalogs = loadCatalogViews(db);
  step('catalog views');
  const vectors = await index.vectors.load(undefined, { precision });
  step(`vectors (${precision})`);
  const links = loadIdentityLinks(db);
  step('identity links');
  columnsFor(catalogs.visible, vectors);
  step('search columns');
  index.keyword.warmPostings();
  step('keyword postings');
  index.close();
  return [catalogs.visible.candidates.size, vectors.size, links.size];
}
await stepByStep();
step('all dropped');

// The real service, and one cold query of each mode (row-id ordinals and the name index are built lazily).
const t0 = performance.now();
const service = await createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir }, embedder, autoDrain: false, vectorPrecision: precision });
step(`service open (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
for (const mode of ['keyword', 'vector', 'hybrid']) {
  const t = performance.now();
  await service.search({ text: 'python sql', mode, facets: true, limit: 20, filters: { applicationStatus: ['Active'] } });
  step(`after a ${mode} query (${(performance.now() - t).toFixed(0)} ms)`);
}
await service.search({ text: 'Person 12', mode: 'hybrid', limit: 20 });
step('after a name query');
process.stdout.write(`peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
await service.close();
db.$client.close();
