// Recall of hybrid's recall net under REDISCOVERY_VECTOR_PREFILTER against exact (off), on the search bench's own
// hybrid requests over a folder built by the bench (--dir). Opens two services side by side; prints one JSON line.
// usage: node scripts/prefilter-recall.mjs CODE_DIR BENCH_DIR PER_ROW MODE(auto|N) [float32|int8] [TAKE]
import path from 'node:path';
const [code, dir, perRowArg, mode, precision, takeArg] = process.argv.slice(2);
const take = Number(takeArg ?? perRowArg);
const perRow = Number(perRowArg);
const imp = (p) => import(path.resolve(code, 'dist/src', p));
const { openDb } = await imp('store/db.js');
const { createHashEmbedder } = await imp('embedding/hash-embedder.js');
const { refreshStaleProfiles } = await imp('match/enrich/enrich-stale.js');
const { createRetrievalService } = await imp('retrieval/service.js');
const { generateRequests, defaultFilters } = await imp('bench/search-queries.js');
const db = openDb(path.join(dir, 'mirror.db'));
const embedder = createHashEmbedder(512);
const open = (vectorPrefilter) => createRetrievalService({ db, beforeIndexing: refreshStaleProfiles(db), config: { indexDir: path.join(dir, 'index') }, embedder, autoDrain: false, vectorPrecision: precision ?? 'float32', vectorPrefilter });
const exact = await open('off');
const approx = await open(/^\d+$/.test(mode) ? Number(mode) : mode);
const requests = generateRequests(perRow * 6 + 200);
let unmatchedSum = 0, unmatchedMax = 0;
let netTotal = 0, netFound = 0, sameTop = 0, sameTotal = 0, n = 0, netMissReq = 0;
for (const [k, row] of [[4, 'hybrid'], [5, 'hybrid+filters+facets']]) {
  for (const [i, req] of requests.slice(k * perRow, k * perRow + take).entries()) {
    const full = row.endsWith('+filters+facets');
    const filters = full ? (Object.keys(req.filters).length ? req.filters : defaultFilters(i)) : {};
    const input = { text: req.text, boolean: req.boolean, mode: 'hybrid', facets: full, limit: 20, filters };
    const kw = await exact.search({ ...input, mode: 'keyword', facets: false });
    const a = await exact.membersWithInsights(input, undefined, { allReached: true });
    const b = await approx.membersWithInsights(input, undefined, { allReached: true });
    const vec = await exact.search({ ...input, mode: 'vector', facets: false });
    unmatchedSum += vec.total - kw.total; unmatchedMax = Math.max(unmatchedMax, vec.total - kw.total);
    const net = a.ids.length - kw.total;
    const inB = new Set(b.ids);
    const missed = a.ids.filter((id) => !inB.has(id)).length;
    netTotal += net; netFound += net - missed; if (missed) netMissReq++;
    const ra = await exact.search(input), rb = await approx.search(input);
    n++;
    if (ra.total === rb.total) sameTotal++;
    if (JSON.stringify(ra.results.map((r) => r.candidateId)) === JSON.stringify(rb.results.map((r) => r.candidateId))) sameTop++;
  }
}
console.log(JSON.stringify({ mode, requests: n, netRecall: netFound / netTotal, netTotal, netFound, requestsWithAMiss: netMissReq, sameTop20: sameTop, sameTotal, unmatchedMean: Math.round(unmatchedSum / n), unmatchedMax }));
await exact.close(); await approx.close();
